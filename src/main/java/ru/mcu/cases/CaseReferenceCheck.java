package ru.mcu.cases;

import org.springframework.stereotype.Component;
import ru.mcu.directory.Directory;

/** Checks that codes given for a case exist in the reference data. */
@Component
class CaseReferenceCheck {

    private final Directory directory;

    CaseReferenceCheck(Directory directory) {
        this.directory = directory;
    }

    String department(String field, String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidCaseDataException(field, "Не выбран ответственный исполнитель");
        }
        if (!directory.isActiveDepartment(code)) {
            throw new InvalidCaseDataException(field, "Неизвестный исполнитель: " + code);
        }
        return directory.departmentName(code);
    }

    void place(Place place) {
        if (place == null) {
            return;
        }
        if (place.rubricCode() != null && directory.rubric(place.rubricCode()).isEmpty()) {
            throw new InvalidCaseDataException("rubric", "Неизвестная рубрика: " + place.rubricCode());
        }
        if (place.districtCode() != null && directory.district(place.districtCode()).isEmpty()) {
            throw new InvalidCaseDataException("district", "Неизвестный район: " + place.districtCode());
        }
    }
}
