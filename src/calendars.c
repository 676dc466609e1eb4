/*
 * calendars.c: the static table of calendar backends.
 *
 * The table is const data fixed at compile time: nothing registers at
 * run time, so there is nothing to lock, allocate or free, and any
 * number of threads may read it.
 */
#include <stddef.h>

#include "calendar.h"
#include "fixed.h"

static const struct calendar *const table[] = {
	&cal_gregorian,
	&cal_julian,
	&cal_milankovic,
	&cal_persian,
	&cal_persian_2820,
	&cal_persian_arithmetic,
	&cal_persian_astronomical,
	&cal_islamic_civil,
	&cal_islamic_tbla,
	&cal_islamic_umalqura,
	&cal_islamic_observational,
	&cal_hebrew,
	&cal_coptic,
	&cal_ethiopic,
	&cal_ethiopic_amete_alem,
	&cal_indian,
	&cal_old_hindu_solar,
	&cal_old_hindu_lunar,
	&cal_hindu_solar,
	&cal_hindu_lunar,
	&cal_astro_hindu_solar,
	&cal_astro_hindu_lunar,
	&cal_tibetan,
	&cal_chinese,
	&cal_dangi,
	&cal_vietnamese,
	&cal_icelandic,
	&cal_buddhist,
	&cal_roc,
	&cal_japanese,
	&cal_holocene,
	&cal_french_arithmetic,
	&cal_french_astronomical,
	&cal_egyptian,
	&cal_armenian,
	&cal_positivist,
	&cal_bahai,
	&cal_mayan,
	&cal_mayan_584285,
	&cal_haab,
	&cal_tzolkin,
	&cal_balinese,
	&cal_symmetry454,
	&cal_iso_week,
	&cal_ordinal,
	&cal_jdn,
	&cal_mjd,
	&cal_rd,
	&cal_unix,
	&cal_dublin,
	&cal_lilian,
};

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

/*
 * Names that stand for a family whose members differ in their dates.
 * The Islamic ones: the two tabular calendars differ by a day, and
 * Saudi Arabia's Umm al-Qura calendar from either by a day or two in
 * some months, so none of them is what "islamic" means to everyone.
 */
#define ISLAMIC	"islamic-civil, islamic-tbla, islamic-umalqura, " \
	"islamic-observational"
static const struct {
	const char	*name;
	const char	*variants;
} families[] = {
	{ "islamic",	ISLAMIC },
	{ "hijri",	ISLAMIC },
	{ "arabic",	ISLAMIC },
};

const struct calendar *const *
cal_table(void)
{
	return table;
}

int
cal_count(void)
{
	return (int)NELEM(table);
}

/* Fold one byte of a name: ASCII lower case, '_' and ' ' as '-'. */
static int
fold(unsigned char c)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A' + 'a';
	if (c == '_' || c == ' ')
		return '-';
	return c;
}

static int
same_name(const char *a, const char *b)
{
	while (*a != '\0' && fold((unsigned char)*a) ==
	    fold((unsigned char)*b)) {
		a++;
		b++;
	}
	return *a == '\0' && *b == '\0';
}

const struct calendar *
cal_lookup(const char *name)
{
	size_t i;
	const char *const *al;

	for (i = 0; i < NELEM(table); i++) {
		if (same_name(name, table[i]->id))
			return table[i];
		for (al = table[i]->aliases; al != NULL && *al != NULL; al++)
			if (same_name(name, *al))
				return table[i];
	}
	return NULL;
}

const char *
cal_ambiguous(const char *name)
{
	size_t i;

	for (i = 0; i < NELEM(families); i++)
		if (same_name(name, families[i].name))
			return families[i].variants;
	return NULL;
}

int
cal_era(const struct calendar *cal, int neras, const struct cal_date *d,
    int64_t *yoe)
{
	int64_t y = d->year;

	if (cal->era != NULL)
		return cal->era(d, yoe);
	if (neras == 0)
		return -1;
	if (neras == 1) {
		*yoe = y;
		return 0;
	}
	if (y >= 1) {
		*yoe = y;
		return 1;
	}
	*yoe = 1 - y;
	return 0;
}

int64_t
cal_cycle(const struct calendar *cal, int64_t y, int64_t *pos)
{
	int64_t c = y + cal->cycle_offset;	/* |y| < 2^62: no overflow */

	*pos = fx_amod(c, cal->year_cycle);
	return fx_cycle_of(c, cal->year_cycle);
}
