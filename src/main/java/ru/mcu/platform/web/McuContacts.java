package ru.mcu.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a citizen reaches the МЦУ, shown in the footer of the public case pages and at the end of
 * the citizen's e-mails. The values shipped in {@code application.yaml} are placeholders: the
 * city replaces them with its own ({@code mcu.contacts.*}, see docs/citizen-page.md).
 *
 * @param name    who the citizen deals with, e.g. «Муниципальный центр управления»
 * @param city    whose centre it is, e.g. «Администрация города Южно-Сахалинска»
 * @param address postal address for letters and visits
 * @param phone   telephone for citizens
 * @param email   e-mail for citizens
 * @param hours   when the МЦУ answers the telephone and receives visitors
 */
@ConfigurationProperties("mcu.contacts")
public record McuContacts(String name, String city, String address, String phone, String email, String hours) {

    public McuContacts {
        name = blankToDefault(name, "Муниципальный центр управления");
        city = blankToDefault(city, "Администрация города Южно-Сахалинска");
        address = blankToNull(address);
        phone = blankToNull(phone);
        email = blankToNull(email);
        hours = blankToNull(hours);
    }

    /** The telephone as a {@code tel:} link target: digits and the leading plus only. */
    public String phoneLink() {
        return phone == null ? null : "tel:" + phone.replaceAll("[^0-9+]", "");
    }

    private static String blankToDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
