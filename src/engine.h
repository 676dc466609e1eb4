/*
 * engine.h: convert one valid date between two calendars through the
 * fixed day number.  Pure integer arithmetic: no I/O, no allocation, no
 * error paths, because cal_validate() has already run.
 */
#ifndef CALCONV_ENGINE_H
#define CALCONV_ENGINE_H

#include "calendar.h"

/* The date in calendar to of fixed day rd (CAL_RD_MIN..CAL_RD_MAX). */
void	engine_date(const struct calendar *to, int64_t rd, struct cal_date *);

/* Convert a validated date of from into to; returns its fixed day. */
int64_t	engine_convert(const struct calendar *from, const struct cal_date *,
	    const struct calendar *to, struct cal_date *);

#endif
