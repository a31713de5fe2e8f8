package ru.mcu.cases;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import ru.mcu.platform.time.LocalZone;

/** How terms and time left read for people, in the administration's zone. */
public final class Terms {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(LocalZone.ZONE);

    private Terms() {
    }

    public static String format(Instant instant) {
        return instant == null ? "—" : FORMAT.format(instant);
    }

    /** "3 дн. 4 ч" left, or "просрочено на 2 дн. 1 ч". */
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
            return days + " дн. " + hours + " ч";
        }
        long minutes = d.minusHours(d.toHours()).toMinutes();
        return d.toHours() + " ч " + minutes + " мин";
    }
}
