/**
 * Retention of personal data: closed cases are anonymised after a configurable period by a
 * scheduled job, keeping every figure the analytics need ({@link ru.mcu.security.retention.Retention}).
 */
package ru.mcu.security.retention;
