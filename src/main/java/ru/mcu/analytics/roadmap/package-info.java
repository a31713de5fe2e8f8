/**
 * Root-cause roadmaps, their measures and the escalation of overdue measures.
 */
package ru.mcu.analytics.roadmap;
