/*
 * gen.c: deterministic benchmark input for tests/bench/run.
 *
 *   gen dates N SEED   N ISO dates (YYYY-MM-DD), one a line, uniform over
 *                      the days of 1601-01-01..2400-12-31
 *   gen csv   N SEED   N CSV records: id,word,YYYY-MM-DD,amount
 *   gen text  N SEED   N lines of free text holding 0-3 dates each
 *
 * The same N and SEED give the same bytes on every machine: the generator
 * is splitmix64 and nothing depends on the locale, the clock or libc's
 * rand().  Dates in text are always set off by a space or punctuation, never
 * glued to a digit or a letter, so every date finder sees the same dates.
 *
 * The range 1601..2400 is where all peers work: dateutils' dconv refuses
 * dates before 1601-01-01 (and after 4095-12-31).  It is two whole 400-year
 * Gregorian cycles, 292194 days.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define DAYS	292194		/* 1601-01-01 .. 2400-12-31 */

static uint64_t state;

static uint64_t
next(void)
{
	uint64_t z = (state += 0x9e3779b97f4a7c15u);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
	return z ^ (z >> 31);
}

/* Uniform in 0..n-1 (n small: the bias of the multiply-shift is < 2^-40). */
static uint32_t
below(uint32_t n)
{
	return (uint32_t)(((next() >> 32) * (uint64_t)n) >> 32);
}

static char	obuf[1 << 20];
static size_t	olen;

static void
flush(void)
{
	size_t off = 0;
	while (off < olen) {
		ssize_t w = write(1, obuf + off, olen - off);
		if (w <= 0) {
			perror("gen: write");
			exit(1);
		}
		off += (size_t)w;
	}
	olen = 0;
}

static void
put(const char *s, size_t n)
{
	if (olen + n > sizeof obuf)
		flush();
	memcpy(obuf + olen, s, n);
	olen += n;
}

static void
putc1(char c)
{
	put(&c, 1);
}

static void
putu(uint64_t v, int width)
{
	char tmp[24];
	int n = 0;
	do {
		tmp[n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	while (n < width)
		tmp[n++] = '0';
	char out[24];
	for (int i = 0; i < n; i++)
		out[i] = tmp[n - 1 - i];
	put(out, (size_t)n);
}

/* Day d (0 = 1601-01-01) as YYYY-MM-DD; Hinnant's civil_from_days. */
static void
putdate(uint32_t d)
{
	int64_t z = (int64_t)d + 584694;	/* days since 0000-03-01 */
	int64_t era = z / 146097;
	int64_t doe = z - era * 146097;
	int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t y = yoe + era * 400;
	int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t mp = (5 * doy + 2) / 153;
	int64_t dd = doy - (153 * mp + 2) / 5 + 1;
	int64_t m = mp < 10 ? mp + 3 : mp - 9;
	if (m <= 2)
		y++;
	putu((uint64_t)y, 4);
	putc1('-');
	putu((uint64_t)m, 2);
	putc1('-');
	putu((uint64_t)dd, 2);
}

static const char *const words[] = {
	"alder", "birch", "cedar", "delta", "ember", "fjord", "garnet",
	"harbor", "indigo", "juniper", "kestrel", "lantern", "meadow",
	"nectar", "orchid", "pepper", "quartz", "raven", "saffron", "thistle",
	"umber", "violet", "willow", "xenon", "yarrow", "zephyr", "amber",
	"basalt", "copper", "dune", "elm", "flint", "granite", "hazel",
	"iris", "jasper", "kelp", "lichen", "maple", "nutmeg", "onyx",
	"pine", "quill", "reed", "sage", "tansy", "umbra", "vale", "wren",
	"yew", "zinc", "acorn", "bramble", "clover", "daisy", "fern",
	"ginger", "heath", "ivy", "jade", "kale", "lotus", "moss", "nettle",
};
#define NWORDS	(sizeof words / sizeof words[0])

static void
putword(void)
{
	const char *w = words[below(NWORDS)];
	put(w, strlen(w));
}

static void
gen_dates(uint64_t n)
{
	for (uint64_t i = 0; i < n; i++) {
		putdate(below(DAYS));
		putc1('\n');
	}
}

static void
gen_csv(uint64_t n)
{
	for (uint64_t i = 0; i < n; i++) {
		putu(100000 + i, 0);
		putc1(',');
		putword();
		putc1(',');
		putdate(below(DAYS));
		putc1(',');
		putu(below(1000000), 0);
		putc1('.');
		putu(below(100), 2);
		putc1('\n');
	}
}

/* Text around a date: what comes before it and after it. */
static const char *const pre[] = { " ", " (", " on ", ", ", " due " };
static const char *const post[] = { " ", ") ", ", ", ". ", "; " };

static void
gen_text(uint64_t n)
{
	for (uint64_t i = 0; i < n; i++) {
		uint32_t ndates = below(4);	/* 0..3 */
		/* 2..5 words, then each date with 1..4 words after it */
		uint32_t lead = 2 + below(4);
		for (uint32_t w = 0; w < lead; w++) {
			if (w)
				putc1(' ');
			putword();
		}
		if (below(4) == 0) {	/* a number that is not a date */
			put(" #", 2);
			putu(below(100000), 0);
		}
		for (uint32_t k = 0; k < ndates; k++) {
			const char *p = pre[below(5)];
			put(p, strlen(p));
			putdate(below(DAYS));
			const char *q = post[below(5)];
			put(q, strlen(q));
			uint32_t tail = 1 + below(4);
			for (uint32_t w = 0; w < tail; w++) {
				if (w)
					putc1(' ');
				putword();
			}
		}
		putc1('\n');
	}
}

int
main(int argc, char **argv)
{
	if (argc != 4) {
		fprintf(stderr, "usage: gen dates|csv|text N SEED\n");
		return 2;
	}
	uint64_t n = strtoull(argv[2], NULL, 10);
	state = strtoull(argv[3], NULL, 10);
	if (!strcmp(argv[1], "dates"))
		gen_dates(n);
	else if (!strcmp(argv[1], "csv"))
		gen_csv(n);
	else if (!strcmp(argv[1], "text"))
		gen_text(n);
	else {
		fprintf(stderr, "gen: unknown kind %s\n", argv[1]);
		return 2;
	}
	flush();
	return 0;
}
