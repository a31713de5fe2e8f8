package ru.mcu.cases;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import ru.mcu.platform.text.RussianPlural;
import ru.mcu.platform.time.LocalZone;

/** How terms and time left read for people, in the administration's zone. */
public final class TermText {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(LocalZone.ZONE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(LocalZone.ZONE);
    private static final LocalTime LAST_MINUTE = LocalTime.of(23, 59);

    private TermText() {
    }

    public static String format(Instant instant) {
        return instant == null ? "—" : FORMAT.format(instant);
    }

    /** «до 18.12.2026 23:59»: a term as the Tasklist column «Срок» and the task forms show it. */
    public static String until(Instant term) {
        return "до " + format(term);
    }

    /**
     * A term as a citizen reads it: «до 18.12.2026 включительно» when it ends with the day,
     * «до 02.12.2026 18:00» otherwise; null without a term.
     */
    public static String untilForCitizen(Instant term) {
        if (term == null) {
            return null;
        }
        ZonedDateTime local = term.atZone(LocalZone.ZONE);
        if (!local.toLocalTime().isBefore(LAST_MINUTE)) {
            return "до " + DAY.format(term) + " включительно";
        }
        return "до " + FORMAT.format(term);
    }

    /** A calendar day: «02.12.2026». */
    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** «осталось 3 дня 4 часа», «просрочено на 2 дня 1 час», «осталось 5 часов 12 минут». */
    public static String timeLeft(Instant term, Instant now) {
        if (term == null) {
            return "—";
        }
        Duration left = Duration.between(now, term);
        if (left.isNegative()) {
            return "просрочено на " + human(left.negated());
        }
        return "осталось " + human(left);
    }

    private static String human(Duration d) {
        long days = d.toDays();
        long hours = d.minusDays(days).toHours();
        if (days > 0) {
            return RussianPlural.days(days) + (hours > 0 ? " " + RussianPlural.hours(hours) : "");
        }
        long minutes = d.minusHours(d.toHours()).toMinutes();
        if (d.toHours() == 0) {
            return RussianPlural.minutes(minutes);
        }
        return RussianPlural.hours(d.toHours()) + (minutes > 0 ? " " + RussianPlural.minutes(minutes) : "");
    }
}
