package ru.mcu.cases.web;

import java.util.List;

/** One page of a list answered by the API. */
public record PageView<T>(List<T> items, int page, int size, long totalItems, int totalPages) {
}
