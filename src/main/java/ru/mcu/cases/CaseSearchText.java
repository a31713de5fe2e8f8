package ru.mcu.cases;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What staff typed into the case search, read three ways: a whole case number
 * ({@code a-2026-42} is {@code A-2026-000042}), a fragment of a number ({@code 2026-0004}), and
 * words to find in an address or a citizen's name (lower case, «ё» read as «е»). Cyrillic
 * letters that look like the Latin ones of the numbers (А, Р) are read as Latin.
 *
 * @param text           the text as typed, trimmed
 * @param numberFragment the text as a part of a number (upper case, no spaces), or null when it cannot be one
 * @param words          the words, at most {@value #MAX_WORDS}, without one-letter abbreviations («д», «г»)
 */
public record CaseSearchText(String text, String numberFragment, List<String> words) {

    /** The shortest text searched: fewer characters match too much to be useful. */
    public static final int MIN_LENGTH = 3;
    /** The longest text searched. */
    public static final int MAX_LENGTH = 200;
    static final int MAX_WORDS = 8;

    private static final Pattern NUMBER = Pattern.compile("([API])-?(\\d{4})-?(\\d{1,9})");
    private static final Pattern FRAGMENT = Pattern.compile("[A-Z0-9-]*\\d[A-Z0-9-]*");

    public static CaseSearchText of(String typed) {
        String text = typed == null ? "" : typed.strip();
        String compact = latin(text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT));
        String fragment = FRAGMENT.matcher(compact).matches() ? compact : null;
        Set<String> words = new LinkedHashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).replace('ё', 'е').split("[\\s,.;:\"«»()]+")) {
            if (word.isEmpty() || (word.length() == 1 && Character.isLetter(word.charAt(0)))) {
                continue;
            }
            if (words.size() < MAX_WORDS) {
                words.add(word);
            }
        }
        return new CaseSearchText(text, fragment, List.copyOf(new ArrayList<>(words)));
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    public boolean isTooShort() {
        return text.replaceAll("\\s+", "").length() < MIN_LENGTH;
    }

    public boolean isTooLong() {
        return text.length() > MAX_LENGTH;
    }

    /** The case number the text is, written in full, if it is one. */
    public Optional<String> exactNumber() {
        if (numberFragment == null) {
            return Optional.empty();
        }
        Matcher m = NUMBER.matcher(numberFragment);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(String.format("%s-%s-%06d", m.group(1), m.group(2), Long.parseLong(m.group(3))));
    }

    /** Cyrillic look-alikes of the Latin letters of case numbers, as typed on a Russian keyboard. */
    private static String latin(String upper) {
        return upper.replace('А', 'A').replace('Р', 'P').replace('І', 'I');
    }
}
