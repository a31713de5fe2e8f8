package ru.mcu.cases;

/** What happened to a case; every step of its history has one. */
public enum CaseEventType {
    RECEIVED,
    ROUTED_BY_RULE,
    NO_RULE_MATCHED,
    REGISTERED,
    ROUTED_MANUALLY,
    FORWARDED,
    CLOSED_WITHOUT_ANSWER,
    TAKEN_BY_CLERK,
    RETURNED_NOT_OURS,
    ANSWER_DRAFTED,
    ANSWER_RETURNED,
    ANSWER_APPROVED,
    ANSWER_DISPATCHED
}
