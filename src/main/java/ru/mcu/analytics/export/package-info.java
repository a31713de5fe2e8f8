/**
 * CSV and XLSX exports of cases for the regional ЦУР, without personal data.
 */
package ru.mcu.analytics.export;
