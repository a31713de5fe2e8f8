/**
 * The weekly analytical note: contents, HTML and PDF, archive, the steps of its process.
 */
package ru.mcu.analytics.weeklynote;
