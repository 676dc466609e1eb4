/*
 * validate.h: the boundary between text and arithmetic.  A date leaves
 * here either range-checked against its calendar's facts or as a
 * struct cal_error that says what was wrong.
 */
#ifndef CALCONV_VALIDATE_H
#define CALCONV_VALIDATE_H

#include <stddef.h>
#include <stdint.h>

#include "calendar.h"

enum cal_err {
	CAL_OK,
	CAL_ESYNTAX,	/* not in the expected shape */
	CAL_EYEAR,	/* year (or day count) outside the calendar's range */
	CAL_EMONTH,	/* month (or week) outside 1..months_in_year */
	CAL_EDAY,	/* day outside 1..days_in_month */
	CAL_ERANGE,	/* a valid date outside CAL_RD_MIN..CAL_RD_MAX */
	CAL_EFLAGS,	/* flags the calendar does not define */
	CAL_EUTF8,	/* the text is not valid UTF-8 */
	CAL_EWORD,	/* a word that is no date ("today" misspelt) */
	CAL_EFORMAT,	/* text that does not match an input format */
	CAL_EWEEKDAY,	/* a weekday that is not the date's */
	CAL_ENOMONTH,	/* a month name the year does not have */
	CAL_EERA,	/* a date outside the era the text named */
	CAL_ELEAP,	/* a leap month the year does not have */
	CAL_ESKIPPED,	/* a day number the month leaves out */
	CAL_ELEAPDAY,	/* a leap day the day number does not have */
	CAL_ECYCLE,	/* a cycle or year of the cycle not the year's */
	CAL_ERR_MAX
};

struct cal_error {
	enum cal_err	code;
	int		known;		/* value holds the offending field */
	int64_t		value;
	int64_t		lo, hi;		/* the field's allowed range; for
					   CAL_EERA the date's era and RD */
	int64_t		year;		/* the year the range belongs to */
	int32_t		month;		/* and the month, for CAL_EDAY */
	const char	*expect;	/* the input format, for CAL_EFORMAT */
	const char	*field;		/* the field's name when the shape's
					   usual one will not do, or NULL */
	/*
	 * CAL_ECYCLE: year is the year, known says a year of the cycle
	 * was read (value), lo that a cycle was (hi).
	 */
	size_t		offset;		/* byte offset, for CAL_EUTF8 */
};

/*
 * Check d against cal's facts, in the order year, flags, month, day,
 * then the whole day against the calendar's range, then the era the
 * text named, if any.  On success store the fixed
 * day in *rd and return CAL_OK; otherwise fill *e and return its code.
 * Nothing is computed from a field before that field is checked.
 */
enum cal_err	cal_validate(const struct calendar *, const struct cal_date *,
		    int64_t *rd, struct cal_error *);

#endif
