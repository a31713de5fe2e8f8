/**
 * Outbound adapters: the answers to ПОС messages, the replies to incidents, the answers to
 * appeals that came through ЕПГУ, and the daily feed of aggregates for the regional ЦУР. Each
 * is written into {@code outbound_delivery} in the transaction of the step that causes it
 * ({@link ru.mcu.outbound.OutboundAnswers}, {@link ru.mcu.outbound.RegionFeed}) and sent after
 * the commit by {@link ru.mcu.outbound.OutboundWorker} as JSON over HTTP (at least once, the same
 * {@code Idempotency-Key} on every attempt, backoff on failure). When an adapter has no endpoint
 * configured, its answers wait on the page «Разместить вручную» ({@code /outbound}), where an
 * operator copies each one and records the link it was published under. The contract is in
 * {@code docs/integration.md}.
 */
package ru.mcu.outbound;
