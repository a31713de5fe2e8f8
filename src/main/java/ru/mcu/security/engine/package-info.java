/**
 * The engine's side of access control: which group may use Tasklist and read which process
 * instances and tasks ({@link ru.mcu.security.engine.EngineAuthorizations},
 * {@link ru.mcu.security.engine.CaseInstanceAuthorizations}), what the engine REST API and
 * Tasklist tell about failures, and which reads of a case card are audited.
 */
package ru.mcu.security.engine;
