package ru.mcu.workflow.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The FEEL engine of the decision tables, answering by itself the expressions routing tables
 * are mostly made of, and passing every other expression to the engine it wraps (the Scala FEEL
 * engine) unchanged:
 * <ul>
 *   <li>input entries that are {@code -}, or a list of string literals and {@code null}
 *       ({@code "roads"}, {@code "roads.lighting","roads.traffic-lights"}), tested against a
 *       string or null input;</li>
 *   <li>input entries that test a string input for substrings, {@code contains(?, "светофор")} alone
 *       or joined by {@code or} (the keyword rules on the lower-case text);</li>
 *   <li>input expressions that name a variable holding a string or null ({@code rubric});</li>
 *   <li>output entries that are a string literal ({@code "roads-agency"}).</li>
 * </ul>
 * Why: feel-scala 1.19 parses the expression and builds its table of built-in functions anew
 * on every evaluation, a few hundred microseconds each, and a decision evaluates dozens of
 * entries. String literals without escapes, {@code null} and names have one meaning in FEEL,
 * which {@code LiteralFeelEngineTest} checks against the Scala engine for every entry of the
 * deployed tables.
 */
final class LiteralFeelEngine implements FeelEngine {

    /** Expressions seen, with their parsed form or {@link #DELEGATE}; bounded by the deployed models. */
    private static final int MAX_CACHED = 10_000;
    private static final Object DELEGATE = new Object();

    private final FeelEngine delegate;
    private final Map<String, Object> unaryTests = new ConcurrentHashMap<>();
    private final Map<String, Object> expressions = new ConcurrentHashMap<>();

    LiteralFeelEngine(FeelEngine delegate) {
        this.delegate = delegate;
    }

    @Override
    public boolean evaluateSimpleUnaryTests(String tests, String inputName, VariableContext context) {
        Object parsed = cached(unaryTests, tests, LiteralFeelEngine::parseUnaryTests);
        if (parsed instanceof Literals literals) {
            TypedValue input = context.resolve(inputName);
            Object value = input == null ? null : input.getValue();
            if (value == null || value instanceof String) {
                return literals.matches((String) value);
            }
        } else if (parsed instanceof Contains contains) {
            TypedValue input = context.resolve(inputName);
            Object value = input == null ? null : input.getValue();
            if (value instanceof String text) {
                return contains.matches(text);
            }
        }
        return delegate.evaluateSimpleUnaryTests(tests, inputName, context);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T evaluateSimpleExpression(String expression, VariableContext context) {
        Object parsed = cached(expressions, expression, LiteralFeelEngine::parseExpression);
        if (parsed instanceof StringLiteral literal) {
            return (T) literal.value();
        }
        if (parsed instanceof Name name && context.containsVariable(name.value())) {
            TypedValue value = context.resolve(name.value());
            Object plain = value == null ? null : value.getValue();
            if (plain == null || plain instanceof String) {
                return (T) plain;
            }
        }
        return delegate.evaluateSimpleExpression(expression, context);
    }

    private static Object cached(Map<String, Object> cache, String expression, java.util.function.Function<String, Object> parser) {
        if (expression == null) {
            return DELEGATE;
        }
        Object parsed = cache.get(expression);
        if (parsed == null) {
            parsed = parser.apply(expression);
            if (cache.size() < MAX_CACHED) {
                cache.put(expression, parsed);
            }
        }
        return parsed;
    }

    /** {@code -}, string literals and {@code null} separated by commas, or {@code contains(?, "…")} joined by {@code or}; else {@link #DELEGATE}. */
    static Object parseUnaryTests(String expression) {
        Object contains = parseContains(expression);
        if (contains != DELEGATE) {
            return contains;
        }
        return parseLiterals(expression);
    }

    /** {@code contains(?, "a") or contains(?, "b")}: literals without escapes; else {@link #DELEGATE}. */
    static Object parseContains(String expression) {
        String text = expression.trim();
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (true) {
            i = skipSpaces(text, i);
            if (!text.startsWith("contains(", i)) {
                return DELEGATE;
            }
            i = skipSpaces(text, i + "contains(".length());
            if (!text.startsWith("?", i)) {
                return DELEGATE;
            }
            i = skipSpaces(text, i + 1);
            if (i >= text.length() || text.charAt(i) != ',') {
                return DELEGATE;
            }
            i = skipSpaces(text, i + 1);
            if (i >= text.length() || text.charAt(i) != '"') {
                return DELEGATE;
            }
            int end = text.indexOf('"', i + 1);
            if (end < 0) {
                return DELEGATE;
            }
            String value = text.substring(i + 1, end);
            if (value.indexOf('\\') >= 0) {
                return DELEGATE;
            }
            parts.add(value);
            i = skipSpaces(text, end + 1);
            if (i >= text.length() || text.charAt(i) != ')') {
                return DELEGATE;
            }
            i = skipSpaces(text, i + 1);
            if (i == text.length()) {
                return new Contains(List.copyOf(parts));
            }
            if (!text.startsWith("or", i) || isNamePart(text, i + 2)) {
                return DELEGATE;
            }
            i += 2;
        }
    }

    private static Object parseLiterals(String expression) {
        String text = expression.trim();
        if (text.equals("-")) {
            return new Literals(List.of(), false, true);
        }
        List<String> values = new ArrayList<>();
        boolean matchesNull = false;
        int i = 0;
        while (true) {
            i = skipSpaces(text, i);
            if (text.startsWith("null", i) && !isNamePart(text, i + 4)) {
                matchesNull = true;
                i += 4;
            } else if (i < text.length() && text.charAt(i) == '"') {
                int end = text.indexOf('"', i + 1);
                if (end < 0) {
                    return DELEGATE;
                }
                String value = text.substring(i + 1, end);
                if (value.indexOf('\\') >= 0) {
                    return DELEGATE;
                }
                values.add(value);
                i = end + 1;
            } else {
                return DELEGATE;
            }
            i = skipSpaces(text, i);
            if (i == text.length()) {
                return new Literals(values, matchesNull, false);
            }
            if (text.charAt(i) != ',') {
                return DELEGATE;
            }
            i++;
        }
    }

    /** A string literal without escapes, or a plain name; else {@link #DELEGATE}. */
    static Object parseExpression(String expression) {
        String text = expression.trim();
        if (text.length() >= 2 && text.charAt(0) == '"' && text.indexOf('"', 1) == text.length() - 1
                && text.indexOf('\\') < 0) {
            return new StringLiteral(text.substring(1, text.length() - 1));
        }
        if (!text.isEmpty() && Character.isLetter(text.charAt(0)) && text.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_')
                && !KEYWORDS.contains(text)) {
            return new Name(text);
        }
        return DELEGATE;
    }

    /** Words FEEL reads as something other than a variable. */
    private static final List<String> KEYWORDS = List.of("null", "true", "false", "not", "and", "or", "if", "then",
            "else", "for", "in", "return", "some", "every", "satisfies", "between", "instance", "of", "function", "external");

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isNamePart(String text, int i) {
        return i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_' || text.charAt(i) == '.');
    }

    /** String literals and null as unary tests; {@code any} for {@code -}. */
    record Literals(List<String> values, boolean matchesNull, boolean any) {

        boolean matches(String input) {
            if (any) {
                return true;
            }
            return input == null ? matchesNull : values.contains(input);
        }
    }

    /** Substrings of which the input must contain at least one. */
    record Contains(List<String> parts) {

        boolean matches(String input) {
            for (String part : parts) {
                if (input.contains(part)) {
                    return true;
                }
            }
            return false;
        }
    }

    record StringLiteral(String value) {
    }

    record Name(String value) {
    }
}
