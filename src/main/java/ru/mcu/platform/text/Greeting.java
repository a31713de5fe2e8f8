package ru.mcu.platform.text;

import java.util.Locale;

/**
 * The greeting of a letter to a citizen, as Russian business letters address a person: by the
 * first name and patronymic, «Уважаемая Мария Петровна!», never by the surname. The gender comes
 * from the patronymic (-вна, -чна, -кызы: a woman; -вич, -ич, -оглы, -улы: a man); a name with
 * no patronymic, or one whose ending tells nothing, gets «Уважаемый заявитель!».
 */
public final class Greeting {

    /** The greeting when the name does not tell whom to greet. */
    public static final String NEUTRAL = "Уважаемый заявитель!";

    private Greeting() {
    }

    /**
     * The greeting for a full name written as «Фамилия Имя Отчество» (the order of the case
     * card); «Имя Отчество» alone is understood too, and a Turkic patronymic in two words
     * («Алиев Рашид Ильхам оглы») is kept whole.
     */
    public static String of(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            return NEUTRAL;
        }
        String[] words = fullName.strip().replace('ё', 'е').split("\\s+");
        String[] original = fullName.strip().split("\\s+");
        int n = words.length;
        String last = words[n - 1].toLowerCase(Locale.ROOT);
        // a Turkic patronymic: «Ильхам оглы», «Ильхам кызы» (or «Ильхамоглы»)
        if (n >= 3 && (last.equals("оглы") || last.equals("кызы") || last.equals("улы"))) {
            boolean woman = last.equals("кызы");
            String name = original[n - 3] + " " + original[n - 2] + " " + original[n - 1];
            return greet(woman, name);
        }
        if (n < 2) {
            return NEUTRAL;
        }
        Boolean woman = genderOf(last);
        if (woman == null) {
            return NEUTRAL;
        }
        String name = original[n - 2] + " " + original[n - 1];
        return greet(woman, name);
    }

    /** True for a woman's patronymic, false for a man's, null when the word is not a patronymic. */
    private static Boolean genderOf(String patronymic) {
        if (patronymic.length() < 5) {
            return null;
        }
        if (patronymic.endsWith("вна") || patronymic.endsWith("чна") || patronymic.endsWith("кызы")) {
            return Boolean.TRUE;
        }
        if (patronymic.endsWith("вич") || patronymic.endsWith("ич") || patronymic.endsWith("оглы") || patronymic.endsWith("улы")) {
            return Boolean.FALSE;
        }
        return null;
    }

    private static String greet(boolean woman, String name) {
        return (woman ? "Уважаемая " : "Уважаемый ") + name + "!";
    }
}
