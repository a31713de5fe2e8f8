package ru.mcu.support;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** Reads what GreenMail received. */
public final class Mails {

    private Mails() {
    }

    /** The decoded text/plain part of a message. */
    public static String text(MimeMessage message) {
        try {
            String found = find(message, "text/plain");
            if (found == null) {
                throw new AssertionError("No text/plain part");
            }
            return found;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The decoded text/html part of a message. */
    public static String html(MimeMessage message) {
        try {
            return find(message, "text/html");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String find(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return part.getContent().toString();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String found = find(body, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
