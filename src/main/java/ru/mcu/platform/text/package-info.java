/**
 * Russian words for numbers and people: plural forms after a number, the greeting of a letter.
 */
package ru.mcu.platform.text;
