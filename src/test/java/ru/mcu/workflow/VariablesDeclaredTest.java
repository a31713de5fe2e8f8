package ru.mcu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.beans.Introspector;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import ru.mcu.workflow.support.ProcessVariable;

/**
 * Every variable the models and forms use is declared in a holder (a {@link ProcessVariable}
 * constant in {@code ru.mcu.workflow}), so that the code reads and writes it under the one name
 * the model and the form know: a field key in {@code forms/*.form}, its {@code valuesKey} and the
 * names its FEEL conditions read; a name in a {@code ${...}} expression of {@code bpmn/*.bpmn}
 * (conditions, timers, assignees, groups, due dates, collections), an element variable, an input
 * or output parameter, a business rule task's result; a DMN table's input expressions and outputs.
 */
class VariablesDeclaredTest {

    /**
     * Names in expressions that are neither variables nor beans: what the engine itself puts in an
     * expression's context. Keep this list short.
     */
    private static final Set<String> ENGINE_CONTEXT = Set.of("execution", "task");

    /** JUEL and FEEL words that are not names. */
    private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "empty", "not", "and", "or", "eq", "ne",
            "lt", "gt", "le", "ge", "div", "mod", "instanceof", "if", "then", "else", "for", "in", "return", "some",
            "every", "satisfies", "between", "instance", "of");

    /** An identifier, skipping quoted text; a name followed by '(' is a function, one after '.' a property. */
    private static final Pattern TOKEN = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"|(\\.)?\\s*([A-Za-z_][A-Za-z0-9_]*)(?=(\\s*[.(])?)");
    private static final Pattern JUEL = Pattern.compile("[$#]\\{([^}]*)}");
    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

    private static Set<String> declared;
    private static Set<String> beans;

    @BeforeAll
    static void readCode() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("ru.mcu");
        declared = new TreeSet<>();
        beans = new TreeSet<>();
        for (JavaClass c : classes) {
            if (c.getPackageName().startsWith("ru.mcu.workflow")
                    && c.getFields().stream().anyMatch(f -> f.getRawType().isEquivalentTo(ProcessVariable.class))) {
                declared.addAll(declaredIn(c.reflect()));
            }
            if (c.isMetaAnnotatedWith(Component.class)) {
                beans.add(beanName(c));
            }
        }
    }

    @Test
    void shouldFindTheHoldersAndTheBeans() {
        assertThat(declared).contains("caseNumber", "registrationDecision", "ratingScore", "caseSummary");
        assertThat(beans).contains("showCaseCard", "assignRegistrationTerm", "weeklyNoteSchedule");
    }

    @Test
    void shouldDeclareEveryKeyOfTheForms() throws IOException {
        Map<String, Set<String>> used = new TreeMap<>();
        for (Path form : files("forms", ".form")) {
            used.put(form.toString(), formNames(new ObjectMapper().readTree(form.toFile())));
        }
        assertThat(used.get("forms/register-appeal.form"))
                .contains("registrationDecision", "caseSummary", "departmentOptions", "coExecutors", "specialReason");
        assertThat(undeclared(used)).as("form fields no holder declares").isEmpty();
    }

    @Test
    void shouldDeclareEveryVariableOfTheModels() throws Exception {
        Map<String, Set<String>> used = new TreeMap<>();
        for (Path model : files("bpmn", ".bpmn")) {
            used.put(model.toString(), bpmnNames(xml(model)));
        }
        assertThat(used).hasSize(4);
        assertThat(used.get("bpmn/appeal.bpmn")).contains("registrationDecision", "answerDueAt", "department",
                "coExecutorDepartments", "coExecutor", "contributionText", "answerAuthor");
        assertThat(used.get("bpmn/appeal.bpmn")).doesNotContain("showCaseCard", "assignRegistrationTerm", "execution");
        assertThat(undeclared(used)).as("model variables no holder declares").isEmpty();
    }

    @Test
    void shouldDeclareEveryInputAndOutputOfTheDecisions() throws Exception {
        Map<String, Set<String>> used = new TreeMap<>();
        for (Path table : files("bpmn", ".dmn")) {
            used.put(table.toString(), dmnNames(xml(table)));
        }
        assertThat(used.get("bpmn/appeal-routing.dmn")).containsExactlyInAnyOrder("topic", "rubric", "district", "text", "department");
        assertThat(used.get("bpmn/rating-outcome.dmn")).containsExactlyInAnyOrder("ratingScore", "ratingOutcome");
        assertThat(undeclared(used)).as("decision inputs and outputs no holder declares").isEmpty();
    }

    @Test
    void shouldTellAVariableFromABeanAndAMethod() {
        assertThat(expressionNames("${registrationDecision == 'REGISTER'}")).containsExactly("registrationDecision");
        assertThat(expressionNames("dept-${department}-heads")).containsExactly("department");
        assertThat(expressionNames("${showCaseCard}")).isEmpty();
        assertThat(expressionNames("${weeklyNoteSchedule.cycle()}")).isEmpty();
        assertThat(expressionNames("${execution.getVariable('x')}")).isEmpty();
        assertThat(expressionNames("${!coExecution}")).containsExactly("coExecution");
        assertThat(expressionNames("${undeclaredThing}")).containsExactly("undeclaredThing");
        assertThat(feelNames("=not(registrationDecision = \"SPECIAL\" and specialReason = \"CORRESPONDENCE_ENDED\")"))
                .containsExactlyInAnyOrder("registrationDecision", "specialReason");
    }

    private static Map<String, Set<String>> undeclared(Map<String, Set<String>> used) {
        Map<String, Set<String>> missing = new TreeMap<>();
        used.forEach((file, names) -> names.stream().filter(name -> !declared.contains(name))
                .forEach(name -> missing.computeIfAbsent(file, f -> new TreeSet<>()).add(name)));
        return missing;
    }

    private static Set<String> declaredIn(Class<?> holder) {
        Set<String> names = new TreeSet<>();
        for (Field field : holder.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == ProcessVariable.class) {
                try {
                    field.setAccessible(true);
                    names.add(((ProcessVariable<?>) field.get(null)).name());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return names;
    }

    private static String beanName(JavaClass c) {
        String value = c.tryGetAnnotationOfType(Component.class).map(Component::value).orElse("");
        if (value.isEmpty()) {
            value = c.tryGetAnnotationOfType(org.springframework.stereotype.Service.class)
                    .map(org.springframework.stereotype.Service::value).orElse("");
        }
        return value.isEmpty() ? Introspector.decapitalize(c.getSimpleName()) : value;
    }

    /** The keys, the options' keys and the names the conditions read, in nested components too. */
    static Set<String> formNames(JsonNode form) {
        Set<String> names = new TreeSet<>();
        for (JsonNode component : form.path("components")) {
            for (String property : List.of("key", "valuesKey")) {
                if (component.hasNonNull(property)) {
                    names.add(component.get(property).asText());
                }
            }
            expressionsOf(component).forEach(expression -> names.addAll(feelNames(expression)));
            names.addAll(formNames(component));
        }
        return names;
    }

    /** The FEEL expressions ({@code =...}) among a component's own properties, nested components aside. */
    private static List<String> expressionsOf(JsonNode node) {
        List<String> expressions = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            JsonNode value = property.getValue();
            if (property.getKey().equals("components")) {
                continue;
            }
            if (value.isTextual() && value.asText().startsWith("=")) {
                expressions.add(value.asText());
            } else if (value.isObject()) {
                expressions.addAll(expressionsOf(value));
            }
        }
        return expressions;
    }

    static Set<String> feelNames(String expression) {
        return names(expression.substring(1));
    }

    /** The variables in the {@code ${...}} and {@code #{...}} parts of an attribute or a text: no beans, no methods. */
    static Set<String> expressionNames(String text) {
        Set<String> names = new TreeSet<>();
        Matcher juel = JUEL.matcher(text);
        while (juel.find()) {
            names.addAll(names(juel.group(1)));
        }
        names.removeAll(beans);
        names.removeAll(ENGINE_CONTEXT);
        return names;
    }

    /** The identifiers of an expression that are neither quoted, nor functions, nor properties, nor keywords. */
    private static Set<String> names(String expression) {
        Set<String> names = new TreeSet<>();
        Matcher token = TOKEN.matcher(expression);
        while (token.find()) {
            String name = token.group(2);
            boolean property = ".".equals(token.group(1));
            boolean followed = token.group(3) != null;
            if (name != null && !property && !KEYWORDS.contains(name)) {
                if (!followed) {
                    names.add(name);
                } else if (token.group(3).strip().equals(".")) {
                    names.add(name); // a bean or a variable's property: a bean is dropped by the caller
                }
            }
        }
        return names;
    }

    private static Set<String> bpmnNames(Document model) {
        Set<String> names = new TreeSet<>();
        NodeList all = model.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            for (int a = 0; a < element.getAttributes().getLength(); a++) {
                Node attribute = element.getAttributes().item(a);
                names.addAll(expressionNames(attribute.getNodeValue()));
                if (CAMUNDA.equals(attribute.getNamespaceURI())
                        && Set.of("elementVariable", "resultVariable").contains(attribute.getLocalName())) {
                    names.add(attribute.getNodeValue());
                }
            }
            if (CAMUNDA.equals(element.getNamespaceURI())
                    && Set.of("inputParameter", "outputParameter").contains(element.getLocalName())) {
                names.add(element.getAttribute("name"));
            }
            if (element.getChildNodes().getLength() == 1 && element.getFirstChild().getNodeType() == Node.TEXT_NODE) {
                names.addAll(expressionNames(element.getTextContent()));
            }
        }
        return names;
    }

    /** The names the input expressions read (plain names or FEEL) and the outputs' names. */
    private static Set<String> dmnNames(Document table) {
        Set<String> names = new TreeSet<>();
        NodeList inputs = table.getElementsByTagNameNS("*", "inputExpression");
        for (int i = 0; i < inputs.getLength(); i++) {
            names.addAll(names(inputs.item(i).getTextContent().strip()));
        }
        NodeList outputs = table.getElementsByTagNameNS("*", "output");
        for (int i = 0; i < outputs.getLength(); i++) {
            names.add(((Element) outputs.item(i)).getAttribute("name"));
        }
        return names;
    }

    private static Document xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static List<Path> files(String folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(Path.of(folder))) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
