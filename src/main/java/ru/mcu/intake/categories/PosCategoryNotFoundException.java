package ru.mcu.intake.categories;

/** No row of the ПОС category table with this id: answered 404. */
public class PosCategoryNotFoundException extends RuntimeException {

    public PosCategoryNotFoundException(long id) {
        super("No ПОС category mapping " + id);
    }
}
