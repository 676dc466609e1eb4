/*
 * japanese.c: the Japanese calendar of imperial eras (wareki) since
 * Japan adopted the Gregorian calendar.
 *
 * Facts: Gregorian months and days, the year counted within an era
 * named for the reign.  Japan moved to the Gregorian calendar on
 * Meiji 6-01-01 = 1873-01-01 (Meiji 5-12-03 of the old lunisolar
 * calendar became that day; Dajokan decree 337 of 1872).  The eras and
 * the days they begin are those of CLDR's supplementalData.xml
 * (calendarData, type "japanese", eras 232..236), which ICU 72 follows
 * (checked day by day with ucal, tests/oracle):
 *   232 Meiji   1868-09-08  (year 1 = 1868)
 *   233 Taisho  1912-07-30  (year 1 = 1912)
 *   234 Showa   1926-12-25  (year 1 = 1926)
 *   235 Heisei  1989-01-08  (year 1 = 1989)
 *   236 Reiwa   2019-05-01  (year 1 = 2019)
 * An era's first year is the Gregorian year in which it began, so the
 * first and last years of adjoining eras are the same Gregorian year
 * (Showa 64 and Heisei 1 are both 1989).
 * Representation: cal_date.year is the Gregorian year (from 1873), and
 * era() and era_year() give the era and the year within it from the
 * whole date, so %EY writes "6 Reiwa".  The default notation is the
 * era's initial (CLDR's narrow era names M T S H R), the year of the
 * era, month and day: R6-03-20 (CAL_SHAPE_ERA); reading it, a date
 * outside the era named (H40-01-01, R1-01-01) is refused.
 * Epoch: the Gregorian one, through the arithmetic of fixed.c.
 * Range: 1873-01-01 (RD 683735, M6-01-01) to CAL_RD_MAX
 * (R2147481629-12-31); the lunisolar calendar used before 1873 is not
 * this calendar, so earlier days are refused rather than made
 * proleptic.  Overflow: only the Gregorian arithmetic of fixed.c, and
 * a year of an era below 10^16 plus an era's first year.
 */
#include "../calendar.h"
#include "../fixed.h"

#define FIRST_ERA	232		/* CLDR's index of Meiji */
#define NERAS		5
#define FIRST_RD	INT64_C(683735)	/* 1873-01-01 */

static const char *const aliases[] = { "wareki", NULL };

/*
 * Each era's first day, and the Gregorian year before its year 1.  The
 * day is year * 512 + month * 32 + day, which orders dates as the
 * calendar does (months below 16, days below 32), so that finding a
 * date's era needs no day number.
 */
#define YMD(y, m, d)	((int64_t)(y) * 512 + (m) * 32 + (d))

static const struct {
	int64_t	ymd;
	int	year0;
} eras[NERAS] = {
	{ YMD(1868, 9, 8), 1867 },	/* Meiji */
	{ YMD(1912, 7, 30), 1911 },	/* Taisho */
	{ YMD(1926, 12, 25), 1925 },	/* Showa */
	{ YMD(1989, 1, 8), 1988 },	/* Heisei */
	{ YMD(2019, 5, 1), 2018 },	/* Reiwa */
};

/* The Gregorian years and months, with the eras' names. */
#define OFFSET	0	/* this calendar's year - the Gregorian year */
FX_GREG_OFFSET_CALENDAR

/* The era of a valid date: the last one begun by its day. */
static int
era(const struct cal_date *d, int64_t *yoe)
{
	int64_t ymd = YMD(d->year, d->month, d->day);
	int k = NERAS - 1;

	while (k > 0 && ymd < eras[k].ymd)
		k--;
	*yoe = d->year - eras[k].year0;
	return FIRST_ERA + k;
}

/*
 * The Gregorian year of year yoe of era e.  An era before Meiji gives
 * a year before 1873, which the boundary refuses.
 */
static int64_t
era_year(int e, int64_t yoe)
{
	if (e < FIRST_ERA || e >= FIRST_ERA + NERAS)
		return 0;
	return eras[e - FIRST_ERA].year0 + yoe;
}

const struct calendar cal_japanese = {
	.id = "japanese",
	.aliases = aliases,
	.title = "Japanese imperial eras since 1873 (Meiji 6), Gregorian "
	    "months; R6-03-20",
	.note = "eras M Meiji, T Taisho from 1912-07-30, S Showa from "
	    "1926-12-25, H Heisei from 1989-01-08, R Reiwa from 2019-05-01",
	.kind = CAL_SOLAR,
	.shape = CAL_SHAPE_ERA,
	.min_year = 1873,
	.max_year = INT64_C(2147483647),
	FX_CALENDAR_FUNCTIONS(fx_twelve),
	.names = "japanese",
	.era = era,
	.era_year = era_year,
	.week_start = 7,	/* Sunday */
	.min_rd = FIRST_RD,
	.max_rd = CAL_RD_MAX,
	.era_letters = "MTSHR",
	.era_first = FIRST_ERA,
};
