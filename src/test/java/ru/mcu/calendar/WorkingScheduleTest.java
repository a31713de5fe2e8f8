package ru.mcu.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.convert.ApplicationConversionService;

/** The working schedule is a default that the configuration may change. */
class WorkingScheduleTest {

    private static WorkingSchedule bind(Map<String, String> properties) {
        return new Binder(List.of(new MapConfigurationPropertySource(properties)), null, ApplicationConversionService.getSharedInstance())
                .bindOrCreate("mcu.calendar", WorkingSchedule.class);
    }

    @Test
    void shouldWorkNineToSixAndShortenPreHolidayDaysToFiveByDefault() {
        WorkingSchedule schedule = bind(Map.of());

        assertThat(schedule.hoursOf(DayKind.WORKING)).hasValue(new WorkingHours(LocalTime.of(9, 0), LocalTime.of(18, 0)));
        assertThat(schedule.hoursOf(DayKind.SHORTENED)).hasValue(new WorkingHours(LocalTime.of(9, 0), LocalTime.of(17, 0)));
        assertThat(schedule.hoursOf(DayKind.NON_WORKING)).isEmpty();
    }

    @Test
    void shouldTakeTheScheduleFromConfiguration() {
        WorkingSchedule schedule = bind(Map.of("mcu.calendar.day-start", "08:30", "mcu.calendar.day-end", "17:30",
                "mcu.calendar.shortening", "PT2H"));

        assertThat(schedule.hoursOf(DayKind.SHORTENED)).hasValue(new WorkingHours(LocalTime.of(8, 30), LocalTime.of(15, 30)));
    }

    @Test
    void shouldRefuseAScheduleThatLeavesAShortenedDayNoWorkingTime() {
        assertThatThrownBy(() -> new WorkingSchedule(LocalTime.of(9, 0), LocalTime.of(10, 0), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
