/*
 * infields.h: the fields an --input-format read, before they are a
 * date.  Shared by informat.c and infast.c, which read them, and
 * infields.c, which finds their day; no one else's.
 */
#ifndef CALCONV_INFIELDS_H
#define CALCONV_INFIELDS_H

#include <stddef.h>
#include <stdint.h>

#include "calendar.h"
#include "fmtlang.h"
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

/*
 * informat.c's helpers that its batch path (infast.c) reads by too:
 * cal's name set (the last one kept per thread), that set's index of
 * folded names, a plain ASCII word at s folded into buf (0 when it is
 * no name's one candidate), and the most digits op i of p may read.
 */
const struct cal_nameset	*informat_set(const struct calendar *);
const struct names_index	*informat_index(const struct cal_nameset *);
size_t				 informat_ascii_word(const char *s, size_t n,
				    char *buf);
int				 informat_digits_for(const struct fmt_prog *,
				    int i, const struct calendar *);

#endif
