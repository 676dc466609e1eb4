/*
 * info.h: --info, a year's facts or a month's grid, in any calendar.
 */
#ifndef CALCONV_INFO_H
#define CALCONV_INFO_H

/*
 * Describe "CAL:YEAR" (leap status, days, each month's name, length
 * and Gregorian span, and the year's named days where the calendar
 * has them) or draw "CAL:YEAR-MM" as a month grid starting on
 * the calendar's customary first weekday, in language lang, on stdout.
 * Errors are reported through error.c.
 */
void	run_info(const char *arg, const char *lang, int native_digits);

/*
 * --list: each calendar, its aliases, kind, range and description; on
 * a terminal (tty) as an aligned table with a header, else one
 * tab-separated line each.
 */
void	run_list(int tty);

#endif
