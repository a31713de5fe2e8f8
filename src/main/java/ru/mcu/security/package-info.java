/**
 * Authentication and, later, authorization, configured once for every surface: the
 * application's API (HTTP Basic against the engine's users), the engine REST API (the
 * engine's own filter) and the webapps (their own login).
 */
package ru.mcu.security;
