package ru.mcu.letters;

/**
 * Who signs a letter: an official of the administration (ст. 10 ч. 3 59-ФЗ: the head of the
 * body or a person he authorised).
 *
 * @param login    his login, when he is a user of the system
 * @param name     his name as printed
 * @param position his position as printed
 */
public record Signatory(String login, String name, String position) {
}
