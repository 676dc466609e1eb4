/*
 * infields.h: the fields an --input-format read, before they are a
 * date.  Shared by informat.c, which reads them, and infields.c, which
 * finds their day; no one else's.
 */
#ifndef CALCONV_INFIELDS_H
#define CALCONV_INFIELDS_H

#include <stdint.h>

#include "calendar.h"
#include "names.h"
#include "validate.h"

/* What a format found.  The directive that sets a field says so. */
struct infields {
	int64_t	year, yy, yoe, doy, jdn, isoyear, cycle, yic;
	int	month, day, slot, weekday, era, isoweek, isoday, leap;
	int	leapday;
	int	has_year, has_yy, has_yoe, has_doy, has_jdn, has_iso;
	int	has_cycle, has_yic;	/* the cycle, the year in it */
};

/*
 * The fixed day of the fields f of a date of cal (name set set, or
 * NULL), in *rd; today places a year given by two digits or by its
 * place in the cycle.  CAL_OK or the error, also in e->code.
 */
enum cal_err	infields_date(const struct calendar *,
		    const struct cal_nameset *, struct infields *,
		    int64_t today, int64_t *rd, struct cal_error *);

/* Report the day rd outside cal's range, as cal_validate() does. */
enum cal_err	infields_range(const struct calendar *, int64_t rd,
		    struct cal_error *);

#endif
