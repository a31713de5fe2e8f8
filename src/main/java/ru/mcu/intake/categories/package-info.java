/**
 * The mapping of ПОС categories and subcategories to the rubricator ({@code pos_category_map}):
 * intake looks it up ({@link ru.mcu.intake.categories.PosCategories#rubricFor}), the page
 * «Категории ПОС» ({@code /pos-categories}) lists and edits it, with the pairs still unmapped and
 * how many messages came with each.
 */
package ru.mcu.intake.categories;
