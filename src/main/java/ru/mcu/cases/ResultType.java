package ru.mcu.cases;

/**
 * The result of considering an appeal as the ССТУ.РФ (the Russian Federation's typical
 * communication channel for citizens' appeals) reports it. The block head chooses one of the
 * {@link #chosenAtApproval() first five} when approving the answer; an appeal left without an
 * answer under ст. 11 59-ФЗ or forwarded by competence gets its type automatically.
 */
public enum ResultType {
    SUPPORTED("Поддержано"),
    MEASURES_TAKEN("Поддержано, в т.ч. меры приняты"),
    EXPLAINED("Разъяснено"),
    NOT_SUPPORTED("Не поддержано"),
    ANSWERED_TO_AUTHOR("Дан ответ автору"),
    LEFT_WITHOUT_ANSWER("Оставлено без ответа"),
    FORWARDED("Направлено по компетенции");

    private final String title;

    ResultType(String title) {
        this.title = title;
    }

    /** «Поддержано», «Разъяснено»… as ССТУ.РФ writes them. */
    public String title() {
        return title;
    }

    /** Whether the block head may choose it at approval (the last two are set by the outcome itself). */
    public boolean chosenAtApproval() {
        return this != LEFT_WITHOUT_ANSWER && this != FORWARDED;
    }

    /** Whether it counts as «поддержано» in the report (with «в т.ч. меры приняты» as its part). */
    public boolean supported() {
        return this == SUPPORTED || this == MEASURES_TAKEN;
    }

    /**
     * The type an outcome other than an answer on the merits gives an appeal: forwarded by
     * competence; left without an answer (ч. 1, 3, 4, 4.1 ст. 11); the author answered without
     * a consideration on the merits (a court decision, correspondence ended, the answer already
     * published, a secret: the author is told why); an oral answer at a reception explains.
     * Null for an answer on the merits, which the
     * block head types, and for outcomes of ПОС messages and incidents.
     */
    public static ResultType automaticFor(Resolution resolution) {
        if (resolution == null) {
            return null;
        }
        return switch (resolution) {
            case FORWARDED, FORWARDED_OFFENCE_REPORT -> FORWARDED;
            case NO_ANSWER_ANONYMOUS, NO_ANSWER_OBSCENE, NO_ANSWER_UNREADABLE, NO_ANSWER_UNREADABLE_NOTIFIED,
                    NO_ANSWER_ESSENCE_UNCLEAR -> LEFT_WITHOUT_ANSWER;
            case RETURNED_COURT_DECISION, CORRESPONDENCE_ENDED, ANSWERED_BY_PUBLISHED_ANSWER, NO_ANSWER_SECRET -> ANSWERED_TO_AUTHOR;
            // an answer given orally at a personal reception explains; no block head approves it
            case ANSWERED_ORALLY -> EXPLAINED;
            default -> null;
        };
    }
}
