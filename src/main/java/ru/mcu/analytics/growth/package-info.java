/**
 * Growth factors week over week and repeated complaints from the same place.
 */
package ru.mcu.analytics.growth;
