package ru.mcu.deadline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The calendar and deadline modules stay apart from the engine, and the calendar knows nothing of deadlines. */
class DeadlineModuleBoundariesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("ru.mcu");
    }

    @Test
    void calendarAndDeadlinesShouldNotKnowTheEngine() {
        noClasses().that().resideInAnyPackage("ru.mcu.calendar..", "ru.mcu.deadline..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .check(classes);
    }

    @Test
    void calendarShouldNotDependOnDeadlines() {
        noClasses().that().resideInAPackage("ru.mcu.calendar..")
                .should().dependOnClassesThat().resideInAPackage("ru.mcu.deadline..")
                .check(classes);
    }

    @Test
    void casesShouldNotDependOnCalendarOrDeadlines() {
        noClasses().that().resideInAPackage("ru.mcu.cases..")
                .should().dependOnClassesThat().resideInAnyPackage("ru.mcu.calendar..", "ru.mcu.deadline..")
                .check(classes);
    }
}
