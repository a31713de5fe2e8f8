/**
 * Answer templates: the МЦУ keeps a template of the answer per rubric (and a general one), the
 * clerk's draft answer in the consideration form starts from the template of the case's rubric,
 * filled with the case's data, and the clerk edits it before sending it on for approval.
 * Maintained on the page {@code /answer-templates}.
 */
package ru.mcu.answers;
