/*
 * minloop.c: the floor for "parse, convert, print" in tests/bench/run.
 *
 *   minloop ymd|jdn|iso-week|ordinal < dates > converted
 *
 * Reads stdin in 1 MiB chunks, splits lines with memchr, parses each line
 * as YYYY-MM-DD with hand-written code (4-digit year; digits and the day of
 * the month are checked, a line that is not a date is copied unchanged),
 * turns it into a day count with the usual Gregorian formula
 * (days_from_civil), converts, and prints with hand-written digit code into
 * a 1 MiB output buffer:
 *
 *   ymd       the day count back to YYYY-MM-DD (civil_from_days): the full
 *             round trip, what every calconv conversion has to do at least
 *   jdn       the Julian Day Number
 *   iso-week  YYYY-Www-D (weekday, then the Thursday's year back out)
 *   ordinal   YYYY-DDD
 *
 * The output is byte-identical to calconv's for the same target (the bench
 * script checks), so the instruction counts compare like with like.  No
 * error messages, no options, no locale: this is what the work costs when
 * nothing else is done.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define BUFSZ	(1 << 20)

static char	ibuf[BUFSZ + 1];
static char	obuf[BUFSZ];
static size_t	olen;

static void
flush(void)
{
	size_t off = 0;
	while (off < olen) {
		ssize_t w = write(1, obuf + off, olen - off);
		if (w <= 0) {
			perror("minloop: write");
			_exit(1);
		}
		off += (size_t)w;
	}
	olen = 0;
}

static const char digits2[] =
	"00010203040506070809101112131415161718192021222324"
	"25262728293031323334353637383940414243444546474849"
	"50515253545556575859606162636465666768697071727374"
	"75767778798081828384858687888990919293949596979899";

static inline char *
put2(char *p, unsigned v)
{
	memcpy(p, digits2 + 2 * v, 2);
	return p + 2;
}

static inline char *
put4(char *p, unsigned v)	/* 0..9999 */
{
	p = put2(p, v / 100);
	return put2(p, v % 100);
}

static inline char *
putn(char *p, uint64_t v)	/* any width, no padding */
{
	char tmp[20], *q = tmp + sizeof tmp;
	while (v >= 100) {
		q -= 2;
		memcpy(q, digits2 + 2 * (v % 100), 2);
		v /= 100;
	}
	if (v >= 10) {
		q -= 2;
		memcpy(q, digits2 + 2 * v, 2);
	} else {
		*--q = (char)('0' + v);
	}
	size_t n = (size_t)(tmp + sizeof tmp - q);
	memcpy(p, q, n);
	return p + n;
}

/* Days since 1970-01-01 (Hinnant's days_from_civil). */
static inline int64_t
days_from_civil(int64_t y, unsigned m, unsigned d)
{
	y -= m <= 2;
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	unsigned yoe = (unsigned)(y - era * 400);
	unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (int64_t)doe - 719468;
}

static inline void
civil_from_days(int64_t z, int64_t *yp, unsigned *mp, unsigned *dp)
{
	z += 719468;
	int64_t era = (z >= 0 ? z : z - 146096) / 146097;
	unsigned doe = (unsigned)(z - era * 146097);
	unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	unsigned mp0 = (5 * doy + 2) / 153;
	unsigned d = doy - (153 * mp0 + 2) / 5 + 1;
	unsigned m = mp0 < 10 ? mp0 + 3 : mp0 - 9;
	*yp = (int64_t)yoe + era * 400 + (m <= 2);
	*mp = m;
	*dp = d;
}

static inline int
leap(int64_t y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static const unsigned char mdays[13] =
	{ 0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
static const unsigned short cumdays[13] =
	{ 0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 };

enum target { T_YMD, T_JDN, T_ISOWEEK, T_ORDINAL };

static inline int
dig(char c)
{
	return (unsigned)(c - '0') <= 9;
}

/* Convert one line s[0..n) (no newline); write the result at p. */
static inline char *
convert(enum target t, const char *s, size_t n, char *p)
{
	if (n != 10 || !dig(s[0]) || !dig(s[1]) || !dig(s[2]) || !dig(s[3]) ||
	    s[4] != '-' || !dig(s[5]) || !dig(s[6]) || s[7] != '-' ||
	    !dig(s[8]) || !dig(s[9]))
		goto keep;
	int64_t y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 +
	    (s[2] - '0') * 10 + (s[3] - '0');
	unsigned m = (unsigned)((s[5] - '0') * 10 + (s[6] - '0'));
	unsigned d = (unsigned)((s[8] - '0') * 10 + (s[9] - '0'));
	if (m < 1 || m > 12 || d < 1 ||
	    d > mdays[m] + (unsigned)(m == 2 && leap(y)))
		goto keep;

	int64_t z = days_from_civil(y, m, d);
	switch (t) {
	case T_YMD: {
		int64_t y2;
		unsigned m2, d2;
		civil_from_days(z, &y2, &m2, &d2);
		p = put4(p, (unsigned)y2);
		*p++ = '-';
		p = put2(p, m2);
		*p++ = '-';
		p = put2(p, d2);
		break;
	}
	case T_JDN:
		p = putn(p, (uint64_t)(z + 2440588));
		break;
	case T_ISOWEEK: {
		/* 1970-01-01 was a Thursday: weekday 1 = Monday .. 7. */
		int64_t r = (z + 3) % 7;
		unsigned wd = (unsigned)(r < 0 ? r + 7 : r) + 1;
		int64_t thu = z - wd + 4;
		int64_t ty;
		unsigned tm, td;
		civil_from_days(thu, &ty, &tm, &td);
		unsigned tdoy = cumdays[tm] + td + (unsigned)(tm > 2 && leap(ty));
		unsigned week = (tdoy - 1) / 7 + 1;
		p = put4(p, (unsigned)ty);
		*p++ = '-';
		*p++ = 'W';
		p = put2(p, week);
		*p++ = '-';
		*p++ = (char)('0' + wd);
		break;
	}
	case T_ORDINAL:
		p = put4(p, (unsigned)y);
		*p++ = '-';
		unsigned doy = cumdays[m] + d + (unsigned)(m > 2 && leap(y));
		*p++ = (char)('0' + doy / 100);
		p = put2(p, doy % 100);
		break;
	}
	return p;
keep:
	memcpy(p, s, n);
	return p + n;
}

int
main(int argc, char **argv)
{
	enum target t;
	if (argc == 2 && !strcmp(argv[1], "ymd"))
		t = T_YMD;
	else if (argc == 2 && !strcmp(argv[1], "jdn"))
		t = T_JDN;
	else if (argc == 2 && !strcmp(argv[1], "iso-week"))
		t = T_ISOWEEK;
	else if (argc == 2 && !strcmp(argv[1], "ordinal"))
		t = T_ORDINAL;
	else {
		fprintf(stderr, "usage: minloop ymd|jdn|iso-week|ordinal\n");
		return 2;
	}

	size_t have = 0;	/* bytes of an unfinished line kept at ibuf */
	for (;;) {
		ssize_t r = read(0, ibuf + have, BUFSZ - have);
		if (r < 0) {
			perror("minloop: read");
			return 1;
		}
		size_t end = have + (size_t)r;
		int eof = r == 0;
		const char *s = ibuf, *lim = ibuf + end;
		for (;;) {
			const char *nl = memchr(s, '\n', (size_t)(lim - s));
			if (!nl) {
				if (!eof || s == lim)
					break;
				nl = lim;	/* last line without newline */
			}
			/* A result is the line itself or at most 20 bytes. */
			size_t n = (size_t)(nl - s);
			if (olen + n + 32 > sizeof obuf)
				flush();
			char *p = convert(t, s, n, obuf + olen);
			if (nl < lim)
				*p++ = '\n';
			olen = (size_t)(p - obuf);
			s = nl + (nl < lim);
			if (s >= lim)
				break;
		}
		if (eof)
			break;
		have = (size_t)(lim - s);
		if (have == BUFSZ) {	/* a line longer than the buffer */
			fprintf(stderr, "minloop: line too long\n");
			return 1;
		}
		memmove(ibuf, s, have);
	}
	flush();
	return 0;
}
