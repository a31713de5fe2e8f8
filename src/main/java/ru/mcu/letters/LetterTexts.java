package ru.mcu.letters;

import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import ru.mcu.platform.text.Greeting;

/**
 * Renders the Russian texts of the letters, {@code templates/letters/<kind>.txt}: the first line
 * is the heading printed above the text («О рассмотрении обращения»), the rest the body, its
 * paragraphs separated by empty lines.
 */
@Component
class LetterTexts {

    /** A letter's heading and body. */
    record Text(String title, String body) {
    }

    private final TemplateEngine engine = engine();

    Text render(LetterKind kind, Map<String, Object> values) {
        Context context = new Context(Locale.forLanguageTag("ru"));
        context.setVariables(values);
        // «Уважаемая Мария Петровна!» from the name and patronymic, as the e-mails greet
        context.setVariable("greeting", Greeting.of((String) values.get("citizenName")));
        String plain = engine.process(kind.template(), context).strip().replaceAll("\n{3,}", "\n\n");
        int newline = plain.indexOf('\n');
        String title = newline < 0 ? plain : plain.substring(0, newline).strip();
        String body = newline < 0 ? "" : plain.substring(newline + 1).strip();
        return new Text(title, body);
    }

    private static TemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/letters/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
