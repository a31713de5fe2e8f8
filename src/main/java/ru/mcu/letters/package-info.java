/**
 * Letters to citizens on paper (59-ФЗ ст. 10 ч. 3–4, ст. 8 ч. 3): the answer and the notices to
 * the author of a written appeal, or of one who gave no e-mail, as numbered letters of the
 * administration. The register of outgoing numbers, the letter's text as recorded with the
 * step that caused it, the printable PDF on the administration's letterhead, and the queue of
 * letters to hand to the post, where the registrar marks a letter sent with its date and
 * tracking number.
 */
package ru.mcu.letters;
