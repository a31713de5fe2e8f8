/**
 * The rating of the responsible recipients per period and channel, with the minimum-sample rank.
 */
package ru.mcu.analytics.rating;
