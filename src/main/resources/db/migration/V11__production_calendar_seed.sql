-- 2025 and 2026 from the Government's decrees (domain brief §4). Only the days that differ from
-- the weekday rule are listed; holidays that fall on a weekend need no row.

insert into calendar_year (year, status, source, updated_at, updated_by) values
(2025, 'CONFIRMED', 'Постановление Правительства РФ от 04.10.2024 № 1335 «О переносе выходных дней в 2025 году»', now(), 'system'),
(2026, 'CONFIRMED', 'Постановление Правительства РФ от 24.09.2025 № 1466 «О переносе выходных дней в 2026 году»', now(), 'system');

-- 2025, ПП РФ № 1335: non-working 1–8 Jan, 22–23 Feb, 8–9 Mar, 1–4 May, 8–11 May, 12–15 Jun,
-- 2–4 Nov, 31 Dec; Saturday 1 November is a working day.
-- The brief's list names no shortened days for 2025. They are derived by ст. 95 ТК РФ (the
-- working day right before a holiday is one hour shorter): 7 Mar, 30 Apr, 11 Jun; and the
-- working Saturday 1 Nov, which works in place of Monday 3 Nov, the day before 4 Nov. Checked
-- against the published 2025 calendar: shortened 7 Mar, 30 Apr, 11 Jun, 1 Nov; 247 working days.
insert into calendar_day (date, year, kind, note) values
('2025-01-01', 2025, 'NON_WORKING', 'Новогодние каникулы'),
('2025-01-02', 2025, 'NON_WORKING', 'Новогодние каникулы'),
('2025-01-03', 2025, 'NON_WORKING', 'Новогодние каникулы'),
('2025-01-06', 2025, 'NON_WORKING', 'Новогодние каникулы'),
('2025-01-07', 2025, 'NON_WORKING', 'Рождество Христово'),
('2025-01-08', 2025, 'NON_WORKING', 'Новогодние каникулы'),
('2025-03-07', 2025, 'SHORTENED',   'Предпраздничный день, на час короче'),
('2025-04-30', 2025, 'SHORTENED',   'Предпраздничный день, на час короче'),
('2025-05-01', 2025, 'NON_WORKING', 'Праздник Весны и Труда'),
('2025-05-02', 2025, 'NON_WORKING', 'Выходной перенесён с субботы 4 января'),
('2025-05-08', 2025, 'NON_WORKING', 'Выходной перенесён с воскресенья 23 февраля'),
('2025-05-09', 2025, 'NON_WORKING', 'День Победы'),
('2025-06-11', 2025, 'SHORTENED',   'Предпраздничный день, на час короче'),
('2025-06-12', 2025, 'NON_WORKING', 'День России'),
('2025-06-13', 2025, 'NON_WORKING', 'Выходной перенесён с субботы 8 марта'),
('2025-11-01', 2025, 'SHORTENED',   'Рабочая суббота (выходной перенесён на 3 ноября), предпраздничный день'),
('2025-11-03', 2025, 'NON_WORKING', 'Выходной перенесён с субботы 1 ноября'),
('2025-11-04', 2025, 'NON_WORKING', 'День народного единства'),
('2025-12-31', 2025, 'NON_WORKING', 'Выходной перенесён с воскресенья 5 января');

-- 2026, ПП РФ № 1466: non-working 1–11 Jan, 21–23 Feb, 7–9 Mar, 1–3 May, 9–11 May, 12–14 Jun,
-- 4 Nov, 31 Dec; shortened 30 Apr, 8 May, 11 Jun, 3 Nov. 247 working days.
insert into calendar_day (date, year, kind, note) values
('2026-01-01', 2026, 'NON_WORKING', 'Новогодние каникулы'),
('2026-01-02', 2026, 'NON_WORKING', 'Новогодние каникулы'),
('2026-01-05', 2026, 'NON_WORKING', 'Новогодние каникулы'),
('2026-01-06', 2026, 'NON_WORKING', 'Новогодние каникулы'),
('2026-01-07', 2026, 'NON_WORKING', 'Рождество Христово'),
('2026-01-08', 2026, 'NON_WORKING', 'Новогодние каникулы'),
('2026-01-09', 2026, 'NON_WORKING', 'Выходной перенесён с субботы 3 января'),
('2026-02-23', 2026, 'NON_WORKING', 'День защитника Отечества'),
('2026-03-09', 2026, 'NON_WORKING', 'Выходной перенесён с воскресенья 8 марта'),
('2026-04-30', 2026, 'SHORTENED',   'Предпраздничный день, на час короче'),
('2026-05-01', 2026, 'NON_WORKING', 'Праздник Весны и Труда'),
('2026-05-08', 2026, 'SHORTENED',   'Предпраздничный день, на час короче'),
('2026-05-11', 2026, 'NON_WORKING', 'Выходной перенесён с субботы 9 мая'),
('2026-06-11', 2026, 'SHORTENED',   'Предпраздничный день, на час короче'),
('2026-06-12', 2026, 'NON_WORKING', 'День России'),
('2026-11-03', 2026, 'SHORTENED',   'Предпраздничный день, на час короче'),
('2026-11-04', 2026, 'NON_WORKING', 'День народного единства'),
('2026-12-31', 2026, 'NON_WORKING', 'Выходной перенесён с воскресенья 4 января');
