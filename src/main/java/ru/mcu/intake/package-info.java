/**
 * Intake of cases from each channel: the API per channel, validation of what callers send,
 * and idempotency on the channel's external id.
 */
package ru.mcu.intake;
