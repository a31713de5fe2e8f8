package ru.mcu.letters;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A letter of the administration to the author of a case, as registered: its outgoing number
 * and date, the letterhead, the signatory, the addressee and the text, all fixed when the
 * letter was recorded (the document printed later is the same whatever changes afterwards),
 * and, once handed to the post, when and with which tracking number.
 */
@Entity
@Table(name = "letter")
public class Letter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "letter_key")
    private String key;
    private String number;
    @Column(name = "letter_date")
    private LocalDate date;
    @Enumerated(EnumType.STRING)
    private LetterKind kind;
    @Column(name = "case_number")
    private String caseNumber;
    @Column(name = "case_received_on")
    private LocalDate caseReceivedOn;
    @Column(name = "addressee_name")
    private String addresseeName;
    @Column(name = "addressee_address")
    private String addresseeAddress;
    @Column(name = "sender_name")
    private String senderName;
    @Column(name = "sender_address")
    private String senderAddress;
    @Column(name = "sender_contacts")
    private String senderContacts;
    @Column(name = "signatory_login")
    private String signatoryLogin;
    @Column(name = "signatory_name")
    private String signatoryName;
    @Column(name = "signatory_position")
    private String signatoryPosition;
    private String title;
    private String body;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "sent_on")
    private LocalDate sentOn;
    @Column(name = "tracking_number")
    private String trackingNumber;
    @Column(name = "sent_by")
    private String sentBy;
    @Column(name = "sent_recorded_at")
    private Instant sentRecordedAt;
    @Version
    private long version;

    protected Letter() {
    }

    Letter(String key, String number, LocalDate date, LetterKind kind, String caseNumber, LocalDate caseReceivedOn,
           String addresseeName, String addresseeAddress, LetterProperties.Administration sender, Signatory signatory,
           String title, String body, Instant createdAt) {
        this.key = Objects.requireNonNull(key);
        this.number = Objects.requireNonNull(number);
        this.date = Objects.requireNonNull(date);
        this.kind = Objects.requireNonNull(kind);
        this.caseNumber = Objects.requireNonNull(caseNumber);
        this.caseReceivedOn = caseReceivedOn;
        this.addresseeName = addresseeName == null || addresseeName.isBlank() ? "Заявителю" : addresseeName.strip();
        this.addresseeAddress = Objects.requireNonNull(addresseeAddress).strip();
        this.senderName = sender.name();
        this.senderAddress = sender.address();
        this.senderContacts = sender.contacts() == null || sender.contacts().isBlank() ? null : sender.contacts().strip();
        this.signatoryLogin = signatory.login();
        this.signatoryName = signatory.name();
        this.signatoryPosition = signatory.position();
        this.title = Objects.requireNonNull(title);
        this.body = Objects.requireNonNull(body);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** The letter was handed to the post on {@code sentOn}; recorded once. */
    void markSent(LocalDate sentOn, String trackingNumber, String actor, Instant now) {
        if (isSent()) {
            throw new LetterAlreadySentException(number, this.sentOn);
        }
        this.sentOn = Objects.requireNonNull(sentOn);
        this.trackingNumber = trackingNumber;
        this.sentBy = Objects.requireNonNull(actor);
        this.sentRecordedAt = now;
    }

    public boolean isSent() {
        return sentOn != null;
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getDate() {
        return date;
    }

    public LetterKind getKind() {
        return kind;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public LocalDate getCaseReceivedOn() {
        return caseReceivedOn;
    }

    public String getAddresseeName() {
        return addresseeName;
    }

    public String getAddresseeAddress() {
        return addresseeAddress;
    }

    public String getSenderName() {
        return senderName;
    }

    public String getSenderAddress() {
        return senderAddress;
    }

    public String getSenderContacts() {
        return senderContacts;
    }

    public String getSignatoryLogin() {
        return signatoryLogin;
    }

    public String getSignatoryName() {
        return signatoryName;
    }

    public String getSignatoryPosition() {
        return signatoryPosition;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public String getSentBy() {
        return sentBy;
    }

    public Instant getSentRecordedAt() {
        return sentRecordedAt;
    }
}
