/*
 * parse.h: text -> fields.  The fast parsers for each calendar's
 * default notation; nothing here knows which dates exist (validate.c
 * does).  Reading by --input-format is informat.h's.
 */
#ifndef CALCONV_PARSE_H
#define CALCONV_PARSE_H

#include <stddef.h>
#include <stdint.h>

#include "calendar.h"
#include "fixed.h"
#include "validate.h"

/* More digits than this cannot be a year in range: report it as such. */
#define PARSE_YEAR_DIGITS	15

/*
 * Parse exactly s[0..n) as a date in cal's default notation into *d.
 * Returns CAL_OK, or CAL_ESYNTAX, or CAL_EYEAR with e->known = 0 when
 * the year has too many digits to hold; fields that fit are left for
 * cal_validate() to judge.
 */
enum cal_err	parse_date(const struct calendar *, const char *s, size_t n,
		    struct cal_date *, struct cal_error *);

/*
 * If s[0..n) is "today", "yesterday" or "tomorrow" (ASCII, any case),
 * store the offset in days from today in *off and return 1; else 0.
 */
int		parse_relative(const char *s, size_t n, int *off);

/*
 * Rewrite s[0..n), which may use another script's decimal digits
 * (۱۴۰۳-۰۱-۰۱), into ASCII in buf.  Returns the length, or 0 when s has
 * no such digits, mixes scripts within one number, or holds any other
 * non-ASCII character or does not fit.
 */
size_t		parse_digits(const char *s, size_t n, char *buf, size_t size);

/*
 * The era whose letter in cal's default notation is c ('R' for Reiwa,
 * either case), or -1.
 */
int		parse_era_letter(const struct calendar *, char c);

/*
 * Sed mode's finder: the next date of cal's default notation in
 * s[*pos..end), in its strict form -- YYYY-MM-DD, YYYY-Www-D,
 * YYYY-Sww-D, YYYY-DDD with a four-digit year, EY-MM-DD with the era's
 * letter not inside a word, B.K.T.U.K with no more places on either
 * side, or a whole number for day counts -- not touching a digit on
 * either side, so that no date is found inside a longer number.  On
 * finding one, returns 1 with it at s[*a..*b), *pos past it, and, when
 * parse_date() reads it (*parsed 1), its fields in *d; else returns 0
 * with *pos at end.
 */
int		parse_next(const struct calendar *, const char *s, size_t end,
		    size_t *pos, size_t *a, size_t *b, struct cal_date *d,
		    int *parsed);

/*
 * The batch path's common case, checked without the general parser:
 * exactly YYYY-MM-DD, a valid Gregorian date.  Returns 0 for anything
 * else, which then takes the general path and its messages.
 */
static inline int
parse_greg_fast(const char *s, int64_t *rd)
{
	static const uint8_t len[13] = {
		0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};
	unsigned y, m, d;

	/* One test for all eight digits and both hyphens. */
	if (((unsigned)(s[0] - '0') > 9) | ((unsigned)(s[1] - '0') > 9) |
	    ((unsigned)(s[2] - '0') > 9) | ((unsigned)(s[3] - '0') > 9) |
	    ((unsigned)(s[5] - '0') > 9) | ((unsigned)(s[6] - '0') > 9) |
	    ((unsigned)(s[8] - '0') > 9) | ((unsigned)(s[9] - '0') > 9) |
	    (s[4] != '-') | (s[7] != '-'))
		return 0;
	y = (unsigned)(s[0] - '0') * 1000 + (unsigned)(s[1] - '0') * 100 +
	    (unsigned)(s[2] - '0') * 10 + (unsigned)(s[3] - '0');
	m = (unsigned)(s[5] - '0') * 10 + (unsigned)(s[6] - '0');
	d = (unsigned)(s[8] - '0') * 10 + (unsigned)(s[9] - '0');
	if (m - 1 > 11 || d == 0 || (d > len[m] && !(m == 2 && d == 29 &&
	    fx_greg_leap(y))))
		return 0;
	*rd = fx_greg_fixed(y, (int)m, (int)d);
	return 1;
}

#endif
