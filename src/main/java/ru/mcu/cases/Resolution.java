package ru.mcu.cases;

/** How a case ended. */
public enum Resolution {
    ANSWERED("Дан ответ по существу", false),
    FORWARDED("Перенаправлено в орган по компетенции", true),
    NO_ANSWER_ANONYMOUS("Без ответа: не указаны фамилия или почтовый адрес (ч. 1 ст. 11 59-ФЗ)", false),
    NO_ANSWER_OBSCENE("Без ответа по существу: нецензурные либо оскорбительные выражения, угрозы жизни, здоровью и имуществу "
            + "должностного лица, а также членов его семьи; заявителю сообщено о недопустимости злоупотребления правом "
            + "(ч. 3 ст. 11 59-ФЗ)", true),
    NO_ANSWER_UNREADABLE("Без ответа: текст, фамилия и почтовый адрес не поддаются прочтению (ч. 4 ст. 11 59-ФЗ)", false),
    RETURNED_COURT_DECISION("Возвращено: обжалуется судебное решение (ч. 2 ст. 11 59-ФЗ)", true),
    CORRESPONDENCE_ENDED("Переписка прекращена по решению руководителя: повторное обращение без новых доводов или обстоятельств "
            + "по вопросу, на который неоднократно давались письменные ответы по существу (ч. 5 ст. 11 59-ФЗ)", true),
    REJECTED_SPAM("Отклонено при модерации: спам", false),
    REJECTED_DUPLICATE("Отклонено при модерации: дубликат", false),
    REJECTED_NOT_MUNICIPAL("Отклонено при модерации: не относится к муниципальной компетенции", true),
    REJECTED_OBSCENE("Отклонено при модерации: нецензурная или оскорбительная лексика, угрозы", false),
    REJECTED_NO_ESSENCE("Отклонено при модерации: сообщение не содержит сути проблемы", false),
    REJECTED_PERSONAL_DATA("Отклонено при модерации: персональные данные третьих лиц", false),
    REJECTED_COURT("Отклонено при модерации: вопрос разрешается в судебном порядке", false),
    REJECTED_UNLAWFUL("Отклонено при модерации: противоправное содержание (призывы к нарушению закона, экстремизм)", false),
    REJECTED_OTHER("Отклонено при модерации: иная причина", false),
    /** A ПОС message outside municipal competence, redirected to the competent organisation named in {@code forwardedTo}. */
    REDIRECTED("Перенаправлено в организацию по компетенции", true),
    DISMISSED("Инцидент не взят в работу", false),
    RESOLVED_ON_SPOT("Решено на месте (ускоренное решение)", false),
    CONVERTED_TO_APPEAL("Переведено в обращение по 59-ФЗ", false),
    ANSWERED_VIA_MAIN_CASE("Дан ответ в составе связанной проблемы", false),
    NO_ANSWER_UNREADABLE_NOTIFIED("Ответ не дан: текст обращения не поддаётся прочтению; заявителю сообщено, так как его фамилия "
            + "и почтовый адрес поддаются прочтению (ч. 4 ст. 11 59-ФЗ)", true),
    NO_ANSWER_ESSENCE_UNCLEAR("Ответ не дан: текст обращения не позволяет определить суть предложения, заявления или жалобы "
            + "(ч. 4.1 ст. 11 59-ФЗ)", true),
    ANSWERED_BY_PUBLISHED_ANSWER("Сообщён адрес официального сайта, на котором размещён ответ на поставленный вопрос "
            + "(ч. 5.1 ст. 11 59-ФЗ)", true),
    NO_ANSWER_SECRET("Ответ по существу не может быть дан без разглашения сведений, составляющих государственную или иную "
            + "охраняемую федеральным законом тайну (ч. 6 ст. 11 59-ФЗ)", true),
    FORWARDED_OFFENCE_REPORT("Ответ не дан: не указаны фамилия или почтовый адрес; сведения о противоправном деянии направлены "
            + "в государственный орган в соответствии с его компетенцией (ч. 1 ст. 11 59-ФЗ)", false),
    ANSWERED_ORALLY("Ответ дан устно в ходе личного приёма (с согласия гражданина, ч. 2 ст. 13 59-ФЗ)", false);

    private final String title;
    private final boolean citizenNotified;

    Resolution(String title, boolean citizenNotified) {
        this.title = title;
        this.citizenNotified = citizenNotified;
    }

    public String title() {
        return title;
    }

    /** Whether the law asks that the citizen be told of this outcome (when he can be reached). */
    public boolean citizenNotified() {
        return citizenNotified;
    }

    /** The outcomes under ст. 11 59-ФЗ a department may propose at consideration, for the block head to decide. */
    public boolean decidedAtConsideration() {
        return this == NO_ANSWER_OBSCENE || this == CORRESPONDENCE_ENDED || this == NO_ANSWER_SECRET;
    }
}
