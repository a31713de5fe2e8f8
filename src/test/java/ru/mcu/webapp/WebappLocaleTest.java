package ru.mcu.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The project's Russian locale of each webapp clerks use (Tasklist, the welcome page) against
 * the English one of the Camunda webjar on the classpath: every English key has a Russian
 * counterpart, no Russian key is left over, and each label keeps the placeholders, HTML tags
 * and printf markers of the English one. After a Camunda upgrade the failures name the keys
 * to translate or drop (see docs/webapp-localization.md).
 */
class WebappLocaleTest {

    private static final String LOCALE = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
    private static final String OURS = "src/main/resources/" + LOCALE;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(.*?)}}|</?[A-Za-z][^<>]*>|%[sd]");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tasklist", "welcome"})
    void shouldHaveRussianForEveryKeyOfCamundaEnglishLocale(String app) {
        List<String> missing = new ArrayList<>();
        collectMissing(english(app), russian(app), "", missing);

        assertThat(missing)
                .as("keys of Camunda's %s/en.json without a Russian counterpart: translate them in %s",
                        app, OURS.formatted(app, "ru"))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tasklist", "welcome"})
    void shouldHaveNoKeyCamundaEnglishLocaleDoesNotHave(String app) {
        List<String> extra = new ArrayList<>();
        collectMissing(russian(app), english(app), "", extra);

        assertThat(extra)
                .as("keys of %s that Camunda's %s/en.json no longer has: remove them", OURS.formatted(app, "ru"), app)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tasklist", "welcome"})
    void shouldKeepPlaceholdersOfEveryEnglishText(String app) {
        Map<String, String> english = texts(english(app));
        Map<String, String> russian = texts(russian(app));
        List<String> changed = new ArrayList<>();
        english.forEach((key, text) -> {
            String translation = russian.get(key);
            if (translation != null && !placeholders(text).equals(placeholders(translation))) {
                changed.add(key + ": " + placeholders(text) + " became " + placeholders(translation));
            }
        });

        assertThat(changed)
                .as("texts of %s whose {{ }} placeholders, HTML tags or %%s/%%d differ from en.json",
                        OURS.formatted(app, "ru"))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tasklist", "welcome"})
    void shouldWriteEveryLabelInRussian(String app) {
        Map<String, String> russian = texts(russian(app).path("labels"));
        List<String> untranslated = new ArrayList<>();
        texts(english(app).path("labels")).forEach((key, text) -> {
            String translation = russian.get(key);
            if (translation != null && LATIN.matcher(wording(text)).find() && !CYRILLIC.matcher(translation).find()) {
                untranslated.add(key + ": " + translation);
            }
        });

        assertThat(untranslated)
                .as("labels of %s left in English", OURS.formatted(app, "ru"))
                .isEmpty();
    }

    /**
     * Adds to {@code missing} the path of every key of {@code from} that {@code in} lacks.
     * Objects present on both sides are compared key by key; any other value only has to be
     * there (the Russian months are an object of grammatical cases where English has a list).
     */
    private static void collectMissing(JsonNode from, JsonNode in, String path, List<String> missing) {
        from.fieldNames().forEachRemaining(name -> {
            String key = path.isEmpty() ? name : path + "." + name;
            JsonNode counterpart = in.get(name);
            if (counterpart == null) {
                missing.add(key);
            } else if (from.get(name).isObject() && counterpart.isObject()) {
                collectMissing(from.get(name), counterpart, key, missing);
            }
        });
    }

    /** Every text value by its dotted path. */
    private static Map<String, String> texts(JsonNode node) {
        Map<String, String> texts = new TreeMap<>();
        collectTexts(node, "", texts);
        return texts;
    }

    private static void collectTexts(JsonNode node, String path, Map<String, String> texts) {
        if (node.isTextual()) {
            texts.put(path, node.asText());
        }
        node.fields().forEachRemaining(field ->
                collectTexts(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), texts));
    }

    /** The placeholders of a text, sorted, with blanks inside {{ }} ignored. */
    private static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1) != null
                    ? "{{" + matcher.group(1).replaceAll("\\s+", "") + "}}"
                    : matcher.group());
        }
        Collections.sort(found);
        return found;
    }

    /** What a reader sees of a label: without its placeholders and tags. */
    private static String wording(String text) {
        return PLACEHOLDER.matcher(text).replaceAll("");
    }

    private static JsonNode english(String app) {
        return locale(app, "en", url -> "jar".equals(url.getProtocol()) && url.getPath().contains("camunda-webapp-webjar"));
    }

    private static JsonNode russian(String app) {
        return locale(app, "ru", url -> "file".equals(url.getProtocol()));
    }

    private static JsonNode locale(String app, String language, Predicate<URL> source) {
        String name = LOCALE.formatted(app, language);
        try {
            URL url = Collections.list(WebappLocaleTest.class.getClassLoader().getResources(name)).stream()
                    .filter(source)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(name + " is not on the test classpath"));
            try (InputStream in = url.openStream()) {
                // Camunda's locale files start with a byte order mark
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
                return JSON.readTree(text);
            }
        } catch (IOException e) {
            throw new IllegalStateException(name, e);
        }
    }
}
