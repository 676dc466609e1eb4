/*
 * fuzz_parse.c: the input boundary, text -> fields -> valid date.
 *
 * Input: the first byte picks the source calendar (mod cal_count()),
 * the rest is the date text as one record would hand it over.
 * Properties:
 * - parse_date() and cal_validate() never crash, whatever the bytes;
 * - a date that passes both is in CAL_RD_MIN..CAL_RD_MAX, and
 *   from_fixed(rd) gives the same fields back, which validate again
 *   and lead to rd again (to_fixed o from_fixed is the identity);
 * - the default notation of that date parses back to the same rd;
 * - a refused date can be described (cal_describe) and quoted
 *   (err_quote) within the buffers stream.c gives them.
 */
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "error.h"
#include "format.h"
#include "parse.h"
#include "validate.h"

#include "fuzz.h"

#if defined(__SANITIZE_ADDRESS__)
#define FUZZ_ASAN	1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define FUZZ_ASAN	1
#endif
#endif
#ifdef FUZZ_ASAN
#include <sanitizer/asan_interface.h>
#else
#define ASAN_POISON_MEMORY_REGION(p, n)		((void)(p), (void)(n))
#define ASAN_UNPOISON_MEMORY_REGION(p, n)	((void)(p), (void)(n))
#endif

static int
same_date(const struct cal_date *a, const struct cal_date *b)
{
	/* The era a text named is a flag from_fixed() never sets. */
	return a->year == b->year && a->month == b->month &&
	    a->day == b->day && (a->flags & ~CAL_FLAG_ERA_MASK) ==
	    (b->flags & ~CAL_FLAG_ERA_MASK);
}

static void
refused(const struct calendar *cal, const struct cal_error *e,
    const char *s, size_t n)
{
	/* The sizes stream.c's to_fixed() uses. */
	char why[256], q[256];

	FUZZ_CHECK(e->code > CAL_OK && e->code < CAL_ERR_MAX,
	    "error code %d", (int)e->code);
	cal_describe(cal, e, why, sizeof(why));
	FUZZ_CHECK(memchr(why, '\0', sizeof(why)) != NULL, "unterminated");
	err_quote(q, sizeof(q), s, n);
	FUZZ_CHECK(memchr(q, '\0', sizeof(q)) != NULL, "unterminated");
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct calendar *cal;
	struct cal_date d, back, again;
	struct cal_error e;
	char text[FMT_DATE_MAX];
	char *s;
	size_t n, len;
	int64_t rd, rd2, rd3;
	int off;

	if (size == 0)
		return 0;
	cal = cal_table()[data[0] % cal_count()];
	n = size - 1;
	/*
	 * jq's pattern: a NUL-terminated heap copy.  The parsers take a
	 * length and must never look at the terminator, so under ASan it
	 * is poisoned: reading s[n] is reported like any overflow.
	 */
	if ((s = malloc(n + 1)) == NULL)
		return 0;
	memcpy(s, data + 1, n);
	s[n] = '\0';
	ASAN_POISON_MEMORY_REGION(s + n, 1);

	if (parse_date(cal, s, n, &d, &e) != CAL_OK) {
		FUZZ_CHECK(e.code != CAL_OK, "parse failed with CAL_OK");
		refused(cal, &e, s, n);
		(void)parse_relative(s, n, &off);
		goto out;
	}
	FUZZ_CHECK(e.code == CAL_OK, "parse succeeded with code %d",
	    (int)e.code);
	if (cal_validate(cal, &d, &rd, &e) != CAL_OK) {
		refused(cal, &e, s, n);
		goto out;
	}
	FUZZ_CHECK(rd >= CAL_RD_MIN && rd <= CAL_RD_MAX,
	    "%s: valid date at rd %lld", cal->id, (long long)rd);

	/* to_fixed o from_fixed is the identity. */
	cal->from_fixed(rd, &back);
	FUZZ_CHECK(same_date(&d, &back), "%s: %lld-%d-%d -> rd %lld -> "
	    "%lld-%d-%d", cal->id, (long long)d.year, d.month, d.day,
	    (long long)rd, (long long)back.year, back.month, back.day);
	FUZZ_CHECK(cal_validate(cal, &back, &rd2, &e) == CAL_OK && rd2 == rd,
	    "%s: from_fixed(%lld) does not validate back (code %d)",
	    cal->id, (long long)rd, (int)e.code);

	/* What calconv writes for the date reads back as the same day. */
	len = fmt_default(cal, &back, text);
	FUZZ_CHECK(len <= sizeof(text), "fmt_default wrote %zu bytes", len);
	FUZZ_CHECK(parse_date(cal, text, len, &again, &e) == CAL_OK &&
	    cal_validate(cal, &again, &rd3, &e) == CAL_OK && rd3 == rd,
	    "%s: '%.*s' does not read back as rd %lld", cal->id, (int)len,
	    text, (long long)rd);
out:
	ASAN_UNPOISON_MEMORY_REGION(s + n, 1);
	free(s);
	return 0;
}
