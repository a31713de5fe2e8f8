package ru.mcu.letters;

import ru.mcu.cases.Case;
import ru.mcu.cases.Channel;

/**
 * The form the author of a 59-ФЗ appeal is answered in, and told of every step the law makes
 * him hear of (ст. 10 ч. 4: in the form the appeal came in). One rule for the whole system:
 * <ul>
 *   <li>a written letter or a personal reception: a letter on paper by post to the postal address;</li>
 *   <li>the administration's site: an e-mail when the author gave one, else a letter by post;</li>
 *   <li>ЕПГУ: back through ЕПГУ (the outbound adapter is another issue's, see docs/architecture.md);</li>
 *   <li>an e-mail goes as well to every author who gave an address, as a copy.</li>
 * </ul>
 * A ПОС message or an incident is not a 59-ФЗ appeal: its author is answered on its platform.
 * No letter can be posted without a postal address (an appeal without one is not answered:
 * ст. 11 ч. 1).
 */
public final class ReplyForm {

    private ReplyForm() {
    }

    /** Whether the author gets the answer and the notices as letters by post. */
    public static boolean byPost(Case c) {
        if (!c.getChannel().isAppeal() || !hasPostalAddress(c)) {
            return false;
        }
        return switch (c.getChannel()) {
            case LETTER, RECEPTION -> true;
            case SITE -> !c.getCitizen().hasEmail();
            default -> false;
        };
    }

    /** Whether the author gets them by e-mail (alone, or as a copy of the letter). */
    public static boolean byEmail(Case c) {
        return c.getCitizen().hasEmail();
    }

    /** Whether the answer is due back through ЕПГУ. */
    public static boolean viaEpgu(Case c) {
        return c.getChannel() == Channel.EPGU;
    }

    private static boolean hasPostalAddress(Case c) {
        return c.getCitizen().getPostalAddress() != null && !c.getCitizen().getPostalAddress().isBlank();
    }
}
