/*
 * parse.h: text -> fields.  The fast parsers for each calendar's
 * default notation; nothing here knows which dates exist (validate.c
 * does).
 */
#ifndef CALCONV_PARSE_H
#define CALCONV_PARSE_H

#include <stddef.h>
#include <stdint.h>

#include "calendar.h"
#include "format.h"
#include "validate.h"

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
 * Parse a date of cal written as the compiled input format prog
 * describes, from the start of s[0..n); the caller decides whether text
 * may follow.  Names match
 * case-insensitively in every language calconv has for cal; numbers
 * may be written in any script's decimal digits, one script per number,
 * and with %O in Hebrew or Ge'ez numerals.  The whole date is
 * validated, including a weekday that must agree with it.
 * Returns the bytes the format matched, or 0 when it did not match;
 * the date is valid (and *rd set) only when e->code is CAL_OK.
 */
size_t		parse_format(const struct fmt_prog *, const struct calendar *,
		    int64_t today, const char *s, size_t n, int64_t *rd,
		    struct cal_error *);

#endif
