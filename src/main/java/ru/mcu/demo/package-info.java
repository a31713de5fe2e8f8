/**
 * The demo profile (the default run): demo users with the password {@code demo} and a few
 * dozen realistic appeals in various states. Nothing here runs in the {@code prod} profile.
 */
package ru.mcu.demo;
