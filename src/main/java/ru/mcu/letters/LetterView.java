package ru.mcu.letters;

import java.time.LocalDate;

/**
 * A letter as the API shows it to the МЦУ's registrars and head.
 *
 * @param pdf the address of the printable document
 */
record LetterView(long id, String number, LocalDate date, LetterKind kind, String kindTitle, String caseNumber,
                  String addresseeName, String addresseeAddress, String signatoryName, String signatoryPosition,
                  String title, LocalDate sentOn, String trackingNumber, String sentBy, String pdf) {

    static LetterView of(Letter l) {
        return new LetterView(l.getId(), l.getNumber(), l.getDate(), l.getKind(), l.getKind().title(), l.getCaseNumber(),
                l.getAddresseeName(), l.getAddresseeAddress(), l.getSignatoryName(), l.getSignatoryPosition(), l.getTitle(),
                l.getSentOn(), l.getTrackingNumber(), l.getSentBy(), pdfLink(l));
    }

    static String pdfLink(Letter l) {
        return "/letters/" + l.getId() + "/pdf";
    }
}
