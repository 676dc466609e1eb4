/*
 * describe.h: a struct cal_error in words.
 */
#ifndef CALCONV_DESCRIBE_H
#define CALCONV_DESCRIBE_H

#include <stddef.h>

#include "calendar.h"
#include "validate.h"

/*
 * Describe e in words ("day 30 out of range 1..29 (2023 is not a leap
 * year)") into buf, always NUL-terminated.  Returns buf.
 */
char	*cal_describe(const struct calendar *, const struct cal_error *,
	    char *buf, size_t size);

#endif
