package ru.mcu.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import ru.mcu.answers.AnswerTemplates;

/**
 * Demo answer templates (a general one and two rubrics), saved before the demo appeals are filed
 * so that a demo clerk's draft starts from them; only into a database that has none.
 */
@Component
class DemoAnswerTemplates {

    private static final Logger log = LoggerFactory.getLogger(DemoAnswerTemplates.class);

    private final DemoProperties properties;
    private final AnswerTemplates templates;

    DemoAnswerTemplates(DemoProperties properties, AnswerTemplates templates) {
        this.properties = properties;
        this.templates = templates;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(25)
    public void seed() {
        if (!properties.appeals() || !templates.all().isEmpty()) {
            return;
        }
        templates.save("", "Общий ответ", """
                {приветствие}
                Ваше обращение от {дата} № {номер} рассмотрено. {исполнитель} сообщает следующее.
                …
                Благодарим за неравнодушие к жизни города.""", "mcu-registrar");
        templates.save("roads", "Дороги: ремонт покрытия", """
                {приветствие}
                Ваше обращение от {дата} № {номер} о состоянии дорожного покрытия по адресу: {адрес} рассмотрено.
                Участок включён в план ямочного ремонта; работы будут выполнены до … при благоприятных погодных условиях.
                Ход работ можно отслеживать на странице обращения.""", "mcu-registrar");
        templates.save("waste", "Вывоз ТКО", """
                {приветствие}
                Ваше обращение от {дата} № {номер} о вывозе отходов по адресу: {адрес} рассмотрено.
                Региональному оператору направлено требование о вывозе; выполнение проверено …""", "mcu-registrar");
        log.info("Saved 3 demo answer templates");
    }
}
