package ru.mcu.cases.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.DefaultErrorViewResolver;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Error pages of the citizen's side: a request under {@code /public/} that fails (an unknown
 * address, an expired form, a server error) gets {@code templates/public/error.html}, with the
 * public header and footer and no staff menu or login. Every other request gets the staff error
 * pages of {@code templates/error/} as before: this resolver replaces Spring Boot's default one
 * and hands those requests to it.
 */
@Component
class PublicErrorPages implements ErrorViewResolver, Ordered {

    private final DefaultErrorViewResolver staffPages;

    PublicErrorPages(ApplicationContext context, WebProperties web) {
        this.staffPages = new DefaultErrorViewResolver(context, web.getResources());
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(uri instanceof String path) || !path.startsWith(request.getContextPath() + "/public/")) {
            return staffPages.resolveErrorView(request, status, model);
        }
        Map<String, Object> values = new HashMap<>();
        values.put("status", status.value());
        switch (status) {
            case NOT_FOUND -> {
                values.put("heading", "Страница не найдена");
                values.put("message", "Такой страницы нет. Проверьте ссылку из письма или найдите обращение по номеру и коду доступа.");
            }
            case FORBIDDEN -> {
                values.put("heading", "Страница устарела");
                values.put("message", "Форма на странице устарела: откройте ссылку из письма ещё раз и повторите действие.");
            }
            case TOO_MANY_REQUESTS -> {
                values.put("heading", "Слишком много попыток");
                values.put("message", "Повторите попытку позже.");
            }
            default -> {
                if (status.is5xxServerError()) {
                    values.put("heading", "Что-то пошло не так");
                    values.put("message", "Страница не открылась из-за ошибки на нашей стороне. Попробуйте открыть её ещё раз через несколько минут; "
                            + "если ошибка повторяется, позвоните или напишите нам.");
                } else {
                    values.put("heading", "Запрос не выполнен");
                    values.put("message", "Проверьте ссылку из письма и попробуйте ещё раз.");
                }
            }
        }
        return new ModelAndView("public/error", values, status);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
