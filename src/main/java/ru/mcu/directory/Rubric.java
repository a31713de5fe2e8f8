package ru.mcu.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A topic of the two-level rubricator with its default recipient. */
@Entity
@Table(name = "rubric")
public class Rubric {

    @Id
    private String code;
    @Column(name = "parent_code")
    private String parentCode;
    private String name;
    @Column(name = "default_department")
    private String defaultDepartment;
    @Column(name = "forward_to")
    private String forwardTo;
    @Column(name = "sort_order")
    private int sortOrder;
    private boolean active;

    protected Rubric() {
    }

    public String getCode() {
        return code;
    }

    public String getParentCode() {
        return parentCode;
    }

    public String getName() {
        return name;
    }

    public String getDefaultDepartment() {
        return defaultDepartment;
    }

    /** The competent body outside the municipality, for topics that are not ours. */
    public String getForwardTo() {
        return forwardTo;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }
}
