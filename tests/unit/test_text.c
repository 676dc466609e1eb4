/*
 * test_text.c: the parsers, the format compiler and renderer, and the
 * words of the boundary's messages.
 */
#include <inttypes.h>
#include <string.h>

#include "calendar.h"
#include "describe.h"
#include "error.h"
#include "fixed.h"
#include "format.h"
#include "informat.h"
#include "parse.h"
#include "unit.h"
#include "validate.h"

static enum cal_err
check_text(const struct calendar *cal, const char *s, struct cal_date *d,
    struct cal_error *e)
{
	int64_t rd;

	if (parse_date(cal, s, strlen(s), d, e) != CAL_OK)
		return e->code;
	return cal_validate(cal, d, &rd, e);
}

static void
default_notations_parse(void)
{
	struct cal_date d;
	struct cal_error e;

	CHECK(check_text(&cal_gregorian, "2024-03-20", &d, &e) == CAL_OK &&
	    d.year == 2024 && d.month == 3 && d.day == 20, "ymd");
	CHECK(check_text(&cal_gregorian, "-0044-03-15", &d, &e) == CAL_OK &&
	    d.year == -44, "negative year");
	CHECK(check_text(&cal_gregorian, "+2024-3-5", &d, &e) == CAL_OK &&
	    d.month == 3 && d.day == 5, "plus sign, short fields");
	CHECK(check_text(&cal_iso_week, "2024-W12-3", &d, &e) == CAL_OK &&
	    d.month == 12 && d.day == 3, "week");
	CHECK(check_text(&cal_iso_week, "2024-w12-3", &d, &e) == CAL_OK,
	    "lower-case w");
	CHECK(check_text(&cal_ordinal, "2024-366", &d, &e) == CAL_OK &&
	    d.day == 366, "ordinal");
	CHECK(check_text(&cal_jdn, "-5", &d, &e) == CAL_OK && d.year == -5,
	    "negative count");
}

static void
malformed_text_is_a_syntax_error(void)
{
	static const char *const bad[] = {
		"", "-", "2024", "2024-", "2024-03", "2024-03-", "2024--03-01",
		"2024-03-01x", " 2024-03-01", "2024/03/01", "x2024-03-01",
		"2024-03-01-", "++2024-03-01", "2024-0x3-01",
		/* Ten bytes with both hyphens, one non-digit each. */
		"x024-03-01", "2x24-03-01", "20x4-03-01", "202x-03-01",
		"2024-x3-01", "2024-0x-01", "2024-03-x1", "2024-03-0x",
	};
	struct cal_date d;
	struct cal_error e;
	size_t i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		CHECK(check_text(&cal_gregorian, bad[i], &d, &e) ==
		    CAL_ESYNTAX, "'%s' accepted", bad[i]);
	CHECK(check_text(&cal_iso_week, "2024-12-3", &d, &e) == CAL_ESYNTAX,
	    "week without W");
	CHECK(check_text(&cal_iso_week, "2024-", &d, &e) == CAL_ESYNTAX,
	    "week cut short");
	CHECK(check_text(&cal_jdn, "12a", &d, &e) == CAL_ESYNTAX, "count");
	/* A cycle's notation is written, never read. */
	CHECK(check_text(&cal_tzolkin, "1 Imix", &d, &e) == CAL_ESYNTAX,
	    "cycle");
}

static void
fields_out_of_range_are_refused_with_their_range(void)
{
	struct cal_date d;
	struct cal_error e;
	char msg[256];

	CHECK(check_text(&cal_gregorian, "2023-02-29", &d, &e) == CAL_EDAY &&
	    e.lo == 1 && e.hi == 28, "feb 29");
	cal_describe(&cal_gregorian, &e, msg, sizeof(msg));
	CHECK(strcmp(msg, "day 29 out of range 1..28 (2023 is not a leap "
	    "year)") == 0, "message: %s", msg);
	CHECK(check_text(&cal_gregorian, "2023-04-31", &d, &e) == CAL_EDAY,
	    "apr 31");
	cal_describe(&cal_gregorian, &e, msg, sizeof(msg));
	CHECK(strcmp(msg, "day 31 out of range 1..30") == 0, "%s", msg);
	CHECK(check_text(&cal_gregorian, "2023-13-01", &d, &e) == CAL_EMONTH,
	    "month 13");
	cal_describe(&cal_gregorian, &e, msg, sizeof(msg));
	CHECK(strcmp(msg, "month 13 out of range 1..12") == 0, "%s", msg);
	CHECK(check_text(&cal_gregorian, "2023-00-01", &d, &e) == CAL_EMONTH,
	    "month 0");
	CHECK(check_text(&cal_persian, "1402-12-30", &d, &e) == CAL_EDAY,
	    "esfand 30");
	cal_describe(&cal_persian, &e, msg, sizeof(msg));
	CHECK(strcmp(msg, "day 30 out of range 1..29 (1402 is not a leap "
	    "year)") == 0, "%s", msg);
	CHECK(check_text(&cal_iso_week, "2023-W53-1", &d, &e) == CAL_EMONTH,
	    "week 53");
	cal_describe(&cal_iso_week, &e, msg, sizeof(msg));
	CHECK(strcmp(msg, "week 53 out of range 1..52 (2023 has 52 weeks)") ==
	    0, "%s", msg);
	CHECK(check_text(&cal_iso_week, "2020-W53-8", &d, &e) == CAL_EDAY,
	    "weekday 8");
	cal_describe(&cal_iso_week, &e, msg, sizeof(msg));
	CHECK(strcmp(msg, "weekday 8 out of range 1..7") == 0, "%s", msg);
	CHECK(check_text(&cal_gregorian, "2024-01-9999999999999", &d, &e) ==
	    CAL_EDAY, "saturated day");
}

static void
years_beyond_the_range_are_refused_with_the_range(void)
{
	struct cal_date d;
	struct cal_error e;
	char msg[256];

	CHECK(check_text(&cal_gregorian, "2147483648-01-01", &d, &e) ==
	    CAL_EYEAR, "year over");
	cal_describe(&cal_gregorian, &e, msg, sizeof(msg));
	CHECK(strcmp(msg, "year 2147483648 out of range "
	    "-2147483647..2147483647") == 0, "%s", msg);
	CHECK(check_text(&cal_gregorian,
	    "99999999999999999999999999999999-01-01", &d, &e) == CAL_EYEAR &&
	    !e.known, "huge year");
	cal_describe(&cal_gregorian, &e, msg, sizeof(msg));
	CHECK(strcmp(msg, "year out of range -2147483647..2147483647") == 0,
	    "%s", msg);
	CHECK(check_text(&cal_jdn, "784354017365", &d, &e) == CAL_EYEAR,
	    "jdn over");
	cal_describe(&cal_jdn, &e, msg, sizeof(msg));
	CHECK(strcmp(msg, "day number 784354017365 out of range "
	    "-784350574879..784354017364") == 0, "%s", msg);
	/* The first year is only partly inside: its earlier days are not. */
	CHECK(check_text(&cal_julian, "-2147439551-01-01", &d, &e) ==
	    CAL_ERANGE, "partial first year");
	cal_describe(&cal_julian, &e, msg, sizeof(msg));
	CHECK(strcmp(msg, "outside the supported range "
	    "-2147439551-03-07..2147439551-10-31") == 0, "%s", msg);
}

static void
formats_compile_and_render(void)
{
	static struct fmt_prog p;
	struct fmt_ctx ctx;
	struct cal_date d = { 2024, 3, 5, 0 };
	char msg[128], out[4096];
	size_t off, n;
	int64_t rd = 738950;	/* 2024-03-05: 738965 - 15 */

	CHECK(fmt_compile(&p, "%Y/%m/%d %e|%-d|%_m|%5Y|%j|%J|%u|%w|%G-W%V|"
	    "%C|%^C|%%|%t|%n", msg, sizeof(msg), &off) == 0, "%s", msg);
	fmt_context(&ctx, &cal_gregorian, "en", 0);
	n = fmt_render(&p, &cal_gregorian, &ctx, &d, rd, out);
	out[n] = '\0';
	/*
	 * 2024-03-05 is day 31 + 29 + 5 = 65 of the year, JDN 738950 +
	 * 1721425, a Tuesday (ISO 2, %w 2) in ISO week 10 (week 1 began
	 * 2024-01-01, a Monday; 64 days later is week 10).
	 */
	CHECK(strcmp(out, "2024/03/05  5|5| 3|02024|065|2460375|2|2|2024-W10|"
	    "gregorian|GREGORIAN|%|\t|\n") == 0, "got '%s'", out);
	CHECK(n <= p.max, "max %zu < %zu", p.max, n);
	d.year = -44;
	CHECK(fmt_compile(&p, "%Y %_6Y %-Y", msg, sizeof(msg), &off) == 0,
	    "%s", msg);
	out[fmt_render(&p, &cal_gregorian, &ctx, &d, rd, out)] = '\0';
	CHECK(strcmp(out, "-0044    -44 -44") == 0, "got '%s'", out);
}

static void
bad_formats_name_the_directive_and_offset(void)
{
	static struct fmt_prog p;
	static char big[FMT_OPS_MAX * 2 + 8];
	char msg[128];
	size_t off, i;

	CHECK(fmt_compile(&p, "ab%Q", msg, sizeof(msg), &off) == -1 &&
	    off == 2 && strcmp(msg, "unknown directive '%Q'") == 0, "%s", msg);
	CHECK(fmt_compile(&p, "%Y%", msg, sizeof(msg), &off) == -1 &&
	    off == 2, "lone %%: %s", msg);
	CHECK(fmt_compile(&p, "%-", msg, sizeof(msg), &off) == -1,
	    "flag only");
	CHECK(fmt_compile(&p, "%99999Y", msg, sizeof(msg), &off) == -1,
	    "width: %s", msg);
	for (i = 0; i < sizeof(big) - 1; i += 2)
		memcpy(big + i, "%Y", 2);
	CHECK(fmt_compile(&p, big, msg, sizeof(msg), &off) == -1,
	    "too many directives");
}

static void
integers_print_at_the_int64_ends(void)
{
	char out[64];

	out[fmt_int(out, INT64_MIN, 0, 0) - out] = '\0';
	CHECK(strcmp(out, "-9223372036854775808") == 0, "%s", out);
	out[fmt_int(out, INT64_MAX, 0, 0) - out] = '\0';
	CHECK(strcmp(out, "9223372036854775807") == 0, "%s", out);
	out[fmt_int(out, 7, 3, '0') - out] = '\0';
	CHECK(strcmp(out, "007") == 0, "%s", out);
	out[fmt_int(out, -7, 3, ' ') - out] = '\0';
	CHECK(strcmp(out, "  -7") == 0, "%s", out);
}

/*
 * %y in a calendar whose range does not hold today is the year nearest
 * to the nearer end of the range: islamic-umalqura has AH 1300..1600.
 */
static void
two_digit_years_count_from_the_range_without_today(void)
{
	static struct fmt_prog p;
	struct cal_date want = { 1305, 1, 1, 0 };
	struct cal_error e;
	char msg[128];
	size_t off;
	int64_t rd = 0, before, after;

	before = fx_greg_fixed(1800, 1, 1);
	after = fx_greg_fixed(2300, 1, 1);
	CHECK(fmt_compile(&p, "%y-%m-%d", msg, sizeof(msg), &off) == 0,
	    "%s", msg);
	/* From 1300: 05 is 1305, not 1205 (before the range). */
	CHECK(parse_format(&p, &cal_islamic_umalqura, before, "05-01-01", 8,
	    &rd, &e) == 8 && e.code == CAL_OK &&
	    rd == cal_islamic_umalqura.to_fixed(&want), "05 from 1300");
	/* From 1600: 99 is 1599. */
	want.year = 1599;
	CHECK(parse_format(&p, &cal_islamic_umalqura, after, "99-01-01", 8,
	    &rd, &e) == 8 && e.code == CAL_OK &&
	    rd == cal_islamic_umalqura.to_fixed(&want), "99 from 1600");
}

static void
relative_words_are_recognised(void)
{
	int off = 99;

	CHECK(parse_relative("Today", 5, &off) && off == 0, "today");
	CHECK(parse_relative("yesterday", 9, &off) && off == -1, "yesterday");
	CHECK(parse_relative("TOMORROW", 8, &off) && off == 1, "tomorrow");
	CHECK(!parse_relative("todays", 6, &off), "todays");
	CHECK(!parse_relative("tod", 3, &off), "tod");
}

static void
quoted_input_is_safe_to_print(void)
{
	char buf[256];

	err_quote(buf, sizeof(buf), "a\x01\xff'\xd8\xb4", 6);
	CHECK(strcmp(buf, "a\\x01\\xff\\x27\xd8\xb4") == 0, "%s", buf);
	err_quote(buf, 16, "0123456789012345678901234567890", 31);
	CHECK(strlen(buf) < 16, "%s", buf);
}

const struct unit_test text_tests[] = {
	{ "default notations parse", default_notations_parse },
	{ "malformed text is a syntax error",
	    malformed_text_is_a_syntax_error },
	{ "fields out of range are refused with their range",
	    fields_out_of_range_are_refused_with_their_range },
	{ "years beyond the range are refused with the range",
	    years_beyond_the_range_are_refused_with_the_range },
	{ "formats compile and render", formats_compile_and_render },
	{ "bad formats name the directive and offset",
	    bad_formats_name_the_directive_and_offset },
	{ "integers print at the int64 ends",
	    integers_print_at_the_int64_ends },
	{ "two-digit years count from the range without today",
	    two_digit_years_count_from_the_range_without_today },
	{ "relative words are recognised", relative_words_are_recognised },
	{ "quoted input is safe to print", quoted_input_is_safe_to_print },
	{ NULL, NULL }
};
