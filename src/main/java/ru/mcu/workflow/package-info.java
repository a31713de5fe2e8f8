/**
 * The module that runs the processes: the only one that starts and correlates them
 * ({@code RuntimeService}), it deploys the models of {@code bpmn/} and {@code forms/}, and holds
 * one small delegate per BPMN task, each calling one use case of another module. One holder
 * class per process names its key, element ids and typed variables. It is not the only module
 * that uses the engine's API: {@code security} (authentication, authorizations), {@code directory}
 * (engine groups and users' contacts), {@code letters} (the signatories' groups), {@code routing}
 * (deploying a routing table) and {@code demo} (demo users and tasks) do too; the list is
 * checked by {@code ModuleStructureTest}.
 */
package ru.mcu.workflow;
