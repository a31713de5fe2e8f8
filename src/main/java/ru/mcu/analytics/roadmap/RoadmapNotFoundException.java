package ru.mcu.analytics.roadmap;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No roadmap or measure with that id. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RoadmapNotFoundException extends RuntimeException {

    public RoadmapNotFoundException() {
        super("Дорожная карта не найдена");
    }
}
