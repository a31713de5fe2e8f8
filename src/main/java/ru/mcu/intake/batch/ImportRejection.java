package ru.mcu.intake.batch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One reason a row of an import file was rejected; a row with three wrong fields has three. */
@Entity
@Table(name = "import_rejection")
public class ImportRejection {

    private static final int MAX_EXTERNAL_ID = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "job_id")
    private long jobId;
    @Column(name = "row_number")
    private int rowNumber;
    @Column(name = "external_id")
    private String externalId;
    private String field;
    private String message;

    protected ImportRejection() {
    }

    ImportRejection(long jobId, int rowNumber, String externalId, String field, String message) {
        this.jobId = jobId;
        this.rowNumber = rowNumber;
        // an over-long id is itself a reason for rejection: keep what fits, to find the row
        this.externalId = externalId == null || externalId.length() <= MAX_EXTERNAL_ID ? externalId : externalId.substring(0, MAX_EXTERNAL_ID);
        this.field = field;
        this.message = message;
    }

    public int getRowNumber() {
        return rowNumber;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getField() {
        return field;
    }

    public String getMessage() {
        return message;
    }

    /** The line of the report: {@code строка 12: citizen.email — Некорректный адрес электронной почты}. */
    public String getReason() {
        return "строка " + rowNumber + ": " + (field == null ? "" : field + " — ") + message;
    }
}
