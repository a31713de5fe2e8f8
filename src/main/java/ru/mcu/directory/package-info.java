/**
 * Reference data: the responsible recipients (departments) with their block heads, the
 * districts of the urban district and the two-level rubricator. Seeded by migrations and
 * editable as data; codes are stable and name the Camunda groups {@code dept-<code>}.
 */
package ru.mcu.directory;
