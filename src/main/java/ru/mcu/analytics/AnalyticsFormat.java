package ru.mcu.analytics;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;
import ru.mcu.platform.text.RussianPlural;
import ru.mcu.platform.time.LocalZone;

/** Formatting for the analytics pages, notes and exports: local time, Russian decimals. */
@Component("fmt")
public class AnalyticsFormat {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(LocalZone.ZONE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(LocalZone.ZONE);

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    /** One decimal with a comma, or a dash when there is nothing to show. */
    public String decimal(Double value) {
        return value == null ? "—" : String.format(Locale.forLanguageTag("ru"), "%.1f", value);
    }

    /** A share as whole percent: «87 %», or a dash. */
    public String percent(Double share) {
        return share == null ? "—" : Math.round(share * 100) + " %";
    }

    /** Calendar days in words: «1 день», «3 дня», «30 дней». */
    public String days(int amount) {
        return RussianPlural.days(amount);
    }

    /** Local date-time for files: {@code 2026-11-16 10:15}. */
    public static String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(LocalZone.ZONE).format(instant);
    }
}
