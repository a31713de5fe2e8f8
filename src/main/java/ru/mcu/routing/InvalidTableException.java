package ru.mcu.routing;

/** A file that is not a routing table the application can try and make live; the message is Russian, for the manager. */
class InvalidTableException extends RuntimeException {

    InvalidTableException(String message) {
        super(message);
    }
}
