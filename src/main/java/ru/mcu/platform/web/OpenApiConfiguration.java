package ru.mcu.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What Swagger UI ({@code /swagger-ui.html}) says the API is: its Russian title and the application's version. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI mcuOpenApi(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        String version = properties == null ? "разработческая сборка" : properties.getVersion();
        return new OpenAPI().info(new Info()
                .title("МЦУ Южно-Сахалинска: API обращений, сообщений ПОС и инцидентов")
                .description("""
                        Приём обращений граждан (59-ФЗ), сообщений Платформы обратной связи и инцидентов из социальных сетей, \
                        чтение дел и их сроков, оценки ответов, аналитика. Вход: HTTP Basic с учётной записью сотрудника \
                        или токен интеграции (только приём). Ошибки — JSON с полем errors, в котором названо каждое \
                        неверное поле. API процессов Camunda — под /engine-rest.""")
                .version(version));
    }
}
