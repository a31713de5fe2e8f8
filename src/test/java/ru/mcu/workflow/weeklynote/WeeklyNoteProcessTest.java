package ru.mcu.workflow.weeklynote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static ru.mcu.workflow.weeklynote.WeeklyNoteProcess.Elements.BUILD;
import static ru.mcu.workflow.weeklynote.WeeklyNoteProcess.Elements.END_SENT;
import static ru.mcu.workflow.weeklynote.WeeklyNoteProcess.Elements.REVIEW;
import static ru.mcu.workflow.weeklynote.WeeklyNoteProcess.Elements.SEND;
import static ru.mcu.workflow.support.ProcessVariables.variables;
import static ru.mcu.workflow.weeklynote.WeeklyNoteProcess.Variables.REVIEW_DECISION;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import ru.mcu.support.EngineClock;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import ru.mcu.analytics.AnalyticsProperties;
import ru.mcu.support.ProcessTestEngine;
import ru.mcu.workflow.weeklynote.WeeklyNoteProcess.Variables;
import ru.mcu.workflow.weeklynote.WeeklyNoteProcess.ReviewDecision;

/** Every path of {@code bpmn/weekly-note.bpmn}, with the delegates replaced by recorders. */
@Deployment(resources = "bpmn/weekly-note.bpmn")
class WeeklyNoteProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .useProcessEngine(ProcessTestEngine.get())
            .build();

    /** Wednesday 18 November 2026, 14:00 in Yuzhno-Sakhalinsk. */
    private static final Instant WEDNESDAY = Instant.parse("2026-11-18T03:00:00Z");
    /** Monday 23 November 2026, 09:00 in Yuzhno-Sakhalinsk (UTC+11). */
    private static final Instant NEXT_MONDAY_9 = Instant.parse("2026-11-22T22:00:00Z");

    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void setUp() {
        EngineClock.stopAt(WEDNESDAY);
        BpmnAwareTests.init(engine.getProcessEngine());
        Mocks.register("weeklyNoteSchedule", new WeeklyNoteSchedule(new AnalyticsProperties(null, null, null, null, null, null, null, null, null, null)));
        Mocks.register("buildWeeklyNote", (JavaDelegate) execution -> {
            calls.add("buildWeeklyNote");
            Variables.WEEK_START.set(execution, "2026-11-16");
            Variables.NOTE_ID.set(execution, "7");
            Variables.NOTE_SUMMARY.set(execution, "Поступило: 12");
        });
        Mocks.register("showBlockTexts", (TaskListener) task -> Variables.BLOCK_TEXTS.setLocal(task, "Текстов руководителей блоков пока нет."));
        Mocks.register("recordNoteReview", (TaskListener) task -> calls.add("recordNoteReview:" + Variables.REVIEW_COMMENT.get(task)));
        Mocks.register("sendWeeklyNote", (JavaDelegate) execution -> calls.add("sendWeeklyNote:" + Variables.NOTE_ID.get(execution)));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        EngineClock.backToTestDay();
    }

    private Job timer() {
        return engine.getManagementService().createJobQuery().processDefinitionKey(WeeklyNoteProcess.KEY).timers().singleResult();
    }

    /** Lets the Monday timer fire, as the job executor would; returns the new instance. */
    private ProcessInstance fireMondayTimer() {
        Job timer = timer();
        EngineClock.stopAt(timer.getDuedate().toInstant());
        engine.getManagementService().executeJob(timer.getId());
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(WeeklyNoteProcess.KEY).singleResult();
    }

    @Test
    void shouldScheduleTheNoteForMonday9InSakhalinWhateverTheServerZone() {
        assertThat(new WeeklyNoteSchedule(new AnalyticsProperties(null, null, null, null, null, null, null, null, null, null)).cycle())
                .isEqualTo("R/2024-01-01T09:00:00+11:00/PT168H");
        assertThat(timer().getDuedate().toInstant()).isEqualTo(NEXT_MONDAY_9);
    }

    @Test
    void shouldBuildTheNoteOnMondayAndScheduleTheNextWeek() {
        ProcessInstance pi = fireMondayTimer();

        assertThat(pi).hasPassed(BUILD).isWaitingAt(REVIEW);
        assertThat(task(REVIEW, pi)).hasCandidateGroup("mcu-heads");
        assertThat(engine.getTaskService().getVariableLocal(task(REVIEW, pi).getId(), WeeklyNoteProcess.Variables.BLOCK_TEXTS.name()))
                .as("the block texts' state is shown on the review task").isEqualTo("Текстов руководителей блоков пока нет.");
        assertThat(calls).containsExactly("buildWeeklyNote");
        assertThat(timer().getDuedate().toInstant()).isEqualTo(NEXT_MONDAY_9.plusSeconds(7 * 24 * 3600));
    }

    @Test
    void shouldSendTheNoteWhenTheHeadApproves() {
        ProcessInstance pi = fireMondayTimer();

        complete(task(REVIEW, pi), variables().with(REVIEW_DECISION, ReviewDecision.APPROVE)
                .with(WeeklyNoteProcess.Variables.REVIEW_COMMENT, "Обратить внимание на дороги").build());
        assertThat(pi).isWaitingAt(SEND);
        execute(job(SEND, pi));

        assertThat(pi).hasPassed(SEND, END_SENT).isEnded();
        assertThat(calls).containsExactly("buildWeeklyNote", "recordNoteReview:Обратить внимание на дороги", "sendWeeklyNote:7");
    }

    @Test
    void shouldRebuildTheNoteWhenTheHeadAsksAndReviewAgain() {
        ProcessInstance pi = fireMondayTimer();

        complete(task(REVIEW, pi), variables().with(REVIEW_DECISION, ReviewDecision.REBUILD).build());

        assertThat(pi).isWaitingAt(REVIEW).isNotEnded();
        assertThat(calls).containsExactly("buildWeeklyNote", "recordNoteReview:null", "buildWeeklyNote").doesNotContain("sendWeeklyNote:7");
        assertThat(pi).variables().containsEntry(WeeklyNoteProcess.Variables.WEEK_START.name(), "2026-11-16");
    }
}
