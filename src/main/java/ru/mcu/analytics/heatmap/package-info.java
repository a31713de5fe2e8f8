/**
 * The topic × district heat map and the offline city scheme it is drawn on.
 */
package ru.mcu.analytics.heatmap;
