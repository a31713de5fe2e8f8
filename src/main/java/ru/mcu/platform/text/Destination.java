package ru.mcu.platform.text;

import java.util.Locale;
import java.util.Set;

/**
 * Where a case was sent, in a phrase that reads right with the name as the directory writes it
 * (in the nominative): «на рассмотрение в Департамент городского хозяйства», «в МКУ «Управление
 * …»», «в Отдел строительства». The accusative of these names is their nominative (inanimate
 * masculine and neuter words, indeclinable abbreviations); a name that starts with any other
 * word («Администрация …») would need its own case form, which the directory does not hold, so
 * it is written after a colon: «на рассмотрение: Администрация …».
 */
public final class Destination {

    /** First words whose accusative is the nominative. */
    private static final Set<String> SAME_IN_ACCUSATIVE = Set.of("департамент", "отдел", "управление", "комитет", "центр",
            "мку", "мбу", "мау", "муп", "гку", "гбу", "огку", "огбу", "министерство", "агентство", "учреждение");

    private Destination() {
    }

    /** «на рассмотрение в Департамент …», or «на рассмотрение: …» when the name's form is unknown. */
    public static String forConsideration(String name) {
        return "на рассмотрение" + into(name);
    }

    /** « в Департамент …» (with the leading space), or «: Администрация …». */
    public static String into(String name) {
        String stripped = name.strip();
        String first = stripped.split("[\\s«\"]", 2)[0].toLowerCase(Locale.ROOT);
        return SAME_IN_ACCUSATIVE.contains(first) ? " в " + stripped : ": " + stripped;
    }
}
