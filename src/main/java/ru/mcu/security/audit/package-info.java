/**
 * The audit log (152-ФЗ): who was shown a citizen's personal data and where (the API, Tasklist
 * and the engine REST API, the outbox page), who changed what through the API, what the
 * retention job erased, which tokens were issued and revoked; read on {@code /audit} together
 * with the cases' own history of changes.
 */
package ru.mcu.security.audit;
