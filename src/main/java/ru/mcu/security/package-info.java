/**
 * Access control and personal data, configured once for every surface (docs/security.md):
 * authentication of staff against the engine's users and of integrations by channel tokens
 * ({@code token}), the engine's authorizations per group ({@code engine}), the rule of which
 * cases a user reads, changes and files and whether he sees the citizen's data
 * ({@link ru.mcu.security.CaseAccessPolicy}, behind the case module's port), the audit log
 * ({@code audit}), retention ({@code retention}), the public page's guessing limit and the
 * hardening of pages and APIs.
 */
package ru.mcu.security;
