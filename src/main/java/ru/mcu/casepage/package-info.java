/**
 * The staff's case page {@code /cases/{number}} and the case search {@code /cases/search}: one
 * case with everything about it (card, history with people's names, every term and how it was
 * computed, the answer and the letters sent, linked cases, ratings, the citizen's access code,
 * the open task in Tasklist), each part only as far as the user may see it. Reads the cases,
 * deadline, notification, letters, attachments, outbound, directory, security and workflow
 * modules; nothing depends on it.
 */
package ru.mcu.casepage;
