package ru.mcu.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The author of a case. Personal data (152-ФЗ): shown only to those handling the case. */
@Embeddable
public class Citizen {

    @Column(name = "citizen_full_name")
    private String fullName;
    @Column(name = "citizen_postal_address")
    private String postalAddress;
    @Column(name = "citizen_email")
    private String email;
    @Column(name = "citizen_phone")
    private String phone;

    protected Citizen() {
    }

    public Citizen(String fullName, String postalAddress, String email, String phone) {
        this.fullName = fullName;
        this.postalAddress = postalAddress;
        this.email = email;
        this.phone = phone;
    }

    public String getFullName() {
        return fullName;
    }

    public String getPostalAddress() {
        return postalAddress;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }
}
