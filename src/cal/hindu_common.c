/*
 * hindu_common.c: the month search of the Hindu lunisolar calendars,
 * written once for the Surya Siddhanta's sky (hindu_lunar.c) and
 * modern astronomy's (astro_hindu_lunar.c); see hindu_common.h.
 *
 * Source: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * ch. 20: fixed-from-hindu-lunar and fixed-from-astro-hindu-lunar.
 */
#include <math.h>

#include "../fixed.h"
#include "hindu_common.h"

static int	mod3(int, int, int);

/* R&D mod3 on integers: x moved into [a, b) by multiples of b - a. */
static int
mod3(int x, int a, int b)
{
	return a + (int)fx_mod(x - a, b - a);
}

/*
 * R&D fixed-from-hindu-lunar, in the sky's days: from the moment the
 * mean year puts the sun at the end of the month's sign, back by the
 * lunar day then in progress, then to the first day whose sunrise
 * finds the lunar day, or the next one when it was expunged.
 */
int64_t
hc_lunar_day_of(const struct hc_lunar_sky *sky, int64_t y, int m,
    uint32_t flags, int day)
{
	double approx = sky->mean_month((y + sky->era) * 12 + m - 1);
	double off = sky->sidereal_longitude(approx) / 360.0 -
	    (m - 1) / 12.0;
	int64_t s = (int64_t)floor(approx - 394479457.0 / 1080000.0 *
	    (off - floor(off + 0.5)));
	int k = sky->lunar_day((double)s + 0.25);
	int64_t est, n;
	struct cal_date mid;

	if (k > 3 && k < 27) {
		est = s + day - k;
	} else {
		sky->from_fixed(sky->origin + s - 15, &mid);
		if (mid.month != m || ((mid.flags & CAL_FLAG_LEAP_MONTH) &&
		    !(flags & CAL_FLAG_LEAP_MONTH)))
			est = s + day - mod3(k, -15, 15);
		else
			est = s + day - mod3(k, 15, 45);
	}
	n = est - mod3(sky->lunar_day((double)est + 0.25) - day, -15, 15) -
	    1;
	for (;;) {
		k = sky->day_number(n);
		if (k == day || k == fx_amod(day + 1, 30))
			break;
		n++;
	}
	return (flags & CAL_FLAG_LEAP_DAY) ? n + 1 : n;
}

/* Does year y have month m (the leap month m with the flag)? */
int
hc_lunar_has_month(const struct hc_lunar_sky *sky, int64_t y, int m,
    uint32_t flags)
{
	struct cal_date d;
	unsigned char *known;
	int has;

	flags &= CAL_FLAG_LEAP_MONTH;
	known = sky->known != NULL ? sky->known(y, m, flags != 0) : NULL;
	if (known != NULL && *known != 0)
		return *known == 2;
	sky->from_fixed(sky->origin + hc_lunar_day_of(sky, y, m, flags, 15),
	    &d);
	has = d.year == y && d.month == m &&
	    (d.flags & CAL_FLAG_LEAP_MONTH) == flags;
	if (known != NULL)
		*known = has ? 2 : 1;
	return has;
}

/* Has year y a leap month? */
int
hc_lunar_leap(const struct hc_lunar_sky *sky, int64_t y)
{
	int m;

	for (m = 1; m <= 12; m++)
		if (hc_lunar_has_month(sky, y, m, CAL_FLAG_LEAP_MONTH))
			return 1;
	return 0;
}

/* An expunged day: its number's day is the next number's. */
int
hc_lunar_skipped(const struct hc_lunar_sky *sky, int64_t y, int m,
    uint32_t flags, int day)
{
	return sky->day_number(hc_lunar_day_of(sky, y, m,
	    flags & CAL_FLAG_LEAP_MONTH, day)) != day;
}

/* A day number that holds two sunrises: the next day is its leap day. */
int
hc_lunar_repeated(const struct hc_lunar_sky *sky, int64_t y, int m,
    uint32_t flags, int day)
{
	int64_t n = hc_lunar_day_of(sky, y, m, flags & CAL_FLAG_LEAP_MONTH,
	    day);

	return sky->day_number(n) == day && sky->day_number(n + 1) == day;
}
