package ru.mcu.security;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import ru.mcu.directory.StaffContacts;
import ru.mcu.directory.StaffGroups;

/**
 * The sections of the system a member of the staff may open, for the pages' header and the
 * home page's tiles (templates call {@code @staffMenu.items()}): each role sees only what it
 * may open, an anonymous visitor nothing. The rules repeat those of the pages and webapps
 * (security chains, {@code @PreAuthorize} of the controllers, the engine's APPLICATION
 * authorizations as authorities {@code APP_<app>}); {@code StaffMenuLinksTest} follows every
 * item as every demo role and checks that what is shown opens and what is hidden does not.
 */
@Component("staffMenu")
public class StaffMenu {

    /** One section: Russian title, address, one line of what it holds. */
    public record Item(String title, String href, String description) {
    }

    private record Rule(Item item, Predicate<Set<String>> shownTo) {
    }

    private static final String ADMINS = group(StaffGroups.ADMINS);
    private static final String HEADS = group(StaffGroups.MCU_HEADS);
    private static final String REGISTRARS = group(StaffGroups.MCU_REGISTRARS);

    private static final List<Rule> RULES = List.of(
            new Rule(new Item("Задачи", "/camunda/app/tasklist/",
                    "Регистрация, рассмотрение и согласование обращений, сообщений и инцидентов"),
                    anyOf(Roles.APP + "tasklist")),
            new Rule(new Item("Исходящая почта", "/outbox", "Все письма системы: эскалации, уведомления заявителям"),
                    anyOf(ADMINS, HEADS, REGISTRARS)),
            new Rule(new Item("Отправить почтой", "/letters", "Письма заявителям на бумаге: печать, подпись, отметка об отправке"),
                    anyOf(HEADS, REGISTRARS)),
            new Rule(new Item("Ответы на площадки", "/outbound",
                    "Ответы ПОС, «Инцидент Менеджмент» и ЕПГУ: отправка по интеграциям и размещение вручную со ссылкой"),
                    anyOf(HEADS, REGISTRARS, group(StaffGroups.POS_COORDINATORS), group(StaffGroups.IM_COORDINATORS))),
            new Rule(new Item("Шаблоны ответов", "/answer-templates", "Тексты ответов по рубрикам: с них начинается проект ответа исполнителя"),
                    anyOf(HEADS, REGISTRARS)),
            new Rule(new Item("Категории ПОС", "/pos-categories",
                    "Категории и подкатегории Платформы обратной связи и рубрики, которые они дают сообщениям"),
                    anyOf(group(StaffGroups.POS_COORDINATORS), ADMINS)),
            new Rule(new Item("Аналитика", "/analytics", "Рейтинг подразделений, тепловая карта, дорожные карты, еженедельная записка"),
                    staff()),
            new Rule(new Item("Маршрутизация", "/routing", "Автоправила: проверка новой таблицы на прошлых обращениях, версии, откат"),
                    anyOf(group(StaffGroups.ROUTING_MANAGERS), HEADS, ADMINS)),
            new Rule(new Item("Журнал аудита", "/audit", "Кто читал персональные данные и что менял"),
                    anyOf(HEADS, ADMINS)),
            new Rule(new Item("Калькулятор сроков", "/deadlines", "Сроки по производственному календарю"),
                    staff()),
            new Rule(new Item("Импорт", "/imports", "Загрузка обращений, сообщений ПОС и инцидентов из файлов"),
                    anyOf(REGISTRARS, HEADS, ADMINS, group(StaffGroups.POS_COORDINATORS), group(StaffGroups.IM_COORDINATORS))),
            new Rule(new Item("Производственный календарь", "/admin/calendar", "Рабочие и нерабочие дни по годам"),
                    anyOf(ADMINS)),
            new Rule(new Item("Cockpit", "/camunda/app/cockpit/", "Процессы, инциденты движка, развёртывания"),
                    anyOf(Roles.APP + "cockpit")),
            new Rule(new Item("Admin", "/camunda/app/admin/", "Пользователи, группы, права, разблокировка"),
                    anyOf(Roles.APP + "admin")),
            new Rule(new Item("API", "/swagger-ui.html", "Описание API для интеграций"),
                    staff()));

    private final StaffContacts contacts;

    StaffMenu(StaffContacts contacts) {
        this.contacts = contacts;
    }

    /** The current user's name as people read it («Ольга Смирнова»), his login when he has none. */
    public String userName() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "" : contacts.nameOf(authentication.getName());
    }

    /** The sections the current user may open; none for an anonymous visitor. */
    public List<Item> items() {
        return itemsFor(SecurityContextHolder.getContext().getAuthentication());
    }

    /** The sections this user may open; none for an anonymous visitor. */
    public List<Item> itemsFor(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
            return List.of();
        }
        Set<String> authorities = Set.copyOf(authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
        return RULES.stream().filter(r -> r.shownTo().test(authorities)).map(Rule::item).toList();
    }

    /** Every section, whoever may open it. */
    public static List<Item> all() {
        return RULES.stream().map(Rule::item).toList();
    }

    private static String group(String id) {
        return Roles.GROUP + id;
    }

    private static Predicate<Set<String>> anyOf(String... authorities) {
        return granted -> Set.of(authorities).stream().anyMatch(granted::contains);
    }

    /** A member of the staff: an engine user with a group, not an integration's token. */
    private static Predicate<Set<String>> staff() {
        return granted -> granted.stream().anyMatch(a -> a.startsWith(Roles.GROUP));
    }
}
