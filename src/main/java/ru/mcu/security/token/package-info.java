/**
 * Tokens of the channels' integrations: issued and revoked by administrators, kept hashed,
 * each good for filing into its own channel only.
 */
package ru.mcu.security.token;
