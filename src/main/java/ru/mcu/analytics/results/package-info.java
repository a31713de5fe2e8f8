/**
 * The monthly report of appeals by result type as ССТУ.РФ counts them («поддержано», «в т.ч.
 * меры приняты», «разъяснено», «не поддержано», «дан ответ автору», «оставлено без ответа»,
 * «направлено по компетенции»), per responsible recipient, with the answers on additional
 * control: page {@code /analytics/results}, CSV {@code /analytics/results.csv}.
 */
package ru.mcu.analytics.results;
