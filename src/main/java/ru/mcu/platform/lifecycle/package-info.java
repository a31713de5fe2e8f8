/** How the application ends: a requested stop closes everything and exits with status 0. */
package ru.mcu.platform.lifecycle;
