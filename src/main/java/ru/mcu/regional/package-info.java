/**
 * The register of the regional ЦУР's requests for materials (Regulation 3.2.3.4): when a request
 * came, its term (a number of working days on the production calendar, or a date entered), who
 * answers it (a department or a person), the answer, its date and the files; status «в работе»,
 * «просрочен», «отвечен». Page {@code /analytics/regional/requests}, API
 * {@code /api/regional/requests}; every change is written to the audit log. Open to the head of
 * the МЦУ, the ПОС and «Инцидент Менеджмент» coordinators and administrators ({@link ru.mcu.regional.RegionalRoles}).
 */
package ru.mcu.regional;
