package ru.mcu.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the reference data for every other module. */
@Service
@Transactional(readOnly = true)
public class Directory {

    private final DepartmentRepository departments;
    private final DistrictRepository districts;
    private final RubricRepository rubrics;

    Directory(DepartmentRepository departments, DistrictRepository districts, RubricRepository rubrics) {
        this.departments = departments;
        this.districts = districts;
        this.rubrics = rubrics;
    }

    public List<Department> departments() {
        return departments.findByActiveTrueOrderByName();
    }

    public Optional<Department> department(String code) {
        return code == null ? Optional.empty() : departments.findById(code);
    }

    public boolean isActiveDepartment(String code) {
        return department(code).map(Department::isActive).orElse(false);
    }

    public List<District> districts() {
        return districts.findAllByOrderBySortOrder();
    }

    public Optional<District> district(String code) {
        return code == null ? Optional.empty() : districts.findById(code);
    }

    public List<Rubric> rubrics() {
        return rubrics.findByActiveTrueOrderBySortOrder();
    }

    public Optional<Rubric> rubric(String code) {
        return code == null ? Optional.empty() : rubrics.findById(code);
    }

    /** The rubric whose Russian name matches {@code name}, ignoring case and surrounding spaces. */
    public Optional<Rubric> rubricNamed(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String wanted = name.trim().toLowerCase(java.util.Locale.ROOT);
        return rubrics().stream().filter(r -> r.getName().toLowerCase(java.util.Locale.ROOT).equals(wanted)).findFirst();
    }

    /** Name of a department for people, or the code itself when unknown. */
    public String departmentName(String code) {
        return department(code).map(Department::getName).orElse(code);
    }

    public String rubricName(String code) {
        return rubric(code).map(Rubric::getName).orElse(code);
    }

    public String districtName(String code) {
        return district(code).map(District::getName).orElse(code);
    }
}
