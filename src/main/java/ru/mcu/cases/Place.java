package ru.mcu.cases;

/**
 * Where the problem is: rubric and district codes, a free-text address and optional
 * coordinates (WGS 84).
 */
public record Place(String rubricCode, String districtCode, String address, Double latitude, Double longitude) {
}
