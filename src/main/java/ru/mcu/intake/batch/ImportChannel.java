package ru.mcu.intake.batch;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.security.core.GrantedAuthority;
import ru.mcu.directory.StaffGroups;
import ru.mcu.intake.AppealRequest;
import ru.mcu.intake.IncidentRequest;
import ru.mcu.intake.PosMessageRequest;

/**
 * What a file holds: 59-ФЗ appeals, ПОС messages or incidents (domain brief §2). Each row
 * follows the channel's API request; who may import depends on the channel.
 */
public enum ImportChannel {

    APPEAL("Обращения (59-ФЗ)", AppealRequest.class),
    POS("Сообщения ПОС", PosMessageRequest.class, StaffGroups.POS_COORDINATORS),
    INCIDENT("Инциденты", IncidentRequest.class, StaffGroups.IM_COORDINATORS);

    /** A {@code @PreAuthorize} expression: the caller may import at least one channel. */
    static final String ANY_IMPORTER = "hasAnyAuthority('GROUP_" + StaffGroups.MCU_REGISTRARS + "', 'GROUP_" + StaffGroups.MCU_HEADS
            + "', 'GROUP_" + StaffGroups.ADMINS + "', 'GROUP_" + StaffGroups.POS_COORDINATORS + "', 'GROUP_" + StaffGroups.IM_COORDINATORS + "')";

    private final String title;
    private final Class<? extends Record> requestType;
    private final Set<String> importers;
    private final Columns columns;

    ImportChannel(String title, Class<? extends Record> requestType, String... ownCoordinators) {
        this.title = title;
        this.requestType = requestType;
        // the МЦУ's registrars and heads and the administrators import every channel
        this.importers = Set.copyOf(Stream.concat(Stream.of(StaffGroups.MCU_REGISTRARS, StaffGroups.MCU_HEADS, StaffGroups.ADMINS),
                Stream.of(ownCoordinators)).toList());
        this.columns = Columns.of(requestType);
    }

    /** Russian name for people. */
    public String title() {
        return title;
    }

    Class<? extends Record> requestType() {
        return requestType;
    }

    Columns columns() {
        return columns;
    }

    /** Whether a caller with these authorities ({@code GROUP_<id>}) may import this channel. */
    boolean mayBeImportedBy(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.startsWith("GROUP_") && importers.contains(a.substring("GROUP_".length())));
    }
}
