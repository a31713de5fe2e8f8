package ru.mcu.cases.web;

import java.time.Clock;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import ru.mcu.cases.Case;
import ru.mcu.cases.CaseAccess;
import ru.mcu.cases.CaseNotFoundException;
import ru.mcu.cases.CaseQueries;
import ru.mcu.directory.Directory;

/**
 * Cases as the API shows them to the current user: a case he may not read is not found (the
 * answer does not tell it exists), the citizen's data only to those handling the case, and
 * every such showing is recorded in the audit log.
 */
@Component
class CaseViews {

    static final String SURFACE = "API";

    private final CaseQueries cases;
    private final CaseAccess access;
    private final Directory directory;
    private final Clock clock;

    CaseViews(CaseQueries cases, CaseAccess access, Directory directory, Clock clock) {
        this.cases = cases;
        this.access = access;
        this.directory = directory;
        this.clock = clock;
    }

    /** The case if the current user may read it, else {@link CaseNotFoundException}. */
    Case readable(String number) {
        Case c = cases.get(number);
        if (!access.canRead(c)) {
            throw new CaseNotFoundException(number);
        }
        return c;
    }

    /** Whether the case exists and the current user may read it. */
    boolean isReadable(String number) {
        try {
            readable(number);
            return true;
        } catch (CaseNotFoundException e) {
            return false;
        }
    }

    /** Refuses with 404 a case the user may not read, with 403 one he may read but not change. */
    void requireChangeable(String number) {
        if (!access.canChange(readable(number))) {
            throw new AccessDeniedException("No right to change case " + number);
        }
    }

    /** The case in full, with the citizen's data when the user handles it. */
    CaseView show(String number, boolean withHistory) {
        Case c = readable(number);
        CaseView view = CaseView.of(c, directory, withHistory, clock.instant());
        if (!access.canSeePersonalData(c)) {
            return view.withoutPersonalData();
        }
        access.personalDataShown(c, SURFACE);
        return view;
    }

    /** A line of a list: never the citizen's data, which a reader gets by opening the case. */
    CaseView listed(Case c) {
        return CaseView.of(c, directory, false, clock.instant()).withoutPersonalData();
    }
}
