package ru.mcu.workflow.forms;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.autoconfigure.security.SecurityProperties;

/** The case card on the task forms, for Tasklist (the webapps' API) and the engine REST API. */
@Configuration(proxyBeanMethods = false)
class FormsConfiguration {

    @Bean
    FilterRegistrationBean<CaseCardOnForms> caseCardOnForms(CaseCard card, TaskService tasks,
                                                          RuntimeService runtime, ObjectMapper json) {
        FilterRegistrationBean<CaseCardOnForms> registration =
                new FilterRegistrationBean<>(new CaseCardOnForms(card, tasks, runtime, json));
        registration.setName("case-card-on-forms");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        // after the logins (Spring Security, then the webapps' session at +1): nothing is read
        // of a request whose caller is not known
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
        return registration;
    }
}
