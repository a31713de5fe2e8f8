package ru.mcu.directory;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Read access to the reference data for every other module. The data changes only with a
 * migration, so it is read once and kept for {@code mcu.directory.cache-ttl} (a minute by
 * default): routing, terms and every task form ask for it, and reading the three tables for
 * each of them was a tenth of the CPU an intake costs (docs/performance.md).
 */
@Service
public class Directory {

    private final DepartmentRepository departments;
    private final DistrictRepository districts;
    private final RubricRepository rubrics;
    private final TransactionTemplate readOnly;
    private final Duration ttl;
    private volatile Snapshot snapshot;

    Directory(DepartmentRepository departments, DistrictRepository districts, RubricRepository rubrics,
              PlatformTransactionManager transactions, @Value("${mcu.directory.cache-ttl:PT1M}") Duration ttl) {
        this.departments = departments;
        this.districts = districts;
        this.rubrics = rubrics;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.ttl = ttl;
    }

    /** Every table read together, when the copy is older than the TTL. */
    private record Snapshot(List<Department> activeDepartments, Map<String, Department> departments,
                            List<District> districts, Map<String, District> districtsByCode,
                            List<Rubric> activeRubrics, Map<String, Rubric> rubrics, long readAt) {
    }

    private Snapshot data() {
        Snapshot current = snapshot;
        if (current == null || System.nanoTime() - current.readAt() > ttl.toNanos()) {
            current = readOnly.execute(status -> new Snapshot(
                    departments.findByActiveTrueOrderByName(),
                    byCode(departments.findAll(), Department::getCode),
                    districts.findAllByOrderBySortOrder(),
                    byCode(districts.findAll(), District::getCode),
                    rubrics.findByActiveTrueOrderBySortOrder(),
                    byCode(rubrics.findAll(), Rubric::getCode),
                    System.nanoTime()));
            snapshot = current;
        }
        return current;
    }

    private static <T> Map<String, T> byCode(List<T> all, Function<T, String> code) {
        return all.stream().collect(Collectors.toUnmodifiableMap(code, Function.identity()));
    }

    public List<Department> departments() {
        return data().activeDepartments();
    }

    public Optional<Department> department(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(data().departments().get(code));
    }

    public boolean isActiveDepartment(String code) {
        return department(code).map(Department::isActive).orElse(false);
    }

    public List<District> districts() {
        return data().districts();
    }

    public Optional<District> district(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(data().districtsByCode().get(code));
    }

    public List<Rubric> rubrics() {
        return data().activeRubrics();
    }

    public Optional<Rubric> rubric(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(data().rubrics().get(code));
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

    /** A rubric as people pick it from a list: «Дороги / Ямы на дороге» for a sub-rubric, the name alone for a top one. */
    public String rubricLabel(Rubric rubric) {
        return rubric.getParentCode() == null ? rubric.getName() : rubricName(rubric.getParentCode()) + " / " + rubric.getName();
    }

    public String districtName(String code) {
        return district(code).map(District::getName).orElse(code);
    }
}
