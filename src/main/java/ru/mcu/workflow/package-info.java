/**
 * The only module that talks to the process engine: it starts processes, deploys the models of
 * {@code bpmn/} and {@code forms/}, and holds one small delegate per BPMN task, each calling
 * one use case of another module. One holder class per process names its key, element ids
 * and typed variables.
 */
package ru.mcu.workflow;
