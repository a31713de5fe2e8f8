package ru.mcu.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * PostgreSQL cannot store the character U+0000 in text, and refuses it even as a query
 * parameter ("invalid byte sequence for encoding UTF8: 0x00"). It has no business in an appeal
 * either, so the API refuses it at the door: in a JSON string (400 naming the field, through
 * this Jackson module) and in the query string ({@link ApiFallbackFilter}).
 */
@Configuration(proxyBeanMethods = false)
public class NulCharacters {

    /** Whether a query string holds a NUL character, raw or percent-encoded. */
    public static boolean inQuery(String query) {
        return query != null && (query.indexOf('\0') >= 0 || query.toLowerCase(java.util.Locale.ROOT).contains("%00"));
    }

    /** Registered by Spring Boot with the application's {@code ObjectMapper}. */
    @Bean
    SimpleModule nulRejectingStrings() {
        SimpleModule module = new SimpleModule("nul-rejecting-strings");
        module.addDeserializer(String.class, new RejectingDeserializer());
        return module;
    }

    /** The standard string deserializer, refusing NUL. */
    static final class RejectingDeserializer extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (value != null && value.indexOf('\0') >= 0) {
                throw InvalidFormatException.from(parser, "NUL character in a string", value.replace("\0", "\\0"), String.class);
            }
            return value;
        }
    }
}
