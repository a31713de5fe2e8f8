/**
 * Files on cases: scans of letters, photos, signed answers, evidence of work done, before and
 * after photos. Kept in PostgreSQL next to the case (docs/attachments.md), checked by their
 * magic bytes against an allow-list of types, limited per file and per case, read and written
 * under the case's access rules ({@link ru.mcu.cases.CaseAccess}), erased with the case's
 * personal data by the retention job. Files arrive with a new case through the intake API
 * ({@link ru.mcu.attachments.CaseAttachments#check}) or later on the staff's case page.
 */
package ru.mcu.attachments;
