/*
 * balinese.c: the Balinese Pawukon, the 210-day cycle of 30 weeks.
 *
 * Source: Reingold & Dershowitz, Calendrical Calculations (4th ed.),
 * ch. 12: bali-epoch, bali-day-from-fixed, bali-saptawara-from-fixed,
 * bali-pancawara-from-fixed, bali-week-from-fixed.  Facts: the
 * Pawukon runs ten cycles of 1 to 10 days at once through 210 days;
 * its days are named, as Balinese calendars and holidays name them,
 * by the day of the 7-day week (saptawara), the day of the 5-day week
 * (pancawara) and the week (wuku, 30 of them): Galungan is Buda
 * Kliwon Dungulan, Kuningan ten days later Saniscara Kliwon Kuningan.
 * Day 0 of the cycle is Redite Paing Sinta.  Names: the saptawara
 * Redite, Soma, Anggara, Buda, Wraspati, Sukra, Saniscara (Sunday to
 * Saturday); the pancawara Umanis, Paing, Pon, Wage, Kliwon; the
 * wuku Sinta .. Watugunung as below, in the spellings of Balinese
 * printed calendars (others exist: Dunggulan, Kulawu, Tolu/Taulu).
 * The other eight cycles of the Pawukon (luang, dwiwara, triwara,
 * caturwara, sadwara, asatawara, sangawara, dasawara) are not named:
 * the three above fix the day in the cycle.
 * Notation: "Buda Kliwon Dungulan", written but never read: the same
 * day recurs every 210 days (cal_date.year counts the cycles and is
 * not written; see the cycle member in calendar.h).
 * Representation: year = whole cycles since the epoch, month = the
 * wuku 1..30, day = the saptawara 1..7 (bali-week-from-fixed and
 * bali-saptawara-from-fixed, as day = bali-day mod 7 + 1 and week =
 * bali-day div 7 + 1 agree); the pancawara is amod(bali-day + 2, 5).
 * Epoch: RD -1721279 = fixed-from-jd(146), R&D bali-epoch, a Redite
 * Paing Sinta.
 * Range: every day of CAL_RD_MIN..CAL_RD_MAX, cycles -3735002739 to
 * 3735019129.  Overflow: |cycles| * 210 < 7.9e11.
 */
#include "../calendar.h"
#include "../fixed.h"
#include "notation.h"

#define EPOCH	INT64_C(-1721279)	/* RD of day 0 of a Pawukon */

static const char *const aliases[] = { "pawukon", "bali", NULL };

static const char *const saptawara[7] = {
	"Redite", "Soma", "Anggara", "Buda", "Wraspati", "Sukra", "Saniscara"
};

static const char *const pancawara[5] = {
	"Umanis", "Paing", "Pon", "Wage", "Kliwon"
};

static const char *const wuku[30] = {
	"Sinta", "Landep", "Ukir", "Kulantir", "Tolu", "Gumbreg", "Wariga",
	"Warigadean", "Julungwangi", "Sungsang", "Dungulan", "Kuningan",
	"Langkir", "Medangsia", "Pujut", "Pahang", "Krulut", "Merakih",
	"Tambir", "Medangkungan", "Matal", "Uye", "Menail", "Prangbakat",
	"Bala", "Ugu", "Wayang", "Klawu", "Dukut", "Watugunung"
};

static int
thirty(int64_t y)
{
	(void)y;
	return 30;
}

static int
week_days(int64_t y, int m, uint32_t flags)
{
	(void)y;
	(void)m;
	(void)flags;
	return 7;
}

static int64_t
to_fixed(const struct cal_date *d)
{
	return EPOCH + d->year * 210 + (d->month - 1) * 7 + d->day - 1;
}

static void
from_fixed(int64_t rd, struct cal_date *d)
{
	int64_t y = fx_div(rd - EPOCH, 210);
	int day = (int)(rd - EPOCH - y * 210);		/* bali-day, 0..209 */

	d->year = y;
	d->month = day / 7 + 1;
	d->day = day % 7 + 1;
	d->flags = 0;
}

/* "Buda Kliwon Dungulan": saptawara, pancawara, wuku. */
static size_t
notation(const struct cal_date *d, char *out)
{
	int day = (d->month - 1) * 7 + d->day - 1;	/* bali-day */
	char *p = notation_put_str(out, saptawara[d->day - 1]);

	*p++ = ' ';
	p = notation_put_str(p, pancawara[fx_amod(day + 2, 5) - 1]);
	*p++ = ' ';
	return (size_t)(notation_put_str(p, wuku[d->month - 1]) - out);
}

const struct calendar cal_balinese = {
	.id = "balinese",
	.aliases = aliases,
	.title = "Balinese Pawukon, the 210-day cycle of 30 weeks: Buda "
	    "Kliwon Dungulan (written, not read)",
	.note = "saptawara, pancawara and wuku",
	.kind = CAL_CYCLE,
	.shape = CAL_SHAPE_CYCLE,
	.min_year = INT64_C(-3735002739),
	.max_year = INT64_C(3735019129),
	.months_in_year = thirty,
	.days_in_month = week_days,
	.is_leap = NULL,
	.to_fixed = to_fixed,
	.from_fixed = from_fixed,
	.names = NULL,
	.cycle = 210,
	.notation = notation,
};
