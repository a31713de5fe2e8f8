/**
 * Technical foundation shared by every module: the embedded PostgreSQL server, the clock,
 * the validation vocabulary every module refuses input with ({@link ru.mcu.platform.InvalidInput}),
 * JSON error bodies. No business rules live here.
 */
package ru.mcu.platform;
