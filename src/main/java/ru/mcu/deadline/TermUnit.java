package ru.mcu.deadline;

/** The unit a term is counted in (domain brief §3). */
public enum TermUnit {
    /** Calendar days: ends at 23:59:59 local, moved to the next working day. */
    CALENDAR_DAYS("календарные дни", "календарный день", "календарных дня", "календарных дней"),
    /** Working days: the day of the start does not count; ends at the end of the working day. */
    WORKING_DAYS("рабочие дни", "рабочий день", "рабочих дня", "рабочих дней"),
    /** Working hours: counted only inside the working schedule. */
    WORKING_HOURS("рабочие часы", "рабочий час", "рабочих часа", "рабочих часов");

    private final String title;
    private final String one;
    private final String few;
    private final String many;

    TermUnit(String title, String one, String few, String many) {
        this.title = title;
        this.one = one;
        this.few = few;
        this.many = many;
    }

    /** Russian name for people: "рабочие дни". */
    public String title() {
        return title;
    }

    /** The amount with the unit in Russian: "1 рабочий день", "4 рабочих часа", "30 календарных дней". */
    public String describe(int amount) {
        int lastTwo = Math.abs(amount) % 100;
        int last = lastTwo % 10;
        String word;
        if (last == 1 && lastTwo != 11) {
            word = one;
        } else if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) {
            word = few;
        } else {
            word = many;
        }
        return amount + " " + word;
    }
}
