package ru.mcu.letters;

import ru.mcu.directory.StaffGroups;

/** Who works the postal queue: the МЦУ's registrars and its head. */
final class LetterRoles {

    /** The rule of the queue's page and API, for {@code @PreAuthorize}. */
    static final String QUEUE = "hasAnyAuthority('GROUP_" + StaffGroups.MCU_REGISTRARS + "', 'GROUP_" + StaffGroups.MCU_HEADS + "')";

    private LetterRoles() {
    }
}
