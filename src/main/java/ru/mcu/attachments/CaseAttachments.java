package ru.mcu.attachments;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ru.mcu.cases.Case;
import ru.mcu.cases.CaseAccess;
import ru.mcu.cases.TermText;
import ru.mcu.directory.StaffContacts;
import ru.mcu.platform.FieldError;

/**
 * The files of cases: checked and stored with a new case in its filing transaction, added on the
 * staff's case page by those who may act on the case, listed and downloaded under the case's
 * access rules, erased with the case's personal data.
 * <p>
 * Who sees what: whoever may read the case sees its photos (фото, до, после, подтверждение
 * выполнения); letters (скан обращения, подписанный ответ) and «иное» only those who may see
 * the citizen's data, so the curator, who reads every case without them, does not get them.
 * Showing such a file is written to the audit log as a showing of personal data. Whoever may
 * act on the case ({@link CaseAccess#canChange}: the МЦУ's staff, the clerks and heads of the
 * case's department) may add files. A file added by mistake is removed by whoever added it: its
 * content goes, its line stays in the list («удалён … кем»). Files that came with the appeal or
 * message itself are part of what was filed and are never removed by hand.
 */
@Service
@EnableConfigurationProperties(AttachmentProperties.class)
public class CaseAttachments {

    /** The surface the audit log names for a download. */
    static final String SURFACE = "ATTACHMENT";

    private final FileChecks checks;
    private final AttachmentStore store;
    private final CaseAccess access;
    private final StaffContacts staff;
    private final Clock clock;

    CaseAttachments(FileChecks checks, AttachmentStore store, CaseAccess access, StaffContacts staff, Clock clock) {
        this.checks = checks;
        this.store = store;
        this.access = access;
        this.staff = staff;
        this.clock = clock;
    }

    /**
     * Checks the files sent with a new case, each problem added to {@code errors} under
     * {@code attachments[i].<field>} (or {@code attachments} for the limits of the whole case);
     * the files that passed, ready for {@link #attachToFiled}.
     */
    public List<CheckedFile> check(List<AttachmentRequest> files, List<FieldError> errors) {
        if (files == null || files.isEmpty()) {
            return List.of();
        }
        AttachmentProperties limits = checks.limits();
        if (files.size() > limits.maxFilesPerCase()) {
            errors.add(new FieldError("attachments", "Не больше " + limits.maxFilesPerCase() + " файлов к одному делу"));
            return List.of();
        }
        List<CheckedFile> passed = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < files.size(); i++) {
            String prefix = "attachments[" + i + "]";
            AttachmentRequest f = files.get(i);
            if (f == null) {
                errors.add(new FieldError(prefix, "Пустой элемент: ожидается файл с полями kind, name, content"));
                continue;
            }
            byte[] content = checks.decode(prefix, f.content(), errors);
            CheckedFile checked = checks.check(prefix, f.kind(), f.name(), f.contentType(), content, errors);
            total += content == null ? 0 : content.length;
            if (checked != null) {
                passed.add(checked);
            }
        }
        if (total > limits.maxCaseSize().toBytes()) {
            errors.add(new FieldError("attachments", "Файлы вместе больше " + Sizes.human(limits.maxCaseSize().toBytes())
                    + " — предела для одного дела"));
        }
        return passed;
    }

    /** Stores the checked files of a case filed just now, inside the filing's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void attachToFiled(Case c, List<CheckedFile> files) {
        Instant now = clock.instant();
        String by = currentUser();
        for (CheckedFile f : files) {
            store.insert(c.getId(), f, now, by);
        }
    }

    /** The outcome of an upload on the page: the stored name, or why it was refused, in Russian. */
    public record Upload(String fileName, List<String> problems) {

        public boolean accepted() {
            return problems.isEmpty();
        }
    }

    /**
     * Adds a file to a case the current user may act on. Refused, with the reasons, when the
     * file fails a check or the case's limits, or the case's personal data have been erased.
     *
     * @throws AccessDeniedException when he may not act on the case
     */
    @Transactional
    public Upload upload(Case c, String kind, String name, String declaredType, byte[] content, String by) {
        if (!access.canChange(c)) {
            throw new AccessDeniedException("May not add files to " + c.getNumber());
        }
        List<FieldError> errors = new ArrayList<>();
        CheckedFile file = checks.check("", kind, name, declaredType, content, errors);
        if (file == null) {
            return new Upload(null, errors.stream().map(FieldError::message).toList());
        }
        if (store.anonymised(c.getId())) {
            return new Upload(null, List.of("Персональные данные дела удалены по сроку хранения: файлы к нему не добавляются"));
        }
        AttachmentProperties limits = checks.limits();
        AttachmentStore.Usage usage = store.usageLocking(c.getId());
        if (usage.files() >= limits.maxFilesPerCase()) {
            return new Upload(null, List.of("В деле уже " + usage.files() + " файлов — это предел"));
        }
        if (usage.bytes() + file.size() > limits.maxCaseSize().toBytes()) {
            return new Upload(null, List.of("Файлы дела вместе превысят " + Sizes.human(limits.maxCaseSize().toBytes())
                    + ": уже занято " + Sizes.human(usage.bytes())));
        }
        store.insert(c.getId(), file, clock.instant(), by);
        return new Upload(file.name(), List.of());
    }

    /**
     * A file of the case the current user may see, with its content, for a download; the
     * caller has checked that he may read the case. Showing a letter is audited.
     */
    @Transactional(readOnly = true)
    public Optional<Download> download(Case c, long id) {
        Optional<AttachmentStore.Row> row = store.find(c.getId(), id).filter(r -> visible(c, r.kind()));
        if (row.isEmpty()) {
            return Optional.empty();
        }
        AttachmentStore.Row r = row.get();
        if (r.kind().personal()) {
            access.personalDataShown(c, SURFACE);
        }
        return Optional.of(new Download(r.fileName(), r.type(), r.size(), r.sha256(), store.content(r.id())));
    }

    /** A file as it is sent to the browser. */
    public record Download(String fileName, FileType type, long size, String sha256, byte[] content) {
    }

    /** The files of the case the current user may see, oldest first, removed ones left out; the caller has checked that he may read the case. */
    @Transactional(readOnly = true)
    public List<Item> visible(Case c) {
        return store.ofCase(c.getId()).stream().filter(r -> !r.removed() && visible(c, r.kind())).map(r -> item(c, r)).toList();
    }

    /**
     * Removes a file the current user added to a case he may act on: its content is erased, its
     * line stays with who removed it and when. The outcome is the removed file's name, or why not.
     */
    @Transactional
    public Upload remove(Case c, long id, String by) {
        Optional<AttachmentStore.Row> row = store.find(c.getId(), id).filter(r -> visible(c, r.kind()));
        if (row.isEmpty()) {
            return new Upload(null, List.of("Такого файла в деле нет или он уже удалён"));
        }
        if (!removable(c, row.get(), by)) {
            return new Upload(null, List.of("Удалить файл может только тот, кто его добавил, пока дело доступно ему для работы; "
                    + "файлы, поступившие с обращением или сообщением, не удаляются"));
        }
        if (!store.remove(c.getId(), id, clock.instant(), by)) {
            return new Upload(null, List.of("Файл уже удалён"));
        }
        return new Upload(row.get().fileName(), List.of());
    }

    /**
     * One file as the page and the API list it.
     *
     * @param kind        the code ({@code PHOTO})
     * @param kindTitle   the kind in Russian
     * @param sizeText    «1,5 МБ»
     * @param uploadedAt  local time, «20.11.2026 10:15»
     * @param uploadedBy  who added it: a person's name, or the integration
     * @param href        the download on the staff's pages
     * @param removed     «удалён 20.11.2026 10:20, Ольга Смирнова» for a removed file (no download then), else null
     * @param removable   whether the current user may remove it
     */
    public record Item(long id, String kind, String kindTitle, String fileName, String type, String contentType, long size,
                       String sizeText, String sha256, String uploadedAt, String uploadedBy, String href, boolean inline,
                       String removed, boolean removable) {
    }

    /**
     * The files section of the staff's case page.
     *
     * @param hidden     how many files the user may not see (letters, for those who may not see the citizen)
     * @param mayUpload  whether he may add files
     * @param closedForUploads why he may not, when the case's personal data were erased
     * @param accept     the {@code accept} attribute of the file input
     * @param limits     the limits in words
     */
    public record Section(List<Item> items, int hidden, boolean mayUpload, String closedForUploads, List<Kind> kinds,
                          String accept, String limits, String used) {
    }

    /** A kind the upload form offers. */
    public record Kind(String code, String title) {
    }

    /** The files section of the case page for the current user, who may read the case. */
    @Transactional(readOnly = true)
    public Section section(Case c) {
        List<AttachmentStore.Row> rows = store.ofCase(c.getId());
        List<Item> items = rows.stream().filter(r -> visible(c, r.kind())).map(r -> item(c, r)).toList();
        AttachmentProperties limits = checks.limits();
        boolean anonymised = store.anonymised(c.getId());
        long used = rows.stream().filter(r -> !r.removed()).mapToLong(AttachmentStore.Row::size).sum();
        String accept = Arrays.stream(FileType.values()).filter(limits.allowedTypes()::contains)
                .flatMap(t -> t.extensions().stream()).map(e -> "." + e).collect(Collectors.joining(","));
        return new Section(items, (int) rows.stream().filter(r -> !r.removed() && !visible(c, r.kind())).count(), access.canChange(c) && !anonymised,
                anonymised ? "Персональные данные дела удалены по сроку хранения вместе с его файлами." : null,
                Arrays.stream(AttachmentKind.values()).map(k -> new Kind(k.name(), k.titleFor(c.getChannel()))).toList(), accept,
                FileType.names(limits.allowedTypes()) + "; до " + Sizes.human(limits.maxFileSize().toBytes()) + " на файл, до "
                        + Sizes.human(limits.maxCaseSize().toBytes()) + " на дело",
                Sizes.human(used));
    }

    /**
     * Erases every file of the case: the retention job's step when the case's personal data go,
     * in its transaction. Returns how many.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int eraseOf(long caseId) {
        return store.deleteOfCase(caseId);
    }

    private boolean visible(Case c, AttachmentKind kind) {
        return !kind.personal() || access.canSeePersonalData(c);
    }

    private Item item(Case c, AttachmentStore.Row r) {
        return new Item(r.id(), r.kind().name(), r.kind().titleFor(c.getChannel()), r.fileName(), r.type().name(), r.type().mediaType(), r.size(),
                Sizes.human(r.size()), r.sha256(), TermText.format(r.uploadedAt()), who(r.uploadedBy()),
                r.removed() ? null : "/cases/" + c.getNumber() + "/files/" + r.id(), r.type().inline(),
                r.removed() ? "удалён " + TermText.format(r.removedAt()) + ", " + who(r.removedBy()) : null,
                removable(c, r, currentUser()));
    }

    /** Only a person's own upload, on a case he may still act on; never what came with the filing (an integration's token, the system). */
    private boolean removable(Case c, AttachmentStore.Row r, String by) {
        String uploader = r.uploadedBy();
        return !r.removed() && uploader != null && !uploader.startsWith("token:") && !"system".equals(uploader)
                && uploader.equals(by) && access.canChange(c) && !store.anonymised(c.getId());
    }

    private String who(String login) {
        if (login == null || login.isBlank()) {
            return "Система";
        }
        if (login.startsWith("token:")) {
            return "Интеграция «" + login.substring("token:".length()) + "»";
        }
        return staff.nameOf(login);
    }

    private static String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication.getName() == null ? "system" : authentication.getName();
    }
}
