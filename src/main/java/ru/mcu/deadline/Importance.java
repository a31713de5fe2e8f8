package ru.mcu.deadline;

/** How important an incident is: a highly important one gets a shorter interim term. */
public enum Importance {
    NORMAL,
    HIGH
}
