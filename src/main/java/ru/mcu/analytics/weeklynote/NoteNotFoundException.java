package ru.mcu.analytics.weeklynote;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No archived note with that id. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NoteNotFoundException extends RuntimeException {

    NoteNotFoundException() {
        super("Записка не найдена");
    }
}
