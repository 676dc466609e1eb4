/*
 * engine.c: from-calendar -> fixed day -> to-calendar.
 */
#include "engine.h"

void
engine_date(const struct calendar *to, int64_t rd, struct cal_date *out)
{
	to->from_fixed(rd, out);
}

int64_t
engine_convert(const struct calendar *from, const struct cal_date *in,
    const struct calendar *to, struct cal_date *out)
{
	int64_t rd = from->to_fixed(in);

	to->from_fixed(rd, out);
	return rd;
}
