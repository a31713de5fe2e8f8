package ru.mcu.workflow.weeklynote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import ru.mcu.analytics.AnalyticsProperties;
import ru.mcu.calendar.HardDays.HardDay;
import ru.mcu.platform.time.LocalZone;
import ru.mcu.support.EngineClock;
import ru.mcu.support.ProcessTestEngine;

/**
 * The calendar sweep of the weekly note's timer: deployed on each hard day, the note is due
 * next Monday at 09:00 in Yuzhno-Sakhalinsk (holidays or not: the head of administration gets
 * it on Monday), and once it fires, the next one is a week later at the same local time.
 */
class WeeklyNoteTimerSweepTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().useProcessEngine(ProcessTestEngine.get()).build();

    private final List<String> deployments = new ArrayList<>();

    @AfterEach
    void tearDown() {
        deployments.forEach(id -> engine.getRepositoryService().deleteDeployment(id, true));
        Mocks.reset();
        EngineClock.backToTestDay();
    }

    /** The first Monday 09:00 local strictly after {@code day}'s moment. */
    private static Instant nextMondayNine(HardDay day) {
        LocalDate monday = day.date().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        Instant candidate = monday.atTime(LocalTime.of(9, 0)).atZone(LocalZone.ZONE).toInstant();
        return candidate.isAfter(day.instant()) ? candidate : candidate.plusSeconds(7 * 24 * 3600);
    }

    private Job timer() {
        return engine.getManagementService().createJobQuery().processDefinitionKey(WeeklyNoteProcess.KEY).timers().singleResult();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ru.mcu.calendar.HardDays#all")
    void shouldScheduleTheNoteForTheNextMondayAtNineLocalTime(HardDay day) {
        Mocks.register("weeklyNoteSchedule", new WeeklyNoteSchedule(new AnalyticsProperties(null, null, null, null, null, null, null,
                null, null, null)));
        Mocks.register("buildWeeklyNote", (JavaDelegate) execution -> { });
        Mocks.register("showBlockTexts", (org.camunda.bpm.engine.delegate.TaskListener) task -> { });
        EngineClock.stopAt(day.instant());
        Deployment deployment = engine.getRepositoryService().createDeployment()
                .addClasspathResource("bpmn/weekly-note.bpmn").name("sweep").deploy();
        deployments.add(deployment.getId());

        Instant first = timer().getDuedate().toInstant();
        assertThat(first).isEqualTo(nextMondayNine(day));

        EngineClock.stopAt(first);
        engine.getManagementService().executeJob(timer().getId());
        Instant next = timer().getDuedate().toInstant();
        assertThat(next.atZone(LocalZone.ZONE).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(next.atZone(LocalZone.ZONE).toLocalTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(next.atZone(LocalZone.ZONE).toLocalDate()).isEqualTo(first.atZone(LocalZone.ZONE).toLocalDate().plusWeeks(1));
    }
}
