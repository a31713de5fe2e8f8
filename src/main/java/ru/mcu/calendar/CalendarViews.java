package ru.mcu.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import ru.mcu.platform.time.LocalZone;

/** How the calendar API shows a year, a day and a change; instants with the Sakhalin offset. */
final class CalendarViews {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private CalendarViews() {
    }

    /** A year with every one of its days. */
    record YearView(int year, CalendarStatus status, String statusTitle, String source, OffsetDateTime updatedAt,
                    String updatedBy, long workingDays, long shortenedDays, List<DayView> days) {

        static YearView of(YearDays year) {
            return new YearView(year.year(), year.status(), year.status().title(), year.source(), local(year.updatedAt()),
                    year.updatedBy(), year.workingDayCount(), year.shortenedDayCount(),
                    year.days().stream().map(DayView::of).toList());
        }
    }

    /** One day: its kind, note, and whether it differs from the weekday rule. */
    record DayView(LocalDate date, String dayOfWeek, DayKind kind, String kindTitle, String note, boolean exception) {

        static DayView of(CalendarDay day) {
            return new DayView(day.date(), day.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, RUSSIAN),
                    day.kind(), day.kind().title(), day.note(), day.isException());
        }
    }

    /** One entry of the history. */
    record ChangeView(OffsetDateTime at, String by, CalendarChange.Action action, String actionTitle, LocalDate date,
                      DayKind oldKind, DayKind newKind, String note, String reason) {

        static ChangeView of(CalendarChange c) {
            return new ChangeView(local(c.getChangedAt()), c.getChangedBy(), c.getAction(), c.getAction().title(), c.getDate(),
                    c.getOldKind(), c.getNewKind(), c.getNote(), c.getReason());
        }
    }

    static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(LocalZone.ZONE).toOffsetDateTime();
    }
}
