/**
 * The weekly-note process: its holder, its timer cycle and one delegate per task.
 */
package ru.mcu.workflow.weeklynote;
