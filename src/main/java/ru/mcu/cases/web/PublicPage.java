package ru.mcu.cases.web;

import org.springframework.stereotype.Component;
import ru.mcu.platform.web.McuContacts;

/**
 * What every public page shows around its content, read by {@code templates/public/layout.html}
 * as the bean {@code publicPage}: the МЦУ's contacts for the footer. A bean rather than a model
 * attribute, so that the error pages and the «too many attempts» page, rendered outside this
 * module's controllers, show the same footer.
 */
@Component("publicPage")
class PublicPage {

    private final McuContacts contacts;

    PublicPage(McuContacts contacts) {
        this.contacts = contacts;
    }

    public McuContacts contacts() {
        return contacts;
    }
}
