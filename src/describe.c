/*
 * describe.c: a refused date's reason in words, for messages: "day 30
 * out of range 1..29 (2023 is not a leap year)".  What was wrong is
 * decided by the boundary (parse.c, informat.c, validate.c) as a
 * struct cal_error; this file only says it.
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "describe.h"
#include "format.h"

/* Names of the three fields in each shape of date. */
static const char *const field_names[][3] = {
	[CAL_SHAPE_YMD] =	{ "year", "month", "day" },
	[CAL_SHAPE_WEEK] =	{ "year", "week", "weekday" },
	[CAL_SHAPE_ORDINAL] =	{ "year", "month", "day of year" },
	[CAL_SHAPE_COUNT] =	{ "day number", "month", "day" },
	[CAL_SHAPE_ERA] =	{ "year", "month", "day" },
	[CAL_SHAPE_LONG_COUNT] = { "baktun", "katun", "day of the katun" },
	[CAL_SHAPE_SEASON] =	{ "year", "season", "day of the season" },
	[CAL_SHAPE_CYCLE] =	{ "cycle", "month", "day" },
};

static const char *const weekdays[7] = {
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
	"Saturday"
};

static const char *const expected[] = {
	[CAL_SHAPE_YMD] =	"YYYY-MM-DD",
	[CAL_SHAPE_WEEK] =	"YYYY-Www-D",
	[CAL_SHAPE_ORDINAL] =	"YYYY-DDD",
	[CAL_SHAPE_COUNT] =	"a whole number of days",
	[CAL_SHAPE_ERA] =	"EY-MM-DD",
	[CAL_SHAPE_LONG_COUNT] = "baktun.katun.tun.uinal.kin, as 13.0.0.0.0",
	[CAL_SHAPE_SEASON] =	"YYYY-Sww-D",
	[CAL_SHAPE_CYCLE] =	"nothing: this calendar is written, not read",
};

/* The name of era e of cal (English), or its letter, or "?". */
static const char *
era_name(const struct calendar *cal, int64_t e, char *buf, size_t size)
{
	const struct cal_nameset *set = cal->names != NULL ?
	    names_set(cal->names) : NULL;
	int64_t k = e - cal->era_first;

	if (set != NULL && e >= 0 && e < set->neras &&
	    set->langs[0].era_wide != NULL)
		return set->langs[0].era_wide[e];
	if (cal->era_letters != NULL && k >= 0 &&
	    k < (int64_t)strlen(cal->era_letters)) {
		snprintf(buf, size, "%c", cal->era_letters[k]);
		return buf;
	}
	return "?";
}

/*
 * What a default notation looks like, into buf: for an era notation,
 * with the calendar's era letters ("EY-MM-DD, E one of M T S H R").
 */
static const char *
expected_text(const struct calendar *cal, char *buf, size_t size)
{
	size_t i, n;

	if (cal->shape == CAL_SHAPE_YMD && cal->repeated != NULL)
		return "YYYY-MM-DD, YYYY-MML-DD in a leap month, or "
		    "YYYY-MM-DDL on a leap day";
	if (cal->shape == CAL_SHAPE_YMD && cal->leap_months)
		return "YYYY-MM-DD, or YYYY-MML-DD in a leap month";
	if (cal->shape == CAL_SHAPE_SEASON && cal->season_letters != NULL) {
		snprintf(buf, size, "YYYY-Sww-D, S the season (%c or %c), ww "
		    "its week, D the weekday 1..7", cal->season_letters[0],
		    cal->season_letters[1]);
		return buf;
	}
	if (cal->shape != CAL_SHAPE_ERA || cal->era_letters == NULL)
		return expected[cal->shape];
	n = (size_t)snprintf(buf, size, "EY-MM-DD, E an era (");
	for (i = 0; cal->era_letters[i] != '\0' && n + 8 < size; i++)
		n += (size_t)snprintf(buf + n, size - n, "%s%c",
		    i == 0 ? "" : cal->era_letters[i + 1] == '\0' ? " or " :
		    ", ", cal->era_letters[i]);
	snprintf(buf + n, size - n, ") and Y its year");
	return buf;
}

/*
 * A year near y whose leap status differs, to tell whether a field's
 * range depends on it.  Returns 0 when there is none within reach.
 */
static int
other_year(const struct calendar *cal, int64_t y, int64_t *y2)
{
	int k;
	int leap = cal->is_leap(y);

	for (k = 1; k <= 64; k++) {
		if (y + k <= cal->max_year && cal->is_leap(y + k) != leap) {
			*y2 = y + k;
			return 1;
		}
		if (y - k >= cal->min_year && cal->is_leap(y - k) != leap) {
			*y2 = y - k;
			return 1;
		}
	}
	return 0;
}

/*
 * The parenthesis that explains a range the year's leap status set:
 * " (2023 is not a leap year)", or for weeks " (2023 has 52 weeks)".
 */
static void
leap_note(const struct calendar *cal, const struct cal_error *e,
    char *buf, size_t size)
{
	int64_t y2;
	int differs;

	buf[0] = '\0';
	/* Only a year the calendar has can be compared with another. */
	if (cal->is_leap == NULL || e->year < cal->min_year ||
	    e->year > cal->max_year || !other_year(cal, e->year, &y2))
		return;
	if (e->code == CAL_EMONTH)
		differs = cal->months_in_year(y2) != e->hi;
	else
		differs = e->month <= cal->months_in_year(y2) &&
		    cal->days_in_month(y2, e->month, 0) != e->hi;
	if (!differs)
		return;
	if (cal->shape == CAL_SHAPE_WEEK)
		snprintf(buf, size, " (%" PRId64 " has %" PRId64 " weeks)",
		    e->year, e->hi);
	else
		snprintf(buf, size, " (%" PRId64 " is %sa leap year)", e->year,
		    cal->is_leap(e->year) ? "" : "not ");
}

/*
 * "4661 is year 41 (jia-chen) of cycle 78, not year 40": what the year
 * read is in its cycle, and the place in it that was read instead.
 */
static void
cycle_note(const struct calendar *cal, const struct cal_error *e, char *buf,
    size_t size)
{
	const struct cal_nameset *set = cal->names != NULL ?
	    names_set(cal->names) : NULL;
	const char *sb = "";
	char got[64] = "";
	int64_t pos, cycle = cal_cycle(cal, e->year, &pos);
	int n = 0;

	if (set != NULL && set->langs[0].cyclic_year != NULL)
		sb = set->langs[0].cyclic_year[pos - 1];
	if (e->known)
		n = snprintf(got, sizeof(got), "year %" PRId64, e->value);
	if (e->lo)
		snprintf(got + n, sizeof(got) - (size_t)n, "%scycle %" PRId64,
		    e->known ? " of " : "", e->hi);
	snprintf(buf, size, "%" PRId64 " is year %" PRId64 "%s%s%s of cycle %"
	    PRId64 ", not %s", e->year, pos, *sb != '\0' ? " (" : "", sb,
	    *sb != '\0' ? ")" : "", cycle, got);
}

/* A year, month or day out of its range, with the leap-year reason. */
static void
field_text(const struct calendar *cal, const struct cal_error *e, char *buf,
    size_t size)
{
	const char *const *names = field_names[cal->shape];
	const char *name;
	char note[64];

	name = e->field != NULL ? e->field : names[e->code - CAL_EYEAR];
	note[0] = '\0';
	/* A place the parser checked has no leap-year reason. */
	if (e->code != CAL_EYEAR && e->field == NULL)
		leap_note(cal, e, note, sizeof(note));
	if (e->known)
		snprintf(buf, size, "%s %" PRId64 " out of range %" PRId64
		    "..%" PRId64 "%s", name, e->value, e->lo, e->hi, note);
	else
		snprintf(buf, size, "%s out of range %" PRId64 "..%" PRId64
		    "%s", name, e->lo, e->hi, note);
}

/* A leap month the year does not have, or a month it leaves out. */
static void
leap_month_text(const struct calendar *cal, const struct cal_error *e,
    char *buf, size_t size)
{
	int m, n = cal->months_in_year(e->year);

	/* A month number the year leaves out (kshaya). */
	if (cal->days_in_month(e->year, (int)e->value, 0) == 0) {
		snprintf(buf, size, "%" PRId64 " has no month %" PRId64
		    ": the sun passed through a whole sign within one "
		    "lunar month", e->year, e->value);
		return;
	}
	for (m = 1; m <= n; m++)
		if (cal->days_in_month(e->year, m, CAL_FLAG_LEAP_MONTH) != 0)
			break;
	if (m <= n)
		snprintf(buf, size, "%" PRId64 " has no leap month %" PRId64
		    " (its leap month is %dL)", e->year, e->value, m);
	else
		snprintf(buf, size, "%" PRId64 " has no leap month", e->year);
}

char *
cal_describe(const struct calendar *cal, const struct cal_error *e,
    char *buf, size_t size)
{
	char lo[FMT_DATE_MAX], hi[FMT_DATE_MAX], ex[128], era[64];
	struct cal_date d;

	/* A year of an era cannot be named: give the range as dates. */
	if (e->code == CAL_EYEAR && cal->shape == CAL_SHAPE_ERA) {
		struct cal_error r = *e;

		r.code = CAL_ERANGE;
		return cal_describe(cal, &r, buf, size);
	}
	switch (e->code) {
	case CAL_ESYNTAX:
		snprintf(buf, size, "expected %s", expected_text(cal, ex,
		    sizeof(ex)));
		break;
	case CAL_EERA:
		cal_from_fixed(cal, e->hi, &d);
		lo[fmt_default(cal, &d, lo)] = '\0';
		snprintf(buf, size, e->value < e->lo ? "the %s era had ended "
		    "by then: the date is %s" : "the %s era had not begun: "
		    "the date is %s", era_name(cal, e->value, era, sizeof(era)),
		    lo);
		break;
	case CAL_EYEAR:
	case CAL_EMONTH:
	case CAL_EDAY:
		field_text(cal, e, buf, size);
		break;
	case CAL_ERANGE:
		cal_from_fixed(cal, cal_rd_min(cal), &d);
		lo[fmt_default(cal, &d, lo)] = '\0';
		cal_from_fixed(cal, cal_rd_max(cal), &d);
		hi[fmt_default(cal, &d, hi)] = '\0';
		snprintf(buf, size, "outside the supported range %s..%s",
		    lo, hi);
		break;
	case CAL_EFLAGS:
		snprintf(buf, size, "%s has no leap %s", cal->id,
		    (e->value & CAL_FLAG_LEAP_DAY) && cal->repeated == NULL ?
		    "days" : "months");
		break;
	case CAL_ELEAP:
		leap_month_text(cal, e, buf, size);
		break;
	case CAL_ESKIPPED:
		snprintf(buf, size, "month %d%s of %" PRId64 " has no day %"
		    PRId64 ": that lunar day began and ended between two "
		    "sunrises", e->month, e->lo != 0 ? "L" : "", e->year,
		    e->value);
		break;
	case CAL_ELEAPDAY:
		snprintf(buf, size, "month %d%s of %" PRId64 " has no leap day %"
		    PRId64 ": only one sunrise fell in that lunar day",
		    e->month, e->lo != 0 ? "L" : "", e->year, e->value);
		break;
	case CAL_ECYCLE:
		cycle_note(cal, e, buf, size);
		break;
	case CAL_EUTF8:
		snprintf(buf, size, "invalid UTF-8 at byte %zu", e->offset + 1);
		break;
	case CAL_EFORMAT:
		if (e->expect != NULL)
			snprintf(buf, size, "does not match the input format "
			    "'%s'", e->expect);
		else
			snprintf(buf, size, "matches none of the input "
			    "formats");
		break;
	case CAL_EWEEKDAY:
		snprintf(buf, size, "the date is a %s, not a %s",
		    weekdays[e->lo % 7], weekdays[e->value % 7]);
		break;
	case CAL_ENOMONTH:
		snprintf(buf, size, "year %" PRId64 " has no such month",
		    e->year);
		break;
	case CAL_EWORD:
		snprintf(buf, size, "expected %s, or today, yesterday or "
		    "tomorrow", expected_text(cal, ex, sizeof(ex)));
		break;
	case CAL_OK:
	case CAL_ERR_MAX:
	default:
		snprintf(buf, size, "no error");
		break;
	}
	return buf;
}
