/**
 * Batch import of exported files, JSON or CSV, for each channel: every row through the same
 * intake as the API, in a background job recorded with its counts and the reasons of every
 * rejected row; the API {@code /api/imports}, the page {@code /imports} and
 * {@code tools/mcu-import}. See {@code docs/import.md}.
 */
package ru.mcu.intake.batch;
