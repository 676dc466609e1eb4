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
#include "informat.h"	/* parse_format(), once declared here */
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

#endif
