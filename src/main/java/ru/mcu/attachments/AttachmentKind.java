package ru.mcu.attachments;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import ru.mcu.cases.Channel;

/**
 * What a file on a case is. Letters (the scan of the appeal, the signed answer) and files of
 * unknown content («иное») carry the citizen's personal data: only those who may see the
 * citizen ({@link ru.mcu.cases.CaseAccess#canSeePersonalData}) see them; photos of the place and
 * of the work done are shown to everyone who may read the case, the curator among them.
 */
public enum AttachmentKind {

    SCAN("Скан обращения", true),
    PHOTO("Фото", false),
    SIGNED_ANSWER("Подписанный ответ", true),
    WORK_DONE("Подтверждение выполнения", false),
    BEFORE("Фото «до»", false),
    AFTER("Фото «после»", false),
    OTHER("Иное", true);

    private final String title;
    private final boolean personal;

    AttachmentKind(String title, boolean personal) {
        this.title = title;
        this.personal = personal;
    }

    /** The kind in Russian, as the page shows it. */
    public String title() {
        return title;
    }

    /**
     * The kind in Russian for a case of the channel: a ПОС message or an incident is a
     * «сообщение», never an «обращение», so its scan is «Скан сообщения».
     */
    public String titleFor(Channel channel) {
        return this == SCAN && !channel.isAppeal() ? "Скан сообщения" : title;
    }

    /** Whether files of this kind are shown only to those who may see the citizen's data. */
    public boolean personal() {
        return personal;
    }

    /** The kind named by its code, case-insensitive. */
    public static Optional<AttachmentKind> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip();
        return Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(c)).findFirst();
    }

    /** The codes, for error messages. */
    static String codes() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
