/*
 * fuzz_engine.c: the arithmetic behind the boundary.
 *
 * Input, little-endian, missing bytes read as 0:
 *   byte  0       calendar index (mod cal_count()); bit 7 set: fold
 *                 the fields into the calendar's range (see below)
 *   bytes 1..8    year   (int64)
 *   bytes 9..12   month  (int32)
 *   bytes 13..16  day    (int32)
 *   bytes 17..20  flags  (uint32)
 * Folding maps the year into min_year..max_year (small values land
 * near the ends of the range), month into 1..months_in_year, day into
 * 1..days_in_month (1 in a month the year leaves out) and clears
 * flags, so most folded inputs are valid
 * dates; unfolded inputs try the checks themselves.
 * Properties, for every date cal_validate() accepts (rd):
 * - rd is in CAL_RD_MIN..CAL_RD_MAX and from_fixed(rd) gives the date
 *   back;
 * - in every calendar, from_fixed(rd) validates and to_fixed() of it
 *   is rd again, and cal_to_fixed() of the date then cal_from_fixed()
 *   in that calendar (the doors convert.c goes through) agree;
 * - the next day (rd + 1, when <= CAL_RD_MAX) compares greater than
 *   rd in every calendar, and the previous day smaller (monotonic);
 * and a refused date can always be described.
 */
#include <string.h>

#include "calendar.h"
#include "describe.h"
#include "validate.h"

#include "fuzz.h"

static uint64_t
le(const uint8_t *data, size_t size, size_t at, int bytes)
{
	uint64_t v = 0;
	int i;

	for (i = bytes - 1; i >= 0; i--)
		v = v << 8 | (at + (size_t)i < size ? data[at + (size_t)i] : 0);
	return v;
}

/*
 * Where month m (leap or not) comes in its year: a leap month comes
 * just before the month of its number, or in calendars with
 * leap_follows (the Chinese) just after it.
 */
static int64_t
month_key(const struct calendar *cal, const struct cal_date *d)
{
	int leap = (d->flags & CAL_FLAG_LEAP_MONTH) != 0;

	return 2 * (int64_t)d->month + (leap ? (cal->leap_follows ? 1 : -1) :
	    0);
}

/* -1, 0 or 1 as a is before, the same as or after b in cal. */
static int
compare(const struct calendar *cal, const struct cal_date *a,
    const struct cal_date *b)
{
	if (a->year != b->year)
		return a->year < b->year ? -1 : 1;
	if (month_key(cal, a) != month_key(cal, b))
		return month_key(cal, a) < month_key(cal, b) ? -1 : 1;
	if (a->day != b->day)
		return a->day < b->day ? -1 : 1;
	/* A leap day ("25L") is the second of two days of its number. */
	if ((a->flags & CAL_FLAG_LEAP_DAY) != (b->flags & CAL_FLAG_LEAP_DAY))
		return a->flags & CAL_FLAG_LEAP_DAY ? 1 : -1;
	return 0;
}

static void
fold(const struct calendar *cal, struct cal_date *d, uint64_t uy,
    uint32_t um, uint32_t ud)
{
	uint64_t span = (uint64_t)(cal->max_year - cal->min_year) + 1;
	int n;

	/* Non-negative: up from min_year; negative: down from max_year. */
	if ((int64_t)uy >= 0)
		d->year = cal->min_year + (int64_t)(uy % span);
	else
		d->year = cal->max_year - (int64_t)(~uy % span);
	n = cal->months_in_year(d->year);
	d->month = (int32_t)(um % (uint32_t)n) + 1;
	n = cal->days_in_month(d->year, d->month, 0);
	/* A Hindu lunar year may leave the month out: day 1, refused. */
	d->day = n > 0 ? (int32_t)(ud % (uint32_t)n) + 1 : 1;
	d->flags = 0;
}

static void
check_day(const struct calendar *cal, int64_t rd, const struct cal_date *d)
{
	const struct calendar *const *t = cal_table();
	struct cal_date here, next, conv;
	struct cal_error e;
	int64_t rd2;
	int k;

	for (k = 0; k < cal_count(); k++) {
		/* A calendar of a narrower range is asked only inside it. */
		if (!cal_holds(t[k], rd))
			continue;
		t[k]->from_fixed(rd, &here);
		FUZZ_CHECK(cal_validate(t[k], &here, &rd2, &e) == CAL_OK,
		    "%s: from_fixed(%lld) = %lld-%d-%d refused (code %d)",
		    t[k]->id, (long long)rd, (long long)here.year, here.month,
		    here.day, (int)e.code);
		FUZZ_CHECK(rd2 == rd, "%s: from_fixed(%lld) = %lld-%d-%d, "
		    "to_fixed gives %lld", t[k]->id, (long long)rd,
		    (long long)here.year, here.month, here.day,
		    (long long)rd2);
		rd2 = cal_to_fixed(cal, d);
		cal_from_fixed(t[k], rd2, &conv);
		FUZZ_CHECK(rd2 == rd && compare(t[k], &conv, &here) == 0 &&
		    conv.flags == here.flags, "%s -> %s: the doors disagree "
		    "disagrees at rd %lld", cal->id, t[k]->id, (long long)rd);
		if (rd < cal_rd_max(t[k])) {
			t[k]->from_fixed(rd + 1, &next);
			FUZZ_CHECK(compare(t[k], &next, &here) > 0, "%s: rd %lld is "
			    "%lld-%d-%d but rd %lld is %lld-%d-%d", t[k]->id,
			    (long long)rd, (long long)here.year, here.month,
			    here.day, (long long)rd + 1, (long long)next.year,
			    next.month, next.day);
		}
		if (rd > cal_rd_min(t[k])) {
			t[k]->from_fixed(rd - 1, &next);
			FUZZ_CHECK(compare(t[k], &next, &here) < 0, "%s: rd %lld is "
			    "%lld-%d-%d but rd %lld is %lld-%d-%d", t[k]->id,
			    (long long)rd, (long long)here.year, here.month,
			    here.day, (long long)rd - 1, (long long)next.year,
			    next.month, next.day);
		}
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct calendar *cal;
	struct cal_date d, back;
	struct cal_error e;
	char why[256];
	int64_t rd;
	uint64_t uy;
	uint32_t um, ud;

	if (size == 0)
		return 0;
	cal = cal_table()[(data[0] & 0x7f) % cal_count()];
	uy = le(data, size, 1, 8);
	um = (uint32_t)le(data, size, 9, 4);
	ud = (uint32_t)le(data, size, 13, 4);
	if (data[0] & 0x80) {
		fold(cal, &d, uy, um, ud);
	} else {
		memcpy(&d.year, &uy, sizeof(d.year));
		memcpy(&d.month, &um, sizeof(d.month));
		memcpy(&d.day, &ud, sizeof(d.day));
		d.flags = (uint32_t)le(data, size, 17, 4);
	}
	if (cal_validate(cal, &d, &rd, &e) != CAL_OK) {
		/*
		 * Folding keeps a date inside its year's months and days,
		 * but a lunar day may be skipped, and a modern Hindu lunar
		 * year may leave a month number out.
		 */
		FUZZ_CHECK(!(data[0] & 0x80) || e.code == CAL_ERANGE ||
		    (cal->skipped != NULL && (e.code == CAL_ESKIPPED ||
		    e.code == CAL_ELEAP)),
		    "%s: folded date %lld-%d-%d refused (code %d)", cal->id,
		    (long long)d.year, d.month, d.day, (int)e.code);
		cal_describe(cal, &e, why, sizeof(why));
		return 0;
	}
	FUZZ_CHECK(rd >= CAL_RD_MIN && rd <= CAL_RD_MAX, "%s: rd %lld",
	    cal->id, (long long)rd);
	cal->from_fixed(rd, &back);
	/*
	 * An era in the flags names the era a date was written in (and
	 * validation checked it is the date's); from_fixed() sets none.
	 */
	FUZZ_CHECK(compare(cal, &back, &d) == 0 &&
	    back.flags == (d.flags & ~CAL_FLAG_ERA_MASK),
	    "%s: %lld-%d-%d -> rd %lld -> %lld-%d-%d", cal->id,
	    (long long)d.year, d.month, d.day, (long long)rd,
	    (long long)back.year, back.month, back.day);
	check_day(cal, rd, &d);
	return 0;
}
