/**
 * The cases behind a figure and a read-only case card, without citizen data.
 */
package ru.mcu.analytics.cases;
