package ru.mcu.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The analytics count appeals, ПОС messages and incidents together; a ПОС message or an
 * incident is a «сообщение», never an «обращение». So no analytics page says «обращения» alone
 * where it means all of them: every «обращени…» names the messages beside it or the law.
 * The monthly results report (ССТУ.РФ) counts 59-ФЗ appeals only, so it says «обращения» alone.
 */
class AnalyticsWordingTest {

    private static final Pattern APPEAL = Pattern.compile("(?iu)обращени\\p{L}*");

    /** Pages about 59-ФЗ appeals alone. */
    private static final java.util.Set<String> APPEALS_ONLY = java.util.Set.of("results.html");

    @Test
    void shouldNameTheMessagesBesideTheAppealsOnEveryAnalyticsPage() throws IOException {
        List<String> alone = new ArrayList<>();
        try (Stream<Path> templates = Files.list(Path.of("src/main/resources/templates/analytics"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html"))
                    .filter(p -> !APPEALS_ONLY.contains(p.getFileName().toString())).sorted().toList()) {
                String text = Files.readString(template);
                Matcher m = APPEAL.matcher(text);
                while (m.find()) {
                    String after = text.substring(m.end(), Math.min(text.length(), m.end() + 20));
                    if (!after.contains("сообщени") && !after.contains("(59-ФЗ)")) {
                        alone.add(template.getFileName() + ": …" + text.substring(Math.max(0, m.start() - 30), m.end()) + after + "…");
                    }
                }
            }
        }
        assertThat(alone).isEmpty();
    }
}
