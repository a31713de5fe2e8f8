/**
 * Changing the routing table safely (issue 18): the page «Маршрутизация» ({@code /routing}) and
 * its API, where a routing manager uploads a changed {@code appeal-routing} table, tries it on
 * the past cases of a period ({@link ru.mcu.routing.DryRuns}), makes it live, and rolls back to
 * an earlier version ({@link ru.mcu.routing.RoutingVersions}). See docs/modeler.md.
 */
package ru.mcu.routing;
