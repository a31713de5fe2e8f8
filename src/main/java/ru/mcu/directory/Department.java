package ru.mcu.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A responsible recipient (ответственный получатель): a department or municipal agency. */
@Entity
@Table(name = "department")
public class Department {

    @Id
    private String code;
    private String name;
    @Column(name = "block_head_name")
    private String blockHeadName;
    @Column(name = "block_head_email")
    private String blockHeadEmail;
    private boolean active;

    protected Department() {
    }

    public Department(String code, String name, String blockHeadName, String blockHeadEmail) {
        this.code = code;
        this.name = name;
        this.blockHeadName = blockHeadName;
        this.blockHeadEmail = blockHeadEmail;
        this.active = true;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getBlockHeadName() {
        return blockHeadName;
    }

    public String getBlockHeadEmail() {
        return blockHeadEmail;
    }

    public boolean isActive() {
        return active;
    }

    /** The Camunda group of everybody working in this department. */
    public String groupId() {
        return DepartmentGroups.membersGroup(code);
    }
}
