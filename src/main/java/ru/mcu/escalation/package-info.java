/**
 * What to tell whom when a term timer fires: the reminder one working day before the term,
 * the escalation to the department's block head at the term, the escalation to the head of
 * the МЦУ three working days later, and the registration escalation. Every message goes
 * through the outbox and every escalation is recorded on the case.
 */
package ru.mcu.escalation;
