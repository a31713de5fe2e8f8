package ru.mcu.workflow.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import ru.mcu.directory.DepartmentGroups;
import ru.mcu.workflow.appeal.AppealProcess;

/**
 * Puts the {@link CaseCard} into a task form's variables where Tasklist (and any engine REST
 * client) reads them, {@code GET .../task/{id}/form-variables}, once the engine has answered
 * that the caller may read the task; and drops the card's read-only fields from the form's
 * submission ({@code submit-form}, {@code complete}), which sends back every field it showed, so
 * that they never become process variables. The engine's answer is left as it is for a task
 * without a case (the weekly note) and for any answer but 200.
 */
class CaseCardOnForms extends OncePerRequestFilter {

    private static final Pattern FORM_VARIABLES = Pattern.compile("/task/([^/]+)/form-variables$");
    /** Bodies read to take the card out: a form's submission is a few kilobytes. */
    static final long MAX_SUBMISSION = 1024 * 1024;
    private static final Pattern SUBMISSION = Pattern.compile("/task/[^/]+/(?:submit-form|complete)$");

    private static final Logger log = LoggerFactory.getLogger(CaseCardOnForms.class);
    static final String UNAVAILABLE = "{\"type\":\"CaseCardUnavailable\",\"message\":\"Карточка обращения сейчас недоступна. Откройте задачу ещё раз.\"}";

    private final CaseCard card;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ObjectMapper json;

    CaseCardOnForms(CaseCard card, TaskService tasks, RuntimeService runtime, ObjectMapper json) {
        this.card = card;
        this.tasks = tasks;
        this.runtime = runtime;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        Matcher formVariables = FORM_VARIABLES.matcher(path);
        if ("GET".equals(request.getMethod()) && formVariables.find()) {
            ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
            try {
                chain.doFilter(request, wrapper);
                if (wrapper.getStatus() == 200) {
                    try {
                        addCard(formVariables.group(1), request.getParameter("variableNames"), wrapper);
                    } catch (RuntimeException | IOException e) {
                        // a form without its card would look like a case without data: say so instead
                        log.error("The case card of task {} could not be built", formVariables.group(1), e);
                        wrapper.resetBuffer();
                        wrapper.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
                        wrapper.setContentType("application/json");
                        wrapper.setCharacterEncoding("UTF-8");
                        wrapper.getOutputStream().write(UNAVAILABLE.getBytes(StandardCharsets.UTF_8));
                    }
                }
            } finally {
                wrapper.copyBodyToResponse();
            }
        } else if ("POST".equals(request.getMethod()) && SUBMISSION.matcher(path).find()
                && request.getContentLengthLong() >= 0 && request.getContentLengthLong() <= MAX_SUBMISSION
                && request.getContentType() != null && request.getContentType().startsWith("application/json")) {
            // a form's submission is small JSON; anything else goes to the engine untouched, unread
            chain.doFilter(withoutCard(request), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private void addCard(String taskId, String variableNames, ContentCachingResponseWrapper response) throws IOException {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        Optional<Map<String, CaseCard.Value>> fields = caseNumberOf(task).flatMap(number -> card.of(number, departmentsOf(task)));
        if (fields.isEmpty()) {
            return;
        }
        JsonNode body = json.readTree(response.getContentAsByteArray());
        if (!(body instanceof ObjectNode variables)) {
            return;
        }
        Set<String> wanted = variableNames == null || variableNames.isBlank() ? null
                : Arrays.stream(variableNames.split(",")).map(String::trim).collect(Collectors.toSet());
        for (Map.Entry<String, CaseCard.Value> field : fields.get().entrySet()) {
            if (wanted == null || wanted.contains(field.getKey())) {
                ObjectNode value = variables.putObject(field.getKey());
                value.put("type", field.getValue().json() ? "Json" : "String");
                value.put("value", field.getValue().text());
                value.putObject("valueInfo");
            }
        }
        byte[] merged = json.writeValueAsBytes(variables);
        response.resetBuffer();
        response.getOutputStream().write(merged);
    }

    private Optional<String> caseNumberOf(Task task) {
        if (task == null || task.getProcessInstanceId() == null) {
            return Optional.empty();
        }
        Object number = runtime.getVariable(task.getProcessInstanceId(), AppealProcess.Variables.CASE_NUMBER.name());
        return number instanceof String n ? Optional.of(n) : Optional.empty();
    }

    /** The departments whose groups ({@code dept-<code>}, {@code dept-<code>-heads}) are the task's candidates. */
    private Set<String> departmentsOf(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .flatMap(link -> DepartmentGroups.departmentOf(link.getGroupId()).stream())
                .collect(Collectors.toSet());
    }

    /** The request with the card's fields taken out of {@code variables}; unchanged when there are none or it is not JSON. */
    private HttpServletRequest withoutCard(HttpServletRequest request) throws IOException {
        byte[] body = request.getInputStream().readAllBytes();
        byte[] sent = body;
        try {
            JsonNode tree = json.readTree(body);
            if (tree != null && tree.get("variables") instanceof ObjectNode variables
                    && CaseCard.FIELDS.stream().anyMatch(variables::has)) {
                variables.remove(CaseCard.FIELDS);
                sent = json.writeValueAsBytes(tree);
            }
        } catch (JsonProcessingException e) {
            // not JSON: the engine answers it
        }
        return new Body(request, sent);
    }

    /** A request whose body was read already, offered again. */
    private static final class Body extends HttpServletRequestWrapper {

        private final byte[] body;

        Body(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
