package ru.mcu.demo;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import ru.mcu.directory.Department;
import ru.mcu.directory.DepartmentGroups;
import ru.mcu.directory.Directory;
import ru.mcu.directory.StaffGroups;

/**
 * Demo users, all with the demo password: the МЦУ staff ({@code mcu-head}, {@code mcu-registrar},
 * {@code pos-coordinator}, {@code im-coordinator}, {@code curator}, the routing manager {@code mcu-analyst}) and, for every department,
 * {@code <code>-head} and {@code <code>-clerk}. The administrator {@code demo} is created by the
 * engine's admin-user setting.
 */
@Component
class DemoUsers {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private static final String[] NAMES = {
            "Анна Ким",
            "Сергей Петров",
            "Ольга Соколова",
            "Дмитрий Кузнецов",
            "Елена Попова",
            "Алексей Васильев",
            "Наталья Морозова",
            "Игорь Волков",
            "Татьяна Лебедева",
            "Андрей Козлов",
            "Марина Новикова",
            "Виктор Павлов",
            "Ирина Семёнова",
            "Павел Голубев",
            "Светлана Виноградова",
            "Николай Богданов",
            "Юлия Воробьёва",
            "Роман Фёдоров",
            "Екатерина Михайлова",
            "Максим Беляев",
            "Людмила Тарасова",
            "Олег Белов",
            "Вера Цой",
            "Константин Комаров",
            "Галина Орехова",
            "Евгений Киселёв",
            "Надежда Макарова",
            "Владимир Андреев",
            "Ксения Ковалёва",
            "Антон Ильин",
            "Лариса Гусева",
            "Михаил Титов",
            "Оксана Кузьмина",
            "Григорий Кудрявцев",
            "Алла Баранова",
            "Денис Куликов",
            "Полина Алексеева",
            "Станислав Степанов",
            "Жанна Яковлева",
            "Тимур Сорокин",
            "Валентина Сергеева",
            "Руслан Романов",
            "Дарья Захарова",
            "Вадим Борисов"};

    private final IdentityService identity;
    private final Directory directory;
    private final DemoProperties properties;

    DemoUsers(IdentityService identity, Directory directory, DemoProperties properties) {
        this.identity = identity;
        this.directory = directory;
        this.properties = properties;
    }

    /** A demo user: login, first and last name, groups. */
    record DemoUser(String id, String firstName, String lastName, List<String> groups) {
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(20)
    public void create() {
        if (!properties.users()) {
            return;
        }
        int created = 0;
        for (DemoUser user : users()) {
            if (identity.createUserQuery().userId(user.id()).count() > 0) {
                continue;
            }
            User u = identity.newUser(user.id());
            u.setFirstName(user.firstName());
            u.setLastName(user.lastName());
            u.setEmail(user.id() + "@mcu.example");
            u.setPassword(properties.password());
            identity.saveUser(u);
            for (String group : user.groups()) {
                identity.createMembership(user.id(), group);
            }
            created++;
        }
        if (identity.createUserQuery().userId("demo").count() > 0
                && identity.createUserQuery().userId("demo").memberOfGroup(StaffGroups.MCU_HEADS).count() == 0) {
            identity.createMembership("demo", StaffGroups.MCU_HEADS);
            identity.createMembership("demo", StaffGroups.MCU_REGISTRARS);
        }
        if (created > 0) {
            log.info("Created {} demo users (password as configured in mcu.demo.password)", created);
        }
    }

    List<DemoUser> users() {
        List<DemoUser> users = new ArrayList<>();
        users.add(new DemoUser("mcu-head", "Виктория", "Руденко", List.of(StaffGroups.MCU_HEADS, StaffGroups.MCU_REGISTRARS)));
        users.add(new DemoUser("mcu-registrar", "Мария", "Ли", List.of(StaffGroups.MCU_REGISTRARS)));
        users.add(new DemoUser("pos-coordinator", "Галина", "Орлова", List.of(StaffGroups.POS_COORDINATORS)));
        users.add(new DemoUser("im-coordinator", "Артём", "Пак", List.of(StaffGroups.IM_COORDINATORS)));
        users.add(new DemoUser("curator", "Александр", "Захаров", List.of(StaffGroups.CURATORS)));
        users.add(new DemoUser("mcu-analyst", "Елена", "Ким", List.of(StaffGroups.ROUTING_MANAGERS)));
        int i = 0;
        for (Department d : directory.departments()) {
            String members = DepartmentGroups.membersGroup(d.getCode());
            String[] head = NAMES[(2 * i) % NAMES.length].split(" ");
            String[] clerk = NAMES[(2 * i + 1) % NAMES.length].split(" ");
            users.add(new DemoUser(d.getCode() + "-head", head[0], head[1],
                    List.of(members, DepartmentGroups.headsGroup(d.getCode()))));
            users.add(new DemoUser(d.getCode() + "-clerk", clerk[0], clerk[1], List.of(members)));
            i++;
        }
        return users;
    }
}
