/*
 * informat.h: text -> date by a compiled --input-format (fmtlang.h).
 */
#ifndef CALCONV_INFORMAT_H
#define CALCONV_INFORMAT_H

#include <stddef.h>
#include <stdint.h>

#include "calendar.h"
#include "fmtlang.h"
#include "validate.h"

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

/*
 * Can parse_format_fast() read by prog for cal: a program of literals,
 * %d, %e, %m, %Y and month names, in a calendar without leap months or
 * leap days?
 */
int		parse_format_plain(const struct fmt_prog *,
		    const struct calendar *);

/*
 * The batch path's reading by such a program: 1 with *rd when s[0..n)
 * is, all of it, a valid date by prog written in the plainest way
 * (ASCII digits with no sign, month names of ASCII letters, each blank
 * of prog one space), exactly as parse_format() reads it; else 0, and
 * parse_format() decides (and says why).
 */
int		parse_format_fast(const struct fmt_prog *,
		    const struct calendar *, int64_t today, const char *s,
		    size_t n, int64_t *rd);

#endif
