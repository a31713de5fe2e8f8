package ru.mcu.security.audit;

/** What an audit entry records. */
public enum AuditAction {
    PERSONAL_DATA_READ("Просмотр персональных данных"),
    API_CHANGE("Изменение через API"),
    CASE_CHANGE("Изменение обращения"),
    ANONYMISED("Обезличивание по сроку хранения"),
    REGIONAL_REQUEST_CHANGE("Запрос регионального ЦУР"),
    TOKEN_CREATED("Выпуск токена интеграции"),
    TOKEN_REVOKED("Отзыв токена интеграции"),
    ROUTING_TABLE_ACTIVATED("Включение таблицы маршрутизации"),
    REGISTER_CHANGE("Изменение реестра МЦУ");

    private final String title;

    AuditAction(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
