/**
 * How the engine evaluates the decision tables (DMN): a FEEL engine that answers string
 * literals and names itself and leaves every other expression to the Scala FEEL engine.
 */
package ru.mcu.workflow.decision;
