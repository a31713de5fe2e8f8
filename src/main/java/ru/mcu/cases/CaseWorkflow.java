package ru.mcu.cases;

/**
 * The port through which cases reach the process engine. Implemented once, in the workflow
 * module; the case module never imports the engine.
 */
public interface CaseWorkflow {

    /**
     * Starts the process of a newly filed case, within the caller's transaction, and returns
     * the process instance id. The process runs until its first wait state.
     */
    String start(Case newCase);

    /**
     * The case was closed outside its process (answered through the main case of its problem,
     * or converted into a 59-ФЗ appeal): its process ends, within the caller's transaction.
     */
    void closedElsewhere(String caseNumber);
}
