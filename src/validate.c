/*
 * validate.c: fields -> a valid date or a reason, before any arithmetic.
 *
 * This is the only place that decides whether a date exists.  The
 * checks are ordinary code, run in every build; assert() plays no part.
 */
#include "validate.h"

enum cal_err
cal_validate(const struct calendar *cal, const struct cal_date *d,
    int64_t *rd, struct cal_error *e)
{
	int n;

	e->code = CAL_OK;
	e->known = 1;
	e->field = NULL;
	e->year = d->year;
	e->month = d->month;
	if (d->year < cal->min_year || d->year > cal->max_year) {
		e->value = d->year;
		e->lo = cal->min_year;
		e->hi = cal->max_year;
		return e->code = CAL_EYEAR;
	}
	if ((d->flags & ~(CAL_FLAG_ERA_MASK | CAL_FLAG_LEAP_MONTH |
	    CAL_FLAG_LEAP_DAY)) != 0 ||
	    ((d->flags & CAL_FLAG_ERA_MASK) != 0 && cal->era == NULL) ||
	    ((d->flags & CAL_FLAG_LEAP_MONTH) != 0 && !cal->leap_months) ||
	    ((d->flags & CAL_FLAG_LEAP_DAY) != 0 && cal->repeated == NULL)) {
		e->value = d->flags;
		e->lo = e->hi = 0;
		return e->code = CAL_EFLAGS;
	}
	n = cal->months_in_year(d->year);
	if (d->month < 1 || d->month > n) {
		e->value = d->month;
		e->lo = 1;
		e->hi = n;
		return e->code = CAL_EMONTH;
	}
	n = cal->days_in_month(d->year, d->month,
	    d->flags & CAL_FLAG_LEAP_MONTH);
	if (n == 0) {
		/* The facts say the year has no such leap month. */
		e->value = d->month;
		return e->code = CAL_ELEAP;
	}
	if (d->day < 1 || d->day > n) {
		e->value = d->day;
		e->lo = 1;
		e->hi = n;
		return e->code = CAL_EDAY;
	}
	if (cal->skipped != NULL && cal->skipped(d->year, d->month,
	    d->flags & CAL_FLAG_LEAP_MONTH, d->day)) {
		e->value = d->day;
		e->lo = d->flags & CAL_FLAG_LEAP_MONTH;
		return e->code = CAL_ESKIPPED;
	}
	if ((d->flags & CAL_FLAG_LEAP_DAY) && !cal->repeated(d->year,
	    d->month, d->flags & CAL_FLAG_LEAP_MONTH, d->day)) {
		e->value = d->day;
		e->lo = d->flags & CAL_FLAG_LEAP_MONTH;
		return e->code = CAL_ELEAPDAY;
	}
	/* The range's first and last years may be only partly inside it. */
	*rd = cal_to_fixed(cal, d);
	if (!cal_holds(cal, *rd)) {
		e->value = *rd;
		e->lo = cal_rd_min(cal);
		e->hi = cal_rd_max(cal);
		return e->code = CAL_ERANGE;
	}
	if ((d->flags & CAL_FLAG_ERA_MASK) != 0) {
		struct cal_date plain = *d;
		int64_t yoe;
		int era;

		plain.flags &= ~CAL_FLAG_ERA_MASK;
		era = cal->era(&plain, &yoe);
		if (era != CAL_FLAG_ERA_OF(d->flags)) {
			e->value = CAL_FLAG_ERA_OF(d->flags);
			e->lo = era;
			e->hi = *rd;
			return e->code = CAL_EERA;
		}
	}
	return CAL_OK;
}
