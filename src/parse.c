/*
 * parse.c: the hand-written parsers of the default notations,
 *   [+-]Y-M-D, [+-]Y-Www-D, [+-]Y-DDD, [+-]N, EY-M-D and [+-]B.K.T.U.K,
 * in ASCII digits.  They run once per input record on the batch path,
 * so they touch each byte once and never allocate.  Besides them, the
 * relative words (today, ...) and the rewriting of other scripts'
 * digits into ASCII.
 */
#include <string.h>
#include <strings.h>

#include <unistr.h>

#include "ascii.h"
#include "fixed.h"
#include "numerals.h"
#include "parse.h"

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

int
parse_era_letter(const struct calendar *cal, char c)
{
	const char *l;

	if (cal->era_letters == NULL || c == '\0')
		return -1;
	for (l = cal->era_letters; *l != '\0'; l++)
		if ((*l | 0x20) == (c | 0x20) && ((c | 0x20) >= 'a' &&
		    (c | 0x20) <= 'z'))
			return cal->era_first + (int)(l - cal->era_letters);
	return -1;
}

/*
 * The rest of a long count after the baktun, ".K.T.U.K", into the
 * month (katun + 1) and day (day of the katun) of d; sig is the
 * number of the baktun's significant digits.
 */
static enum cal_err
long_count(const struct calendar *cal, const char *p, const char *end,
    int sig, struct cal_date *d, struct cal_error *e)
{
	static const struct {
		const char	*name;
		int		 max;
	} place[4] = {
		{ "katun", 19 }, { "tun", 19 }, { "uinal", 17 }, { "kin", 19 },
	};
	int64_t v[4];
	int k;

	for (k = 0; k < 4; k++)
		if (p == end || *p++ != '.' ||
		    digits(&p, end, FIELD_MAX, &v[k]) < 0)
			return CAL_ESYNTAX;
	if (p != end)
		return CAL_ESYNTAX;
	if (sig > PARSE_YEAR_DIGITS) {
		e->lo = cal->min_year;
		e->hi = cal->max_year;
		return e->code = CAL_EYEAR;
	}
	for (k = 0; k < 4; k++)
		if (v[k] > place[k].max) {
			e->known = 1;
			e->field = place[k].name;
			e->value = v[k];
			e->lo = 0;
			e->hi = place[k].max;
			return e->code = k == 0 ? CAL_EMONTH : CAL_EDAY;
		}
	d->month = (int32_t)v[0] + 1;
	d->day = (int32_t)(v[1] * 360 + v[2] * 20 + v[3]) + 1;
	e->code = CAL_OK;
	return CAL_OK;
}

/*
 * The rest of a season-and-week date after the year, "-Sww-D", into
 * the season (month) and the day of the season of d.
 */
static enum cal_err
season_week(const struct calendar *cal, const char *p, const char *end,
    int sig, struct cal_date *d, struct cal_error *e)
{
	const char *l;
	int64_t week, wd;
	int k = -1;

	if (p == end || *p++ != '-' || p == end)
		return CAL_ESYNTAX;
	for (l = cal->season_letters; l != NULL && *l != '\0' && k < 0; l++)
		if ((*l | 0x20) == (*p | 0x20))
			k = (int)(l - cal->season_letters);
	if (k < 0 || k > 1)
		return CAL_ESYNTAX;
	p++;
	if (digits(&p, end, FIELD_MAX, &week) < 0 || p == end ||
	    *p++ != '-' || digits(&p, end, FIELD_MAX, &wd) < 0 || p != end)
		return CAL_ESYNTAX;
	if (sig > PARSE_YEAR_DIGITS) {
		e->lo = cal->min_year;
		e->hi = cal->max_year;
		return e->code = CAL_EYEAR;
	}
	e->known = 1;
	e->lo = 1;
	if (week < 1 || week > 28) {
		/* No season has more than 28 weeks; the day says the rest. */
		e->field = "week";
		e->value = week;
		e->hi = 28;
		return e->code = CAL_EDAY;
	}
	if (wd < 1 || wd > 7) {
		e->field = "weekday";
		e->value = wd;
		e->hi = 7;
		return e->code = CAL_EDAY;
	}
	d->month = k + 1;
	d->day = (int32_t)(7 * (week - 1) +
	    fx_mod(wd - cal->season_weekday[k], 7) + 1);
	e->code = CAL_OK;
	return CAL_OK;
}

enum cal_err
parse_date(const struct calendar *cal, const char *s, size_t n,
    struct cal_date *d, struct cal_error *e)
{
	const char *p = s, *end = s + n;
	int64_t year, v;
	int neg = 0, sig, era = -1;

	e->code = CAL_ESYNTAX;
	e->known = 0;
	e->field = NULL;
	/* The common case first: exactly YYYY-MM-DD in ASCII. */
	if (n == 10 && cal->shape == CAL_SHAPE_YMD && s[4] == '-' &&
	    s[7] == '-' && ascii_digit(s[0]) && ascii_digit(s[1]) && ascii_digit(s[2]) &&
	    ascii_digit(s[3]) && ascii_digit(s[5]) && ascii_digit(s[6]) && ascii_digit(s[8]) &&
	    ascii_digit(s[9])) {
		d->year = (s[0] - '0') * 1000 + (s[1] - '0') * 100 +
		    (s[2] - '0') * 10 + (s[3] - '0');
		d->month = (s[5] - '0') * 10 + (s[6] - '0');
		d->day = (s[8] - '0') * 10 + (s[9] - '0');
		d->flags = 0;
		e->code = CAL_OK;
		return CAL_OK;
	}
	if (cal->shape == CAL_SHAPE_CYCLE)
		return CAL_ESYNTAX;	/* written, never read */
	if (cal->shape == CAL_SHAPE_ERA) {
		/* The era's letter, then its year: no sign. */
		if (p == end || (era = parse_era_letter(cal, *p++)) < 0)
			return CAL_ESYNTAX;
	} else if (p < end && (*p == '-' || *p == '+')) {
		neg = *p++ == '-';
	}
	/* Ten digits past the cap cannot wrap: 10^16 * 10 < 2^63. */
	sig = digits(&p, end, INT64_C(10000000000000000), &year);
	if (sig < 0)
		return CAL_ESYNTAX;
	d->year = neg ? -year : year;
	d->month = d->day = 1;
	d->flags = 0;
	if (era >= 0) {
		/* A year of an era below 10^16 maps to one below 2^62. */
		d->year = cal->era_year(era, year);
		d->flags = CAL_FLAG_ERA(era);
	}
	if (cal->shape == CAL_SHAPE_COUNT) {
		if (p != end)
			return CAL_ESYNTAX;
		goto check_year;
	}
	if (cal->shape == CAL_SHAPE_LONG_COUNT)
		return long_count(cal, p, end, sig, d, e);
	if (cal->shape == CAL_SHAPE_SEASON)
		return season_week(cal, p, end, sig, d, e);
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
		/* "06L": the leap month 6 (validation asks the calendar). */
		if (cal->shape == CAL_SHAPE_YMD && p < end &&
		    (*p | 0x20) == 'l') {
			d->flags |= CAL_FLAG_LEAP_MONTH;
			p++;
		}
		if (p == end || *p++ != '-' ||
		    digits(&p, end, FIELD_MAX, &v) < 0)
			return CAL_ESYNTAX;
		d->day = (int32_t)v;
		/* "08L": the leap day 8 (validation asks the calendar). */
		if (cal->repeated != NULL && p < end &&
		    (*p | 0x20) == 'l') {
			d->flags |= CAL_FLAG_LEAP_DAY;
			p++;
		}
	}
	if (p != end)
		return CAL_ESYNTAX;
check_year:
	if (sig > PARSE_YEAR_DIGITS) {
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

size_t
parse_digits(const char *s, size_t n, char *buf, size_t size)
{
	size_t i = 0, o = 0;
	ucs4_t c, base = 0, script;
	int k, d, in_number = 0, native = 0;

	while (i < n) {
		if ((unsigned char)s[i] < 0x80) {
			c = (unsigned char)s[i];
			k = 1;
		} else if ((k = u8_mbtouc(&c, (const uint8_t *)s + i,
		    n - i)) <= 0) {
			return 0;
		}
		d = num_digit(c, &script);
		if (d >= 0) {
			/* Every digit of one number from one script. */
			if (in_number && script != base)
				return 0;
			base = script;
			native |= c >= 0x80;
			in_number = 1;
			c = (ucs4_t)('0' + d);
		} else {
			in_number = 0;
			if (c >= 0x80)
				return 0;
		}
		if (o + 1 >= size)
			return 0;
		buf[o++] = (char)c;
		i += (size_t)k;
	}
	return native ? o : 0;
}

/* The length of the run of digits at s[i..end). */
static size_t
digit_run(const char *s, size_t i, size_t end)
{
	size_t j = i;

	while (j < end && ascii_digit(s[j]))
		j++;
	return j - i;
}

/*
 * Does a date in cal's default notation start at s[i]?  Sed mode
 * asks for the strict forms -- YYYY-MM-DD, YYYY-Www-D, YYYY-Sww-D,
 * YYYY-DDD with a four-digit year, EY-MM-DD with the era's letter not
 * inside a word, B.K.T.U.K with no more places on either side, or a
 * whole number for day counts -- not touching a digit on either side,
 * so no date is found inside a longer number.  Returns the length, or
 * 0.
 */
static size_t
date_at(const struct calendar *cal, const char *s, size_t i, size_t end)
{
	size_t j = i + 4, k;
	int n;

	if (cal->shape == CAL_SHAPE_ERA) {
		if ((i > 0 && ascii_alnum(s[i - 1])) ||
		    parse_era_letter(cal, s[i]) < 0)
			return 0;
		k = digit_run(s, i + 1, end);
		j = i + 1 + k;
		if (k == 0 || k > 10 || j + 6 > end || s[j] != '-' ||
		    digit_run(s, j + 1, end) != 2 || s[j + 3] != '-' ||
		    digit_run(s, j + 4, end) != 2)
			return 0;
		return j + 6 - i;
	}
	if (i > 0 && ascii_digit(s[i - 1]))
		return 0;
	if (cal->shape == CAL_SHAPE_COUNT)
		return digit_run(s, i, end);
	if (cal->shape == CAL_SHAPE_LONG_COUNT) {
		/* Five places, not inside a longer dotted run. */
		if (i > 0 && s[i - 1] == '.')
			return 0;
		k = digit_run(s, i, end);
		if (k > 8)
			return 0;
		for (j = i + k, n = 0; n < 4; n++) {
			if (j >= end || s[j] != '.' ||
			    (k = digit_run(s, j + 1, end)) == 0 || k > 2)
				return 0;
			j += 1 + k;
		}
		if (j + 1 < end && s[j] == '.' && ascii_digit(s[j + 1]))
			return 0;
		return j - i;
	}
	if (digit_run(s, i, end) != 4 || j >= end || s[j++] != '-')
		return 0;
	switch (cal->shape) {
	case CAL_SHAPE_ORDINAL:
		if (digit_run(s, j, end) != 3)
			return 0;
		j += 3;
		break;
	case CAL_SHAPE_WEEK:
		if (j + 5 > end || (s[j] | 0x20) != 'w' ||
		    digit_run(s, j + 1, end) != 2 ||
		    s[j + 3] != '-' || digit_run(s, j + 4, end) != 1)
			return 0;
		j += 5;
		break;
	case CAL_SHAPE_SEASON:
		if (j + 5 > end || ((s[j] | 0x20) !=
		    (cal->season_letters[0] | 0x20) && (s[j] | 0x20) !=
		    (cal->season_letters[1] | 0x20)) ||
		    digit_run(s, j + 1, end) != 2 ||
		    s[j + 3] != '-' || digit_run(s, j + 4, end) != 1)
			return 0;
		j += 5;
		break;
	default:
		if (digit_run(s, j, end) != 2)
			return 0;
		j += 2;
		/* "06L": a leap month, where the calendar has them. */
		if (cal->leap_months && j < end && (s[j] | 0x20) == 'l')
			j++;
		if (j >= end || s[j] != '-' || digit_run(s, j + 1, end) != 2)
			return 0;
		j += 3;
		/*
		 * "08L": a leap day, where the calendar has them; not
		 * when a digit follows the L, which the date with it
		 * would touch ("08L0" holds the date "08" at most).
		 */
		if (cal->repeated != NULL && j < end &&
		    (s[j] | 0x20) == 'l' && (j + 1 == end ||
		    !ascii_digit(s[j + 1])))
			j++;
		break;
	}
	return j - i;
}

int
parse_next(const struct calendar *cal, const char *s, size_t end,
    size_t *pos, size_t *a, size_t *b, struct cal_date *d, int *parsed)
{
	struct cal_error e;
	size_t i = *pos, k, at;

	while (i < end) {
		/* Skip to the next digit quickly. */
		while (i < end && !ascii_digit(s[i]))
			i++;
		if (i == end)
			break;
		/* An era notation's date starts at the letter before it. */
		at = cal->shape == CAL_SHAPE_ERA && i > *pos ? i - 1 : i;
		if ((k = date_at(cal, s, at, end)) != 0) {
			*a = at;
			*b = *pos = at + k;
			*parsed = parse_date(cal, s + at, k, d, &e) == CAL_OK;
			return 1;
		}
		/* Past this run of digits: no date starts inside it. */
		i += digit_run(s, i, end);
	}
	*pos = end;
	return 0;
}
