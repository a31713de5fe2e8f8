/**
 * The case aggregate: a citizen's appeal, a ПОС message or an incident, with its number,
 * citizen, text, place, department, status, answer and the history of every step. The
 * system of record; it knows nothing of the process engine, which it reaches through the
 * {@link ru.mcu.cases.CaseWorkflow} port.
 */
package ru.mcu.cases;
