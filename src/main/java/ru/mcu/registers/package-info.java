/**
 * The МЦУ's management registers, each a page with a list and a form, audited, and reported in the
 * weekly note: recommendations to the responsible recipients (Regulation 1.2.6,
 * {@link ru.mcu.registers.Recommendations}), digitalisation proposals and best practices (1.2.8,
 * 3.2.3.3, {@link ru.mcu.registers.Proposals}) and the priorities of questions for citizens' polls
 * taken from growth factors and clusters of repeated complaints (1.1.3.6,
 * {@link ru.mcu.registers.PollPriorities}). A module of its own beside {@code analytics}: it reads
 * the analytics (slices, growth factors, clusters) and writes the audit log of {@code security},
 * which itself reads {@code analytics}; the weekly note takes its section through
 * {@link ru.mcu.analytics.weeklynote.NoteSection}.
 */
package ru.mcu.registers;
