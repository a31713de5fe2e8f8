package ru.mcu.notification;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import ru.mcu.platform.text.Destination;
import ru.mcu.platform.text.Greeting;
import ru.mcu.platform.text.RussianPlural;

/**
 * Renders the Russian e-mail templates of {@code templates/mail/}: {@code <name>.html} and
 * {@code <name>.txt} for each message, the first line of the text template being the subject.
 * Values are escaped in the HTML version.
 *
 * <p>Words that depend on a value are made here, once for every template: {@code greeting}
 * from {@code citizenName} («Уважаемая Мария Петровна!», see {@link Greeting}), {@code daysText}
 * from {@code days} («30 дней»), {@code toDepartment} from {@code department} («на рассмотрение
 * в Департамент …», see {@link Destination}).
 */
@Component
public class MailTemplates {

    private final TemplateEngine html = engine(TemplateMode.HTML, ".html");
    private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");

    /** A rendered message: subject, plain text and HTML. */
    public record Rendered(String subject, String text, String html) {
    }

    /** Renders the template of a kind of mail. */
    public Rendered render(MailKind kind, Map<String, Object> values) {
        return render(kind.template(), values);
    }

    public Rendered render(String template, Map<String, Object> values) {
        Context context = new Context(java.util.Locale.forLanguageTag("ru"));
        context.setVariables(values);
        context.setVariable("greeting", Greeting.of((String) values.get("citizenName")));
        if (values.get("days") instanceof Number days) {
            context.setVariable("daysText", RussianPlural.days(days.longValue()));
        }
        if (values.get("department") instanceof String department && !department.isBlank()) {
            context.setVariable("toDepartment", Destination.forConsideration(department));
        }
        String plain = text.process(template, context).strip();
        int newline = plain.indexOf('\n');
        String subject = newline < 0 ? plain : plain.substring(0, newline).strip();
        String body = newline < 0 ? "" : plain.substring(newline + 1).strip();
        return new Rendered(subject, body, html.process(template, context));
    }

    private static TemplateEngine engine(TemplateMode mode, String suffix) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
