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

#endif
