package ru.mcu.intake;

import ru.mcu.cases.Case;

/** The case an intake produced, and whether it was created now or found as a repeat. */
public record IntakeResult(Case filedCase, boolean created) {
}
