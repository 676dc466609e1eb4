/*
 * parse.c: the hand-written parsers of the default notations,
 *   [+-]Y-M-D, [+-]Y-Www-D, [+-]Y-DDD and [+-]N,
 * in ASCII digits.  They run once per input record on the batch path,
 * so they touch each byte once and never allocate.
 */
#include <string.h>
#include <strings.h>

#include "parse.h"

/* More digits than this cannot be a year in range: report it as such. */
#define YEAR_DIGITS	15
/* Month and day fields saturate here; validation then refuses them. */
#define FIELD_MAX	999999999

/*
 * Read a run of digits from *pp into *v, saturating at cap.  Returns
 * the number of significant digits read (leading zeros excluded), or
 * -1 when there was no digit at all.
 */
static int
digits(const char **pp, const char *end, int64_t cap, int64_t *v)
{
	const char *p = *pp;
	int64_t x = 0;
	int sig = 0;

	if (p == end || (unsigned)(*p - '0') > 9)
		return -1;
	for (; p < end && (unsigned)(*p - '0') <= 9; p++) {
		if (x != 0 || *p != '0')
			sig++;
		x = x * 10 + (*p - '0');
		if (x > cap)
			x = cap;
	}
	*pp = p;
	*v = x;
	return sig;
}

enum cal_err
parse_date(const struct calendar *cal, const char *s, size_t n,
    struct cal_date *d, struct cal_error *e)
{
	const char *p = s, *end = s + n;
	int64_t year, v;
	int neg = 0, sig;

	e->code = CAL_ESYNTAX;
	e->known = 0;
	if (p < end && (*p == '-' || *p == '+'))
		neg = *p++ == '-';
	/* Ten digits past the cap cannot wrap: 10^16 * 10 < 2^63. */
	sig = digits(&p, end, INT64_C(10000000000000000), &year);
	if (sig < 0)
		return CAL_ESYNTAX;
	d->year = neg ? -year : year;
	d->month = d->day = 1;
	d->flags = 0;
	if (cal->shape == CAL_SHAPE_COUNT) {
		if (p != end)
			return CAL_ESYNTAX;
		goto check_year;
	}
	if (p == end || *p++ != '-')
		return CAL_ESYNTAX;
	if (cal->shape == CAL_SHAPE_WEEK && (p == end || (*p++ | 0x20) != 'w'))
		return CAL_ESYNTAX;
	if (digits(&p, end, FIELD_MAX, &v) < 0)
		return CAL_ESYNTAX;
	if (cal->shape == CAL_SHAPE_ORDINAL) {
		d->day = (int32_t)v;
	} else {
		d->month = (int32_t)v;
		if (p == end || *p++ != '-' ||
		    digits(&p, end, FIELD_MAX, &v) < 0)
			return CAL_ESYNTAX;
		d->day = (int32_t)v;
	}
	if (p != end)
		return CAL_ESYNTAX;
check_year:
	if (sig > YEAR_DIGITS) {
		e->lo = cal->min_year;
		e->hi = cal->max_year;
		return e->code = CAL_EYEAR;
	}
	e->code = CAL_OK;
	return CAL_OK;
}

int
parse_relative(const char *s, size_t n, int *off)
{
	static const struct {
		const char	*word;
		int		 off;
	} words[] = {
		{ "today", 0 }, { "yesterday", -1 }, { "tomorrow", 1 },
	};
	size_t i;

	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (strlen(words[i].word) == n &&
		    strncasecmp(s, words[i].word, n) == 0) {
			*off = words[i].off;
			return 1;
		}
	return 0;
}
