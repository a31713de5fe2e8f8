package ru.mcu.outbound;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import ru.mcu.platform.FieldError;
import ru.mcu.platform.InvalidInput;

/** The link an answer is published under: an absolute http(s) address with a host, at most 900 characters. */
final class PublishedLink {

    static final String FIELD = "url";
    static final int MAX_LENGTH = 900;

    private PublishedLink() {
    }

    /** The link, stripped; else {@link InvalidInput} naming the field {@code url}. */
    static String parse(String value) {
        if (value == null || value.isBlank()) {
            throw invalid("Укажите ссылку на размещённый ответ");
        }
        String link = value.strip();
        if (link.length() > MAX_LENGTH) {
            throw invalid("Ссылка длиннее " + MAX_LENGTH + " знаков");
        }
        if (validOrNull(link) == null) {
            throw invalid("Ссылка — полный адрес страницы, начиная с https:// или http://, например https://pos.gosuslugi.ru/...");
        }
        return link;
    }

    /** The link when valid, else null. */
    static String validOrNull(String value) {
        if (value == null || value.length() > MAX_LENGTH || value.chars().anyMatch(Character::isWhitespace)) {
            return null;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            // a Cyrillic domain (госуслуги.рф) is no "host" to java.net.URI, only an authority
            String host = uri.getHost() != null ? uri.getHost() : uri.getRawAuthority();
            if (!(scheme.equals("https") || scheme.equals("http")) || host == null || host.isBlank() || host.startsWith("@")) {
                return null;
            }
            return value;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static InvalidInput invalid(String message) {
        return new InvalidInput(FIELD, message);
    }
}
