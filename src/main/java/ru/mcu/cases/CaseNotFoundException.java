package ru.mcu.cases;

/** No case has that number. */
public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException(String number) {
        super("Обращение с номером " + number + " не найдено");
    }
}
