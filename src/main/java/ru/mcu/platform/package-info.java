/**
 * Technical foundation shared by every module: the embedded PostgreSQL server, the clock,
 * JSON error bodies. No business rules live here.
 */
package ru.mcu.platform;
