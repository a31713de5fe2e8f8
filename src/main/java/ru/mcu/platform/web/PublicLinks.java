package ru.mcu.platform.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Absolute links for e-mails: to a task in Tasklist, to a citizen's case page. */
@Component
public class PublicLinks {

    private final String base;

    PublicLinks(@Value("${mcu.public-url:http://localhost:8080}") String base) {
        this.base = base.replaceAll("/+$", "");
    }

    public String base() {
        return base;
    }

    public String task(String taskId) {
        return base + "/camunda/app/tasklist/default/#/?task=" + taskId;
    }

    /** The citizen's own page of his case, opened by the access code. */
    public String citizenCase(String caseNumber, String accessCode) {
        return base + "/public/cases/" + caseNumber + "?code=" + URLEncoder.encode(accessCode, StandardCharsets.UTF_8);
    }
}
