package ru.mcu.letters;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The administration whose letterhead the letters carry and who signs the notices
 * ({@code mcu.letters.*}). The letters are the administration's: never the МЦУ's, which is a
 * project office and cannot sign an answer under 59-ФЗ. The demo profile sets Yuzhno-Sakhalinsk's
 * administration; any other run must set its own, or the application does not start.
 *
 * @param administration  the letterhead
 * @param numberPrefix    the index of the outgoing numbers by the administration's nomenclature of
 *                        files: {@code 01-12} gives {@code 01-12/2026-000001}
 * @param noticeSignatory who signs the notices (registration, forwarding, ст. 11) that no block
 *                        head approved
 */
@ConfigurationProperties("mcu.letters")
public record LetterProperties(Administration administration, String numberPrefix, Official noticeSignatory) {

    /**
     * The letterhead.
     *
     * @param name     «Администрация города Южно-Сахалинска»
     * @param address  its postal address
     * @param contacts one line of telephone, e-mail, site; may be empty
     */
    public record Administration(String name, String address, String contacts) {
    }

    /**
     * An official of the administration: his login, whose name the directory gives, or his name
     * as written, and his position.
     */
    public record Official(String login, String name, String position) {
    }

    public LetterProperties {
        if (administration == null || blank(administration.name()) || blank(administration.address())) {
            throw new IllegalStateException("Set mcu.letters.administration.name and mcu.letters.administration.address: "
                    + "the letters to citizens carry the administration's letterhead (see docs/user-guide.ru.md, «Письма почтой»)");
        }
        if (noticeSignatory == null || blank(noticeSignatory.position())
                || (blank(noticeSignatory.login()) && blank(noticeSignatory.name()))) {
            throw new IllegalStateException("Set mcu.letters.notice-signatory.login (or .name) and .position: "
                    + "the official of the administration who signs the notices to citizens");
        }
        numberPrefix = blank(numberPrefix) ? "01-12" : numberPrefix.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
