package ru.mcu.registers;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No register entry with that id. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class EntryNotFoundException extends RuntimeException {

    public EntryNotFoundException() {
        super("Запись реестра не найдена");
    }
}
