package ru.mcu.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine's place in the modules of docs/architecture.md, checked on the compiled code; the
 * arrows between the modules are {@link ModuleStructureTest}'s.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("ru.mcu");
    }

    @Test
    void onlyTheWorkflowModuleShouldStartOrCorrelateProcesses() {
        noClasses().that().resideOutsideOfPackages("ru.mcu.workflow..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.RuntimeService")
                .check(classes);
    }

    @Test
    void engineInternalsShouldStayInAFewNamedClasses() {
        // Actors and AsSystem read and set the current engine authentication, whose type is
        // internal; CaseInstanceAuthorizations extends the engine's default authorization
        // provider, the engine's only hook for permissions on new tasks; the DMN plugin is a
        // process engine plugin, whose interface is internal; EngineTime moves the engine's
        // clock, whose holder is internal, for the demo's back-dated cases; HistoryWithoutDetails
        // subclasses the engine's database history handler, the only way to leave a table out;
        // GroupsWithoutScan replaces the engine's authorization manager to skip a table scan
        noClasses().that().doNotHaveFullyQualifiedName("ru.mcu.workflow.support.Actors")
                .and().doNotHaveFullyQualifiedName("ru.mcu.workflow.support.EngineTime")
                .and().doNotHaveFullyQualifiedName("ru.mcu.workflow.support.AsSystem")
                .and().haveNameNotMatching("ru\\.mcu\\.security\\.engine\\.CaseInstanceAuthorizations(\\$.*)?")
                .and().doNotHaveFullyQualifiedName("ru.mcu.workflow.decision.DecisionEnginePlugin")
                .and().haveNameNotMatching("ru\\.mcu\\.workflow\\.history\\.HistoryWithoutDetails(\\$.*)?")
                .and().haveNameNotMatching("ru\\.mcu\\.security\\.engine\\.GroupsWithoutScan(\\$.*)?")
                .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
                .check(classes);
    }

    @Test
    void onlyTheDemoShouldReplayTransitionsOnACaseOutsideItsModule() {
        // Case's transitions are package-private: the compiler keeps other modules on the cases
        // services; CaseReplay opens them to the demo's history generator alone
        noClasses().that().resideOutsideOfPackages("ru.mcu.cases", "ru.mcu.demo..")
                .should().dependOnClassesThat().haveFullyQualifiedName("ru.mcu.cases.CaseReplay")
                .check(classes);
    }

    @Test
    void nothingShouldDependOnTheWebLayerOfAnotherModule() {
        noClasses().that().resideOutsideOfPackages("ru.mcu.cases..", "ru.mcu.intake..")
                .should().dependOnClassesThat().resideInAPackage("ru.mcu.cases.web..")
                .check(classes);
    }

    @Test
    void onlyHttpAdaptersShouldSpeakTheApisErrorBodies() {
        // services refuse input with ru.mcu.platform.InvalidInput; the JSON body (ApiError) and
        // its handler are for controllers and advices, for the security chain's own answers and
        // for the import's upload reader, which answers an oversized file itself
        noClasses().that().resideOutsideOfPackages("..web..")
                .and().areNotMetaAnnotatedWith("org.springframework.stereotype.Controller")
                .and().areNotMetaAnnotatedWith("org.springframework.web.bind.annotation.ControllerAdvice")
                .and().doNotHaveFullyQualifiedName("ru.mcu.security.SecurityConfiguration")
                .and().doNotHaveFullyQualifiedName("ru.mcu.intake.batch.Uploads")
                .should().dependOnClassesThat().haveFullyQualifiedName("ru.mcu.platform.web.ApiError")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("ru.mcu.platform.web.ApiExceptionHandler")
                .check(classes);
    }
}
