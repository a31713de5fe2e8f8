package ru.mcu.platform.text;

/**
 * The form of a Russian noun after a number: «1 рабочий день», «2 рабочих дня», «5 рабочих
 * дней», «11 рабочих дней», «21 рабочий день», «111 рабочих дней».
 */
public final class RussianPlural {

    private RussianPlural() {
    }

    /**
     * The number with its word.
     *
     * @param one  the form after 1, 21, 101 («рабочий день»)
     * @param few  the form after 2–4, 22–24 («рабочих дня»)
     * @param many the form after 0, 5–20, 25–30, 111 («рабочих дней»)
     */
    public static String of(long amount, String one, String few, String many) {
        return amount + " " + word(amount, one, few, many);
    }

    /** Only the word for the number, without it. */
    public static String word(long amount, String one, String few, String many) {
        long lastTwo = Math.abs(amount) % 100;
        long last = lastTwo % 10;
        if (lastTwo >= 11 && lastTwo <= 14) {
            return many;
        }
        if (last == 1) {
            return one;
        }
        if (last >= 2 && last <= 4) {
            return few;
        }
        return many;
    }

    /** «1 день», «2 дня», «30 дней» (calendar days). */
    public static String days(long amount) {
        return of(amount, "день", "дня", "дней");
    }

    /** «1 рабочий день», «2 рабочих дня», «5 рабочих дней». */
    public static String workingDays(long amount) {
        return of(amount, "рабочий день", "рабочих дня", "рабочих дней");
    }

    /** «1 рабочий час», «2 рабочих часа», «5 рабочих часов». */
    public static String workingHours(long amount) {
        return of(amount, "рабочий час", "рабочих часа", "рабочих часов");
    }

    /** «1 час», «2 часа», «5 часов». */
    public static String hours(long amount) {
        return of(amount, "час", "часа", "часов");
    }

    /** «1 минута», «2 минуты», «5 минут». */
    public static String minutes(long amount) {
        return of(amount, "минута", "минуты", "минут");
    }

    /** «1 раз», «2 раза», «5 раз». */
    public static String times(long amount) {
        return of(amount, "раз", "раза", "раз");
    }
}
