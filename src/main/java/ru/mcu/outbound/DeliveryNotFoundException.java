package ru.mcu.outbound;

/** No delivery with this id, or not one the user handles. */
class DeliveryNotFoundException extends RuntimeException {

    DeliveryNotFoundException(long id) {
        super("Outbound delivery " + id + " not found");
    }
}
