package ru.mcu.cases;

/** What the registrar establishes about an appeal: its kind and place. */
public record Registration(AppealKind kind, Place place) {
}
