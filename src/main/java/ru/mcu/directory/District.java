package ru.mcu.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A planning district of the city or a village of the urban district. */
@Entity
@Table(name = "district")
public class District {

    /** Whether the place is a part of the city or a village. */
    public enum Kind { CITY_AREA, VILLAGE }

    @Id
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private double latitude;
    private double longitude;
    @Column(name = "sort_order")
    private int sortOrder;

    protected District() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Kind getKind() {
        return kind;
    }

    public double getLatitude() {
        return latitude;
    }

    public double getLongitude() {
        return longitude;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
