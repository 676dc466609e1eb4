#!/bin/sh
# roundtrip.sh: property check of the calendar backends.
#
# For every calendar (or those named), check that
#   - min_year and max_year are the years of the first and last day of
#     the calendar's range (CAL_RD_MIN..CAL_RD_MAX unless it is narrower);
#   - the first and last 3000 days of the range round-trip through
#     from_fixed, cal_validate and to_fixed;
#   - every date of the edge years converts (no overflow);
#   - every date of years -10000..10000 (those of them in range),
#     walked in calendar order (a leap month before the month of its
#     number, skipped day numbers left out, a repeated day number's
#     leap day after it),
#     has to_fixed one more than the date before it and comes back from
#     from_fixed unchanged (day counts: every count -4e6..4e6).
# Usage: tests/roundtrip.sh [CAL...]    (SAN=1 for ASan/UBSan objects)
# Run from the top of the tree; builds what it needs.
set -eu
flavour=release
[ "${SAN:-0}" = 1 ] && flavour=san
if [ "$flavour" = san ]; then
	make -s build/san/calconv >/dev/null
	cflags="-O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all"
else
	make -s >/dev/null
	cflags="-O2"
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/roundtrip.c" <<'EOF'
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "calendar.h"
#include "validate.h"

static long	fails;

#define FAIL(...) do { if (fails++ < 20) printf(__VA_ARGS__); } while (0)

static int
same(const struct cal_date *a, const struct cal_date *b)
{
	return a->year == b->year && a->month == b->month &&
	    a->day == b->day && a->flags == b->flags;
}

static void
rt_rd(const struct calendar *c, int64_t rd)
{
	struct cal_date d;
	struct cal_error e;
	int64_t back;

	c->from_fixed(rd, &d);
	if (cal_validate(c, &d, &back, &e) != CAL_OK)
		FAIL("%s: RD %" PRId64 " -> %" PRId64 "-%d-%d is invalid\n",
		    c->id, rd, d.year, d.month, d.day);
	else if (back != rd)
		FAIL("%s: RD %" PRId64 " -> %" PRId64 "-%d-%d -> %" PRId64 "\n",
		    c->id, rd, d.year, d.month, d.day, back);
}

/* Walk the dates of years y0..y1 in order; with walk, check sequence. */
static long
years(const struct calendar *c, int64_t y0, int64_t y1, int walk)
{
	struct cal_date d, r;
	int64_t y, rd, prev = 0;
	int m, dd, nm, nd, l, have = 0;
	uint32_t f;
	long n = 0;

	for (y = y0; y <= y1; y++) {
		nm = c->months_in_year(y);
		/* Month m's leap month first (l = 1), where there is one. */
		for (m = 1; m <= nm; m++)
		for (l = 1; l >= 0; l--) {
			if (l && (!c->leap_months ||
			    c->days_in_month(y, m, CAL_FLAG_LEAP_MONTH) == 0))
				continue;
			f = l ? CAL_FLAG_LEAP_MONTH : 0;
			nd = c->days_in_month(y, m, f);
			for (dd = 1; dd <= nd; dd++) {
				if (c->skipped != NULL && c->skipped(y, m, f, dd))
					continue;
				d.year = y;
				d.month = m;
				d.day = dd;
				d.flags = f;
				rd = c->to_fixed(&d);
				if (walk && have && rd != prev + 1)
					FAIL("%s: %" PRId64 "-%d-%d is RD %"
					    PRId64 ", after %" PRId64 "\n",
					    c->id, y, m, dd, rd, prev);
				prev = rd;
				have = 1;
				n++;
				if (cal_holds(c, rd)) {
					c->from_fixed(rd, &r);
					if (!same(&d, &r))
						FAIL("%s: %" PRId64 "-%d-%d -> %"
						    PRId64 " -> %" PRId64
						    "-%d-%d\n", c->id, y, m, dd,
						    rd, r.year, r.month, r.day);
				}
				/* The leap day of a repeated number: next. */
				if (c->repeated == NULL ||
				    !c->repeated(y, m, f, dd))
					continue;
				d.flags |= CAL_FLAG_LEAP_DAY;
				rd = c->to_fixed(&d);
				if (walk && rd != prev + 1)
					FAIL("%s: %" PRId64 "-%d-%dL is RD %"
					    PRId64 ", after %" PRId64 "\n",
					    c->id, y, m, dd, rd, prev);
				prev = rd;
				n++;
				if (!cal_holds(c, rd))
					continue;
				c->from_fixed(rd, &r);
				if (!same(&d, &r))
					FAIL("%s: %" PRId64 "-%d-%dL -> %" PRId64
					    " -> %" PRId64 "-%d-%d\n", c->id, y,
					    m, dd, rd, r.year, r.month, r.day);
			}
		}
	}
	return n;
}

static void
check(const struct calendar *c)
{
	struct cal_date lo, hi;
	int64_t rd, first = cal_rd_min(c), last = cal_rd_max(c), y0, y1;
	long n;

	c->from_fixed(first, &lo);
	c->from_fixed(last, &hi);
	if (lo.year != c->min_year || hi.year != c->max_year)
		FAIL("%s: range ends are years %" PRId64 "..%" PRId64
		    ", min_year..max_year %" PRId64 "..%" PRId64 "\n", c->id,
		    lo.year, hi.year, c->min_year, c->max_year);
	for (rd = first; rd < first + 3000 && rd <= last; rd++)
		rt_rd(c, rd);
	for (rd = last - 3000 < first ? first : last - 3000; rd <= last; rd++)
		rt_rd(c, rd);
	if (c->shape == CAL_SHAPE_COUNT) {
		for (rd = -4000000; rd <= 4000000; rd++)
			rt_rd(c, rd);
		printf("%s: range ends and counts -4e6..4e6\n", c->id);
		return;
	}
	years(c, c->min_year, c->min_year, 0);
	years(c, c->max_year, c->max_year, 0);
	y0 = c->min_year > -10000 ? c->min_year : -10000;
	y1 = c->max_year < 10000 ? c->max_year : 10000;
	n = years(c, y0, y1, 1);
	printf("%s: range ends and %ld dates of years %" PRId64 "..%" PRId64
	    "\n", c->id, n, y0, y1);
}

int
main(int argc, char **argv)
{
	const struct calendar *const *t = cal_table();
	int i;

	if (argc > 1) {
		for (i = 1; i < argc; i++) {
			const struct calendar *c = cal_lookup(argv[i]);

			if (c == NULL) {
				fprintf(stderr, "unknown calendar %s\n",
				    argv[i]);
				return 2;
			}
			check(c);
		}
	} else {
		for (i = 0; i < cal_count(); i++)
			check(t[i]);
	}
	printf("%ld failures\n", fails);
	return fails != 0;
}
EOF
objs=
for o in "build/$flavour"/src/*.o "build/$flavour"/src/cal/*.o; do
	case $o in
	*/main.o) ;;
	*) objs="$objs $o" ;;
	esac
done
# shellcheck disable=SC2086
cc -std=c11 $cflags -Isrc -o "$tmp/roundtrip" "$tmp/roundtrip.c" $objs \
    -lpopt -lunistring -lm
"$tmp/roundtrip" "$@"
