/*
 * infields.c: the day that the fields an --input-format read name.
 * Fields may name it more than once (a weekday, an ISO week date, a
 * day of the year beside a month and day): what else was read must
 * agree with the day.
 */
#include "fixed.h"
#include "infields.h"

enum cal_err
infields_range(const struct calendar *cal, int64_t rd, struct cal_error *e)
{
	e->value = rd;
	e->lo = cal_rd_min(cal);
	e->hi = cal_rd_max(cal);
	return e->code = CAL_ERANGE;
}

/*
 * The fixed day of the ISO week date w read by -p (%G, %V, %u), or the
 * error, its field named as ISO 8601's: the message names the source
 * calendar, whose own fields these are not.
 */
static enum cal_err
iso_week_fixed(const struct cal_date *w, int64_t *rd, struct cal_error *e)
{
	static const char *const fields[] = {
		"ISO week-numbering year", "ISO week", "ISO weekday",
	};

	if (cal_validate(&cal_iso_week, w, rd, e) == CAL_OK)
		return CAL_OK;
	if (e->code >= CAL_EYEAR && e->code <= CAL_EDAY)
		e->field = fields[e->code - CAL_EYEAR];
	return e->code;
}

/*
 * The day of a whole ISO week date read by -p, when nothing else names
 * it; every other field read must agree with that day.
 */
static enum cal_err
by_iso_week(const struct calendar *cal, const struct cal_nameset *set,
    const struct infields *f, int64_t *rd, struct cal_error *e)
{
	struct cal_date w = { f->isoyear, f->isoweek, f->isoday, 0 }, d;
	int64_t yoe = 0;
	int era, slot, leap;

	if (iso_week_fixed(&w, rd, e) != CAL_OK)
		return e->code;
	if (!cal_holds(cal, *rd))
		return infields_range(cal, *rd, e);
	cal_from_fixed(cal, *rd, &d);
	leap = (d.flags & CAL_FLAG_LEAP_MONTH) != 0;
	slot = cal->month_slot != NULL ?
	    cal->month_slot(d.year, d.month, d.flags) : d.month;
	era = cal_era(cal, set != NULL ? set->neras : 0, &d, &yoe);
	if (cal->year_cycle != 0 && (f->has_cycle || f->has_yic)) {
		int64_t pos, cycle = cal_cycle(cal, d.year, &pos);

		if ((f->has_cycle && cycle != f->cycle) ||
		    (f->has_yic && pos != f->yic))
			goto differs;
	}
	if ((f->has_year && d.year != f->year) ||
	    (!f->has_year && f->has_yoe && yoe != f->yoe) ||
	    (f->era >= 0 && era != f->era) ||
	    (f->day != 0 && d.day != f->day) ||
	    (f->slot != 0 && slot != f->slot) ||
	    (f->slot == 0 && f->month != 0 &&
	    (d.month != f->month || leap != (f->leap != 0))))
		goto differs;
	if (f->has_doy) {
		/* The day of the year counts from its first (leap) month. */
		struct cal_date first = { d.year, 1, 1, 0 };

		if (cal->leap_months && cal->days_in_month(d.year, 1,
		    CAL_FLAG_LEAP_MONTH) != 0)
			first.flags = CAL_FLAG_LEAP_MONTH;
		if (*rd - cal_to_fixed(cal, &first) + 1 != f->doy)
			goto differs;
	}
	e->code = CAL_OK;
	return CAL_OK;
differs:
	e->code = CAL_EFORMAT;
	return CAL_EFORMAT;
}

/*
 * The year named by its place in the cycle (f->yic) and the cycle
 * (f->cycle), or checked against them when the text gave the year too;
 * without the cycle or the year, the year of that place nearest this
 * year, from half a cycle before it to just under half after, as %y
 * takes the nearest century.  0 or a cal_err.
 */
static enum cal_err
by_cycle(const struct calendar *cal, struct infields *f, int64_t today,
    struct cal_error *e)
{
	int64_t n = cal->year_cycle, pos, cycle, c;
	struct cal_date now;

	if (f->has_yic && (f->yic < 1 || f->yic > n)) {
		e->code = CAL_EYEAR;
		e->known = 1;
		e->field = "year of the cycle";
		e->value = f->yic;
		e->lo = 1;
		e->hi = n;
		return CAL_EYEAR;
	}
	if (f->has_year) {
		if (f->year < cal->min_year || f->year > cal->max_year)
			return CAL_OK;	/* cal_validate() says so */
		cycle = cal_cycle(cal, f->year, &pos);
		if ((f->has_yic && pos != f->yic) ||
		    (f->has_cycle && cycle != f->cycle)) {
			e->code = CAL_ECYCLE;
			e->year = f->year;
			e->known = f->has_yic;
			e->value = f->yic;
			e->lo = f->has_cycle;
			e->hi = f->cycle;
			return CAL_ECYCLE;
		}
		return CAL_OK;
	}
	if (!f->has_yic)
		return CAL_OK;		/* a cycle alone names no year */
	if (f->has_cycle) {
		/* read_number keeps the cycle below 10^16: no overflow. */
		f->year = fx_cycle_year(f->cycle, f->yic, n) - cal->cycle_offset;
		f->has_year = 1;
		return CAL_OK;
	}
	/* A whole ISO week date names the year: by_iso_week checks it. */
	if (f->has_iso && f->isoweek != 0 && f->isoday != 0)
		return CAL_OK;
	if (!cal_holds(cal, today))
		today = today < cal_rd_min(cal) ? cal_rd_min(cal) :
		    cal_rd_max(cal);
	cal_from_fixed(cal, today, &now);
	c = now.year + cal->cycle_offset;
	c -= fx_mod(c - f->yic, n);
	if (now.year + cal->cycle_offset - c > n / 2)
		c += n;
	f->year = c - cal->cycle_offset;
	f->has_year = 1;
	return CAL_OK;
}

/* A Julian Day Number: the day, in the source calendar's own range. */
static enum cal_err
by_jdn(const struct calendar *cal, const struct infields *f, int64_t *rd,
    struct cal_error *e)
{
	*rd = f->jdn - FX_JDN_OFFSET;
	if (*rd < CAL_RD_MIN || *rd > CAL_RD_MAX || !cal_holds(cal, *rd))
		return infields_range(cal, *rd, e);
	return CAL_OK;
}

/*
 * An ISO week date without its week or its day, and no year of the
 * calendar: the week's first day, or the year's.
 */
static enum cal_err
by_part_iso_week(const struct calendar *cal, const struct infields *f,
    int64_t *rd, struct cal_error *e)
{
	struct cal_date w = { f->isoyear, f->isoweek, 1, 0 };

	if (f->isoday != 0)
		w.day = f->isoday;
	if (iso_week_fixed(&w, rd, e) != CAL_OK)
		return e->code;
	if (!cal_holds(cal, *rd))
		return infields_range(cal, *rd, e);
	return CAL_OK;
}

/* The year that a year of an era or two digits of it name, if any. */
static void
full_year(const struct calendar *cal, const struct cal_nameset *set,
    struct infields *f, int64_t today)
{
	struct cal_date now;
	int64_t y;

	/* An era counts only with a year of that era. */
	if (f->era >= 0 && f->has_yoe && !f->has_year &&
	    (set != NULL || cal->era_year != NULL)) {
		if (cal->era_year != NULL)
			f->year = cal->era_year(f->era, f->yoe);
		else if (set->neras >= 2 && f->era == 0)
			f->year = 1 - f->yoe;
		else
			f->year = f->yoe;
		f->has_year = 1;
	}
	if (!f->has_yy || f->has_year)
		return;
	/*
	 * Two digits: the year nearest to this year in cal.  A calendar
	 * that has no today counts from its range's end.
	 */
	if (!cal_holds(cal, today))
		today = today < cal_rd_min(cal) ? cal_rd_min(cal) :
		    cal_rd_max(cal);
	cal_from_fixed(cal, today, &now);
	y = now.year - fx_mod(now.year - f->yy, 100);
	if (now.year - y > 50)
		y += 100;
	f->year = y;
	f->has_year = 1;
}

/*
 * The first day of d->year, and month and day 1 in *d: of its leap
 * month 1 when leap_first and the year has one (d's flags say so).
 */
static int64_t
year_start(const struct calendar *cal, struct cal_date *d, int leap_first)
{
	d->month = d->day = 1;
	d->flags = 0;
	if (leap_first && cal->days_in_month(d->year, 1,
	    CAL_FLAG_LEAP_MONTH) != 0)
		d->flags = CAL_FLAG_LEAP_MONTH;
	return cal_to_fixed(cal, d);
}

/*
 * The day of the year f->doy of f->year into *d (its fixed day in *rd).
 * Count from the year's first day (a leap month 1 comes first), even
 * where that day lies before the supported range or is a skipped day,
 * then check the day itself.  No year is longer than 400 days, but a
 * baktun, the long count's "year", has 144000.
 */
static enum cal_err
by_day_of_year(const struct calendar *cal, const struct infields *f,
    struct cal_date *d, int64_t *rd, struct cal_error *e)
{
	int64_t doy_max = cal->shape == CAL_SHAPE_LONG_COUNT ? 144000 : 400;
	struct cal_date next = { f->year + 1, 1, 1, 0 };
	int64_t first;

	d->month = d->day = 1;
	if (d->year < cal->min_year || d->year > cal->max_year) {
		cal_validate(cal, d, rd, e);
		return e->code;
	}
	*rd = first = year_start(cal, d, cal->leap_months &&
	    !cal->leap_follows);
	/* doy is below 10^16 (read_number saturates): no overflow. */
	if (f->doy >= 1 && f->doy <= doy_max &&
	    !cal_holds(cal, first + f->doy - 1))
		return infields_range(cal, first + f->doy - 1, e);
	if (f->doy >= 1 && f->doy <= doy_max)
		cal_from_fixed(cal, first + f->doy - 1, d);
	else
		d->year = f->year + 1;	/* no such day: refused below */
	if (f->doy >= 1 && d->year == f->year)
		return CAL_OK;
	e->code = CAL_EDAY;
	e->known = 1;
	e->field = "day of the year";
	e->value = f->doy;
	e->lo = 1;
	e->hi = doy_max == 400 ? 366 : doy_max;
	/* The year's own length, when the next year is one. */
	if (f->year < cal->max_year)
		e->hi = year_start(cal, &next, cal->leap_months) - first;
	return CAL_EDAY;
}

/* The day f names, before its weekday is checked. */
static enum cal_err
fixed_day(const struct calendar *cal, const struct cal_nameset *set,
    struct infields *f, int64_t today, int64_t *rd, struct cal_error *e)
{
	struct cal_date d = { 0, 1, 1, 0 };

	if (f->has_jdn)
		return by_jdn(cal, f, rd, e);
	/* Unless it is whole and other fields must agree with it (below). */
	if (f->has_iso && !f->has_year && !f->has_yoe && !f->has_yy &&
	    !f->has_yic && !f->has_cycle &&
	    (f->isoweek == 0 || f->isoday == 0))
		return by_part_iso_week(cal, f, rd, e);
	full_year(cal, set, f, today);
	if (cal->year_cycle != 0 && by_cycle(cal, f, today, e) != CAL_OK)
		return e->code;
	/*
	 * A whole ISO week date names the day; what else was read must be
	 * that day's.
	 */
	if (f->has_iso && f->isoweek != 0 && f->isoday != 0)
		return by_iso_week(cal, set, f, rd, e);
	if (!f->has_year)
		return e->code = CAL_EFORMAT;
	d.year = f->year;
	if (f->slot != 0) {
		f->month = cal->slot_month != NULL && d.year >= cal->min_year &&
		    d.year <= cal->max_year ?
		    cal->slot_month(d.year, f->slot) : f->slot;
		if (f->month == 0) {
			e->year = d.year;
			return e->code = CAL_ENOMONTH;
		}
	}
	if (f->has_doy) {
		if (by_day_of_year(cal, f, &d, rd, e) != CAL_OK)
			return e->code;
	} else {
		d.month = f->month != 0 ? f->month : 1;
		d.day = f->day != 0 ? f->day : 1;
	}
	/* An era notation's date must be in the era the text named. */
	if (f->era >= 0 && cal->era_letters != NULL)
		d.flags |= CAL_FLAG_ERA(f->era);
	if (f->leap && !f->has_doy)
		d.flags |= CAL_FLAG_LEAP_MONTH;
	if (f->leapday && !f->has_doy)
		d.flags |= CAL_FLAG_LEAP_DAY;
	if (cal_validate(cal, &d, rd, e) != CAL_OK)
		return e->code;
	return CAL_OK;
}

enum cal_err
infields_date(const struct calendar *cal, const struct cal_nameset *set,
    struct infields *f, int64_t today, int64_t *rd, struct cal_error *e)
{
	if (fixed_day(cal, set, f, today, rd, e) != CAL_OK)
		return e->code;
	if (f->weekday >= 0 && f->weekday != fx_weekday(*rd)) {
		e->code = CAL_EWEEKDAY;
		e->value = f->weekday;
		e->lo = fx_weekday(*rd);
		return CAL_EWEEKDAY;
	}
	e->code = CAL_OK;
	return CAL_OK;
}
