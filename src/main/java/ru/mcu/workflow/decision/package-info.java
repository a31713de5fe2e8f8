/**
 * The decision tables (DMN) in the engine: a FEEL engine that answers string literals, names
 * and keyword tests itself and leaves every other expression to the Scala FEEL engine
 * ({@link ru.mcu.workflow.decision.DecisionEnginePlugin}, {@link ru.mcu.workflow.decision.DecisionTables}
 * for evaluations outside a process); what each case was routed with
 * ({@link ru.mcu.workflow.decision.RoutingRecords}); and the guard that keeps a release from
 * replacing a routing table a manager made live ({@link ru.mcu.workflow.decision.ReleaseRoutingTable}).
 */
package ru.mcu.workflow.decision;
