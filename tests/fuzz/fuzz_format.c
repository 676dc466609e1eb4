/*
 * fuzz_format.c: -o FORMAT strings through fmt_compile() and
 * fmt_render().
 *
 * Input: the bytes are the format string, up to the first NUL (as it
 * would arrive in argv).
 * Properties:
 * - fmt_compile() never crashes; when it refuses, the offset is inside
 *   the string and the message is NUL-terminated;
 * - a compiled program has at most FMT_OPS_MAX ops, and its literal
 *   runs point into the source string;
 * - rendering any date of any calendar, including the first and last
 *   days of the supported range (the widest years, the biggest day
 *   counts), in English and in every language calconv has names for,
 *   with and without native digits (each input renders in 8
 *   calendars two days in English and one in another language,
 *   chosen by its hash), writes at most prog.max bytes.  The output buffer is a
 *   heap block of exactly prog.max bytes, so ASan reports any byte
 *   written past the bound, and the returned length is checked too;
 * - when the format is valid UTF-8, so is what it renders (no name or
 *   numeral is cut inside a character).
 */
#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "calendar.h"
#include "format.h"

#include "fuzz.h"

/* Days to render: the range ends and their neighbours, and some days
 * around RD 0 and today. */
static const int64_t days[] = {
	CAL_RD_MIN, CAL_RD_MIN + 1, CAL_RD_MIN + 400, -1, 0, 1, 738965,
	739000, CAL_RD_MAX - 400, CAL_RD_MAX - 1, CAL_RD_MAX,
};
#define NDAYS	(sizeof(days) / sizeof(days[0]))

/* Every language of names.c's tables, and "native". */
static const char *const langs[] = {
	"en", "fr", "de", "es", "it", "pt", "ru", "tr", "ar", "fa", "he",
	"hi", "zh", "ja", "ko", "ur", "am", "th", "zh-Hant", "bn", "native",
	"xx_YY.UTF-8",
};
#define NLANGS	(sizeof(langs) / sizeof(langs[0]))
#define CALS_MAX	64
#define CALS_PER_INPUT	8	/* calendars an input renders in */

static struct fmt_ctx	ctx[CALS_MAX][NLANGS][2];

/* Each calendar's date of each day, or held[][] 0 outside its range:
 * the same for every input, so worked out once. */
static struct cal_date	date[CALS_MAX][NDAYS];
static char		held[CALS_MAX][NDAYS];

static void
setup(void)
{
	static int done;
	const struct calendar *const *t = cal_table();
	int c;
	size_t l;

	if (done)
		return;
	done = 1;
	FUZZ_CHECK(cal_count() <= CALS_MAX, "%d calendars", cal_count());
	for (c = 0; c < cal_count(); c++) {
		for (l = 0; l < NLANGS; l++) {
			fmt_context(&ctx[c][l][0], t[c], langs[l], 0);
			fmt_context(&ctx[c][l][1], t[c], langs[l], 1);
		}
		for (l = 0; l < NDAYS; l++)
			if ((held[c][l] = (char)cal_holds(t[c], days[l])))
				t[c]->from_fixed(days[l], &date[c][l]);
	}
}

static void
render(const struct fmt_prog *prog, int c, const struct fmt_ctx *x,
    size_t day, char *out, int utf8, const char *lang, int native)
{
	const struct calendar *cal = cal_table()[c];
	int64_t rd = days[day];
	size_t len;

	if (!held[c][day])
		return;		/* outside a calendar of a narrower range */
	len = fmt_render(prog, cal, x, &date[c][day], rd, out);
	FUZZ_CHECK(len <= prog->max, "%s, rd %lld, %s%s: %zu bytes written, "
	    "bound %zu", cal->id, (long long)rd, lang, native ? " native" : "",
	    len, prog->max);
	if (utf8 && u8_check((const uint8_t *)out, len) != NULL) {
		fuzz_dump("rendered", out, len);
		FUZZ_CHECK(0, "%s, rd %lld, %s%s: invalid UTF-8 from a valid "
		    "format", cal->id, (long long)rd, lang,
		    native ? " native" : "");
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct fmt_prog prog;
	char msg[256], *src, *out;
	size_t off, srclen, i, l;
	uint32_t h;
	int c, k, n, utf8;

	setup();
	if ((src = malloc(size + 1)) == NULL)
		return 0;
	memcpy(src, data, size);
	src[size] = '\0';
	srclen = strlen(src);

	if (fmt_compile(&prog, src, msg, sizeof(msg), &off) != 0) {
		FUZZ_CHECK(off <= srclen, "offset %zu past the end (%zu)", off,
		    srclen);
		FUZZ_CHECK(memchr(msg, '\0', sizeof(msg)) != NULL,
		    "message not terminated");
		free(src);
		return 0;
	}
	FUZZ_CHECK(prog.nops >= 0 && prog.nops <= FMT_OPS_MAX, "%d ops",
	    prog.nops);
	for (k = 0; k < prog.nops; k++)
		FUZZ_CHECK(prog.ops[k].text >= src &&
		    prog.ops[k].text + prog.ops[k].len <= src + srclen,
		    "op %d text outside the source", k);
	utf8 = u8_check((const uint8_t *)src, srclen) == NULL;

	/* Exactly prog.max bytes; malloc(0) is a unique block in glibc. */
	if ((out = malloc(prog.max)) == NULL && prog.max != 0) {
		free(src);
		return 0;
	}
	/*
	 * Each input renders in CALS_PER_INPUT calendars, each two of the
	 * days in English and one in another language, native digits
	 * every other time; which calendars, days and languages turns
	 * with the input's hash, so that over many inputs every calendar,
	 * day and language comes round with every kind of format, at a
	 * thirtieth of the cost of rendering them all.
	 */
	for (h = 2166136261u, i = 0; i < srclen; i++)
		h = (h ^ (unsigned char)src[i]) * 16777619u;
	for (n = 0; n < CALS_PER_INPUT; n++) {
		c = (int)((h + (uint32_t)n * 7u) % (uint32_t)cal_count());
		for (i = 0; i < 2; i++)
			render(&prog, c, &ctx[c][0][0],
			    (h + (size_t)c + i * 5) % NDAYS, out, utf8, "en", 0);
		l = (h / NDAYS + (size_t)c) % NLANGS;
		k = (int)((h / NDAYS / NLANGS + (size_t)c) & 1);
		render(&prog, c, &ctx[c][l][k], (h / 3 + (size_t)c) % NDAYS,
		    out, utf8, langs[l], k);
	}
	free(out);
	free(src);
	return 0;
}
