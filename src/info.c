/*
 * info.c: --list and --info, the calendars described.  Output goes to
 * stdout through stdio; main() checks it is written.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <uniwidth.h>

#include "calendar.h"
#include "convert.h"
#include "describe.h"
#include "error.h"
#include "fixed.h"
#include "format.h"
#include "info.h"
#include "validate.h"

/*
 * Write s centred or padded to width display columns.  A right-to-left
 * word is followed by a left-to-right mark, so that a terminal does not
 * reorder the digits and blanks around it.
 */
static void
pad(const char *s, int width, int centre)
{
	int w = u8_strwidth((const uint8_t *)s, "UTF-8"), left = 0;

	if (centre && w < width)
		left = (width - w) / 2;
	printf("%*s%s%s%*s", left, "", s, fmt_is_rtl(s) ? FMT_LRM : "",
	    w + left < width ? width - w - left : 0, "");
}

/* A number in the context's numerals (native when asked), in buf. */
static const char *
number(const struct fmt_ctx *ctx, const struct calendar *cal, int64_t v,
    char *buf)
{
	static struct fmt_prog prog;
	static int ready;
	struct cal_date d = { v, 1, 1, 0 };
	char msg[64];
	size_t off, n;

	if (!ready && fmt_compile(&prog, "%-Y", msg, sizeof(msg), &off) == 0)
		ready = 1;
	n = fmt_render(&prog, cal, ctx, &d, 0, buf);
	buf[n] = '\0';
	return buf;
}

static const char *
month_name(const struct calendar *cal, const struct fmt_ctx *ctx,
    int64_t y, int m)
{
	int slot = cal->month_slot != NULL ? cal->month_slot(y, m, 0) : m;

	if (ctx->names == NULL || slot < 1 || slot > ctx->set->nslots)
		return NULL;
	/* Standing alone, as a heading: the stand-alone form. */
	if (ctx->names->month_sa != NULL)
		return ctx->names->month_sa[slot - 1];
	return ctx->names->month[slot - 1];
}

/* "date" or "first..last" of a run of days in cal, into buf. */
static void
span(const struct calendar *cal, int64_t rd, int days, char *buf)
{
	size_t n;

	n = conv_default(cal, rd, buf);
	if (days > 1) {
		buf[n++] = '.';
		buf[n++] = '.';
		n += conv_default(cal, rd + days - 1, buf + n);
	}
	buf[n] = '\0';
}

/* The year's named days, each with its dates in cal and Gregorian. */
static void
feast_lines(const struct calendar *cal, int64_t y)
{
	struct cal_feast f[CAL_FEASTS_MAX];
	char a[2 * FMT_DATE_MAX + 3], b[2 * FMT_DATE_MAX + 3];
	int i, n = cal->feasts(y, f);

	for (i = 0; i < n && i < CAL_FEASTS_MAX; i++) {
		if (f[i].days < 1 || !cal_holds(cal, f[i].rd) ||
		    !cal_holds(cal, f[i].rd + f[i].days - 1)) {
			printf("%s  outside the supported range\n", f[i].name);
			continue;
		}
		span(cal, f[i].rd, f[i].days, a);
		span(&cal_gregorian, f[i].rd, f[i].days, b);
		printf("%s  %s  %s\n", f[i].name, a, b);
	}
}

static void
year_info(const struct calendar *cal, const struct fmt_ctx *ctx, int64_t y)
{
	struct cal_date d = { y, 1, 1, 0 };
	int m, n = cal->months_in_year(y), len, w = 0;
	int64_t first, total = 0;
	const char *name;
	char gb[FMT_DATE_MAX + 1], gb2[FMT_DATE_MAX + 1];
	char num[FMT_ITEM_MAX + 64];

	for (m = 1; m <= n; m++) {
		total += cal->days_in_month(y, m, 0);
		if ((name = month_name(cal, ctx, y, m)) != NULL &&
		    u8_strwidth((const uint8_t *)name, "UTF-8") > w)
			w = u8_strwidth((const uint8_t *)name, "UTF-8");
	}
	printf("%s %s: ", cal->id, number(ctx, cal, y, num));
	first = cal_to_fixed(cal, &d);
	if (!cal_holds(cal, first) || !cal_holds(cal, first + total - 1)) {
		/* A year at the edge of a narrower range: only some days. */
		int64_t a = first > cal_rd_min(cal) ? first : cal_rd_min(cal);
		int64_t b = first + total - 1 < cal_rd_max(cal) ?
		    first + total - 1 : cal_rd_max(cal);

		printf("%" PRId64 " days in the supported range, %d months\n",
		    b - a + 1, n);
	} else {
		if (cal->is_leap != NULL)
			printf("%s, ", cal->is_leap(y) ? "leap year" :
			    "common year");
		printf("%" PRId64 " days, %d months\n", total, n);
	}
	for (m = 1; m <= n; m++) {
		d.month = m;
		d.day = 1;
		first = cal_to_fixed(cal, &d);
		len = cal->days_in_month(y, m, 0);
		printf("%2d  ", m);
		name = month_name(cal, ctx, y, m);
		pad(name != NULL ? name : "", w, 0);
		if (!cal_holds(cal, first) ||
		    !cal_holds(cal, first + len - 1)) {
			/* The edge of a calendar's narrower range. */
			printf("  outside the supported range\n");
			continue;
		}
		gb[conv_default(&cal_gregorian, first, gb)] = '\0';
		gb2[conv_default(&cal_gregorian, first + len - 1, gb2)] = '\0';
		printf("  %2d days  %s..%s\n", len, gb, gb2);
	}
	if (cal->feasts != NULL)
		feast_lines(cal, y);
}

static void
month_grid(const struct calendar *cal, const struct fmt_ctx *ctx, int64_t y,
    int m)
{
	struct cal_date d = { y, m, 1, 0 };
	int len = cal->days_in_month(y, m, 0);
	int start = cal->week_start != 0 ? cal->week_start % 7 : 1;
	int col = 2, i, k, wd;
	int64_t first = cal_to_fixed(cal, &d);
	const char *name = month_name(cal, ctx, y, m), *abbr;
	char title[FMT_ITEM_MAX + 64], num[FMT_ITEM_MAX + 64];

	/* Each column as wide as the widest weekday abbreviation. */
	for (i = 0; i < 7; i++) {
		k = u8_strwidth((const uint8_t *)ctx->weekdays->weekday_abbr[i],
		    "UTF-8");
		if (k > col)
			col = k;
	}
	if (name != NULL)
		snprintf(title, sizeof(title), "%s %s", name,
		    number(ctx, cal, y, num));
	else
		snprintf(title, sizeof(title), "%s-%02d", number(ctx, cal,
		    y, num), m);
	pad(title, 7 * (col + 1) - 1, 1);
	printf("\n");
	for (i = 0; i < 7; i++) {
		abbr = ctx->weekdays->weekday_abbr[(start + i) % 7];
		pad(abbr, col, 0);
		printf(i < 6 ? " " : "\n");
	}
	wd = (fx_weekday(first) - start + 7) % 7;
	for (i = 0; i < wd; i++)
		printf("%*s", col + 1, "");
	for (i = 1; i <= len; i++) {
		number(ctx, cal, i, num);
		k = u8_strwidth((const uint8_t *)num, "UTF-8");
		printf("%*s%s", col - k, "", num);
		if (++wd == 7 || i == len) {
			printf("\n");
			wd = 0;
		} else {
			printf(" ");
		}
	}
}

void
run_info(const char *arg, const char *lang, int native)
{
	const struct calendar *cal;
	const char *colon = strchr(arg, ':'), *p;
	struct fmt_ctx ctx;
	struct cal_date d = { 0, 1, 1, 0 };
	struct cal_error e;
	char name[64], why[256];
	int64_t rd;
	char *end;
	long long y;
	long mo = 0;
	int has_month = 0;

	if (colon == NULL || (size_t)(colon - arg) >= sizeof(name)) {
		err_usage("--info takes CAL:YEAR or CAL:YEAR-MM, not '%s'",
		    arg);
		return;
	}
	memcpy(name, arg, (size_t)(colon - arg));
	name[colon - arg] = '\0';
	if ((cal = cal_lookup(name)) == NULL) {
		conv_unknown(name);
		return;
	}
	if (cal->shape != CAL_SHAPE_YMD && cal->shape != CAL_SHAPE_ERA) {
		err_usage("--info describes calendars of years and months, "
		    "not %s", cal->id);
		return;
	}
	if (cal->leap_months || cal->skipped != NULL ||
	    cal->repeated != NULL) {
		err_usage("--info does not describe calendars with leap months "
		    "or skipped days, such as %s", cal->id);
		return;
	}
	p = colon + 1;
	y = strtoll(p, &end, 10);
	if (end != p && *end == '-') {
		has_month = 1;
		p = end + 1;
		mo = strtol(p, &end, 10);
	}
	if (end == p || *end != '\0') {
		err_usage("--info takes CAL:YEAR or CAL:YEAR-MM, not '%s'",
		    arg);
		return;
	}
	d.year = y;
	if (cal_validate(cal, &d, &rd, &e) != CAL_OK) {
		cal_describe(cal, &e, why, sizeof(why));
		err_at(ERR_DATE, NULL, 0, "'%s': %s", arg, why);
		return;
	}
	/* Out of int32_t's range, the month saturates: still refused. */
	d.month = (int32_t)(mo < -INT32_MAX ? -INT32_MAX : mo > INT32_MAX ?
	    INT32_MAX : mo);
	fmt_context(&ctx, cal, lang, native);
	if (!has_month) {
		year_info(cal, &ctx, d.year);
		return;
	}
	if (cal_validate(cal, &d, &rd, &e) != CAL_OK) {
		cal_describe(cal, &e, why, sizeof(why));
		err_at(ERR_DATE, NULL, 0, "'%s': %s", arg, why);
		return;
	}
	month_grid(cal, &ctx, d.year, d.month);
}

static const char *const kind_names[] = {
	[CAL_SOLAR] = "solar", [CAL_LUNAR] = "lunar",
	[CAL_LUNISOLAR] = "lunisolar", [CAL_WEEK] = "week",
	[CAL_COUNT] = "day count", [CAL_CYCLE] = "cycle",
};

void
run_list(int tty)
{
	const struct calendar *const *t = cal_table();
	const char *const *a;
	char range[2 * FMT_DATE_MAX + 8];
	int i;
	char sep = tty ? ' ' : '\t';

	if (tty)
		printf("%-16s %-30s %-10s %s\n", "CALENDAR", "ALIASES",
		    "KIND", "DESCRIPTION");
	for (i = 0; i < cal_count(); i++) {
		char aliases[256] = "-";
		size_t n = 0;

		/* The aliases, comma-separated (bounded: names are short). */
		for (a = t[i]->aliases; a != NULL && *a != NULL &&
		    n < sizeof(aliases); a++)
			n += (size_t)snprintf(aliases + n, sizeof(aliases) - n,
			    "%s%s", n > 0 ? "," : "", *a);
		conv_range(t[i], range, sizeof(range));
		if (tty)
			printf("%-16s %-30s %-10s %s\n%16s range %s%s%s\n",
			    t[i]->id, aliases, kind_names[t[i]->kind],
			    t[i]->title, "", range,
			    t[i]->note != NULL ? "; " : "",
			    t[i]->note != NULL ? t[i]->note : "");
		else
			printf("%s%c%s%c%s%c%s%c%s%s%s\n", t[i]->id, sep,
			    aliases, sep, kind_names[t[i]->kind], sep, range,
			    sep, t[i]->title, t[i]->note != NULL ? "; " : "",
			    t[i]->note != NULL ? t[i]->note : "");
	}
}
