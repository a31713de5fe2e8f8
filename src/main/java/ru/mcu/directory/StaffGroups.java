package ru.mcu.directory;

import java.util.LinkedHashMap;
import java.util.Map;

/** The МЦУ's own roles as Camunda groups (domain brief §5); departments add {@code dept-<code>}. */
public final class StaffGroups {

    /** Head of the МЦУ: sees everything, routes, reads the audit. */
    public static final String MCU_HEADS = "mcu-heads";
    /** Registrars of the МЦУ: register appeals and route them. */
    public static final String MCU_REGISTRARS = "mcu-registrars";
    /** Coordinator for ПОС (director of the Department for citizens' appeals). */
    public static final String POS_COORDINATORS = "pos-coordinators";
    /** Coordinator for «Инцидент Менеджмент». */
    public static final String IM_COORDINATORS = "im-coordinators";
    /** The curating vice-mayor: reads all, changes nothing. */
    public static final String CURATORS = "curators";
    /** Routing managers: try changed routing tables on past cases, make them live, roll them back (page /routing). */
    public static final String ROUTING_MANAGERS = "routing-manager";
    /** Camunda administrators (Cockpit, Admin). */
    public static final String ADMINS = "camunda-admin";

    private StaffGroups() {
    }

    /** The МЦУ groups with their Russian names. */
    public static Map<String, String> mcuGroups() {
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put(MCU_HEADS, "Руководство МЦУ");
        groups.put(MCU_REGISTRARS, "Регистраторы МЦУ");
        groups.put(POS_COORDINATORS, "Координаторы ПОС");
        groups.put(IM_COORDINATORS, "Координаторы «Инцидент Менеджмент»");
        groups.put(CURATORS, "Кураторы");
        groups.put(ROUTING_MANAGERS, "Менеджеры маршрутизации");
        return groups;
    }
}
