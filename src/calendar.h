/*
 * calendar.h: the backend interface shared by every calendar.
 *
 * A calendar is facts (its year range, month count, month lengths) plus
 * two conversions through the fixed day number, Rata Die (RD 1 is
 * Gregorian 0001-01-01).  Backends are const objects listed in the static
 * table of calendars.c; nothing registers or allocates at run time.
 *
 * State: a backend (and the astronomy under src/sky) keeps no mutable
 * state but caches of pure computations -- a Chinese year's months,
 * an equinox year's first day -- each static _Thread_local, so that
 * any number of threads may convert at once.  A cache is a few words;
 * a larger one (a table of years, months or days) is a static
 * _Thread_local pointer to a block the thread allocates with calloc()
 * when it first needs it, so that the start of a run, which clears the
 * thread-local storage, costs nothing for the calendars the run never
 * asks for.  The block lives as long as the thread.  When it cannot be
 * allocated the calendar answers the same, computing each answer
 * without the cache.  What a calendar would cache over its whole range
 * (the astronomical calendars' years, months and days) is instead
 * computed before the build by its own functions, in a program under
 * tools/, and committed as a const table (src/cal/..._table.c, each
 * saying how to regenerate it); the calendar computes only outside it.
 */
#ifndef CALCONV_CALENDAR_H
#define CALCONV_CALENDAR_H

#include <stddef.h>
#include <stdint.h>

/* Year is astronomical (0 = 1 BCE); month and day are 1-based. */
struct cal_date {
	int64_t		year;
	int32_t		month;
	int32_t		day;
	uint32_t	flags;
};

/*
 * Flags of struct cal_date.
 * CAL_FLAG_LEAP_MONTH marks the leap month of a year that has one (a
 * calendar with leap_months below): it bears the number of the month
 * it comes just before, and the notation writes it "06L".
 * CAL_FLAG_LEAP_DAY marks the second of two days that bear the same
 * day number (a calendar with repeated below): the notation writes it
 * with an L after the day, "2000-07-08L".
 * CAL_FLAG_ERA(e) records that the text named era e (a calendar of
 * CAL_SHAPE_ERA): cal_validate() then refuses a date outside that era,
 * as "H40-01-01" (Heisei ended in its year 31).  from_fixed() never
 * sets it and to_fixed() ignores it.
 */
#define CAL_FLAG_LEAP_MONTH	UINT32_C(0x1)
#define CAL_FLAG_LEAP_DAY	UINT32_C(0x2)
#define CAL_FLAG_ERA_SHIFT	8
#define CAL_FLAG_ERA_MASK	(UINT32_C(0xffff) << CAL_FLAG_ERA_SHIFT)
#define CAL_FLAG_ERA(e)		((uint32_t)((e) + 1) << CAL_FLAG_ERA_SHIFT)
#define CAL_FLAG_ERA_OF(f)	\
	((int)(((f) & CAL_FLAG_ERA_MASK) >> CAL_FLAG_ERA_SHIFT) - 1)

/* How a calendar is organised, for --list. */
enum cal_kind {
	CAL_SOLAR,
	CAL_LUNAR,
	CAL_LUNISOLAR,
	CAL_WEEK,
	CAL_COUNT,
	CAL_CYCLE,		/* places in cycles of days, repeating */
	CAL_KIND_MAX
};

/*
 * How a date of the calendar is written by default, which also selects
 * the fast parser for input:
 *   CAL_SHAPE_YMD	[+-]YYYY-MM[L]-DD[L]  (L: the leap month, the
 *					  leap day)
 *   CAL_SHAPE_WEEK	[+-]YYYY-Www-D   (month is the week, day the weekday)
 *   CAL_SHAPE_ORDINAL	[+-]YYYY-DDD     (one month holding the whole year)
 *   CAL_SHAPE_COUNT	[+-]N            (the count is held in year)
 *   CAL_SHAPE_ERA	EY-MM-DD         (E a letter of era_letters, Y the
 *					  year of that era: R6-03-20; year
 *					  holds the calendar's own year
 *					  number, era() and era_year() map)
 *   CAL_SHAPE_LONG_COUNT [-]B.K.T.U.K (the Maya long count: baktun in
 *					  year, katun + 1 in month, and the
 *					  day of the katun, tun * 360 +
 *					  uinal * 20 + kin + 1, in day)
 *   CAL_SHAPE_SEASON	[+-]YYYY-Sww-D   (S a letter of season_letters, ww
 *					  the week of that season counted
 *					  from its first day, D the ISO
 *					  weekday; month holds the season,
 *					  day the day of the season)
 *   CAL_SHAPE_CYCLE	names of the day's places in cycles, as the
 *			backend's notation() writes them ("8 Cumku",
 *			"4 Ahau"); year counts the whole cycles since the
 *			epoch and is not written, so this notation is
 *			written but never read (see cycle below)
 */
enum cal_shape {
	CAL_SHAPE_YMD,
	CAL_SHAPE_WEEK,
	CAL_SHAPE_ORDINAL,
	CAL_SHAPE_COUNT,
	CAL_SHAPE_ERA,
	CAL_SHAPE_LONG_COUNT,
	CAL_SHAPE_SEASON,
	CAL_SHAPE_CYCLE,
	CAL_SHAPE_MAX
};

/*
 * The supported fixed-day range: every date Qt's QDate accepts, Julian
 * Day -784350574879 to 784354017364, as RD (JDN - 1721425).  Every
 * backend converts every day in this range unless it names a narrower
 * one (min_rd, max_rd below); the boundary refuses the rest.
 * |RD| < 7.9e11 < 2^40 is what each backend's overflow argument starts
 * from.
 */
#define CAL_RD_MIN	INT64_C(-784352296304)
#define CAL_RD_MAX	INT64_C(784352295939)

/*
 * One calendar.  Contracts:
 * - months_in_year() and days_in_month() take any year in
 *   [min_year, max_year] (and any month 1..months_in_year for the
 *   latter); they are the facts validation checks against.
 * - min_rd and max_rd are both 0 for a calendar that converts every
 *   day of CAL_RD_MIN..CAL_RD_MAX; otherwise they are the first and
 *   last fixed day it converts (a calendar defined only for some
 *   span, such as the Japanese eras since 1873 or the Baha'i years of
 *   its published table).  cal_rd_min() and cal_rd_max() give the
 *   range either way; cal_validate() refuses dates outside it and the
 *   stream refuses to write a date outside a target's range.
 * - to_fixed() is called only with a date that passed cal_validate(),
 *   so it needs no checks of its own; from_fixed() only with a day of
 *   the calendar's range.
 * - min_year and max_year are the years of from_fixed() of the range's
 *   first and last day; a unit test holds them to that.
 * - is_leap may be NULL; when present it only adds to messages.
 * - names is the CLDR calendar type whose month, weekday and era names
 *   the calendar uses ("gregorian" for the Julian calendar too), or NULL
 *   for calendars without names (day counts).
 * - month_slot() maps a valid month to its slot in that name set, and
 *   slot_month() maps a slot back to the month of a given year (0 when
 *   the year has no such month); both NULL when slot == month.
 * - era() gives the era index of a valid date and the year within
 *   that era, and era_year() the reverse (a year the boundary then
 *   checks); both NULL for the usual two eras (index 1 for years >= 1,
 *   index 0 counting back from year 0 = 1) or one era (the year as it
 *   is), by the name set's era count.  era() takes the whole date
 *   because an era may begin in the middle of a year (the Japanese
 *   eras do).
 * - week_start is the customary first day of the week for month grids.
 * - leap_months is nonzero for a calendar whose years may have a leap
 *   month (CAL_FLAG_LEAP_MONTH): it comes just before the month of its
 *   number, and days_in_month(y, m, CAL_FLAG_LEAP_MONTH) is 0 when
 *   year y has no leap month m, which is how validation refuses one.
 * - leap_follows is nonzero when a leap month comes just after the
 *   month of its number instead (the Chinese "06L" follows month 6).
 * - skipped is NULL, or says whether day d (1..days_in_month) of a
 *   valid month is a number the month leaves out -- a lunar day that
 *   began and ended between two sunrises, expunged -- so that
 *   days_in_month is then the highest day number, not the count, and
 *   validation refuses the skipped ones.
 * - repeated is NULL, or says whether day d of a valid month (flags
 *   holding at most CAL_FLAG_LEAP_MONTH) is a number two days bear --
 *   a lunar day that held two sunrises -- so that the second, the leap
 *   day, is d with CAL_FLAG_LEAP_DAY; validation refuses that flag
 *   elsewhere, and to_fixed() gives the leap day the day after d.
 * - era_letters (CAL_SHAPE_ERA) holds one ASCII letter for each era
 *   the notation writes, the letter of era index era_first + i at i.
 * - season_letters (CAL_SHAPE_SEASON) holds the letter of each season
 *   (month), and season_weekday its first day's weekday, 0 = Sunday.
 * - cycle is nonzero for a calendar whose notation names only a place
 *   in a cycle of that many days (the haab, 365): its dates are written
 *   but cannot be read, since the same text names a day every cycle
 *   days, so it may be a target but never a source.  Its cal_date
 *   still names one day (year counts the cycles), so it converts both
 *   ways inside the program and the walks test it like any other.
 * - year_cycle is nonzero (60) for a calendar whose years are also
 *   counted in cycles of that many years: the sexagenary cycle of the
 *   Chinese, Korean and Vietnamese calendars.  With c = y +
 *   cycle_offset, year y is year c amod 60 of cycle floor((c - 1) / 60)
 *   + 1 (fx_cycle_of), and bears the stem-branch name of that place,
 *   1 = jia-zi.  cycle_offset is 0 for years counted from the first
 *   cycle's first year (calconv's Chinese years), 304 for the Korean
 *   Dangun years.  Formats write and read the cycle (%EC), the year in
 *   it (%Ey) and its name (%K).
 * - notation (CAL_SHAPE_CYCLE) writes d's notation into out, at most
 *   CAL_NOTATION_MAX bytes, and returns the bytes written (no NUL).
 * - feasts is NULL, or writes the named days of a valid year y into
 *   out, at most CAL_FEASTS_MAX, and returns how many it wrote; a day
 *   may fall outside the calendar's range, which --info then says.
 */
#define CAL_NOTATION_MAX	40

/*
 * A named day, or run of days, of a calendar's year, for --info: its
 * name in English (UTF-8), its first day, and how many days it lasts.
 */
struct cal_feast {
	const char	*name;
	int64_t		 rd;
	int		 days;
};
#define CAL_FEASTS_MAX	4

struct calendar {
	const char	 *id;		/* canonical, e.g. "persian" */
	const char *const *aliases;	/* NULL-terminated, may be NULL */
	const char	 *title;	/* one line for --list */
	const char	 *note;		/* range and caveats for --list */
	enum cal_kind	  kind;
	enum cal_shape	  shape;
	int64_t		  min_year;
	int64_t		  max_year;
	int		(*months_in_year)(int64_t);
	int		(*days_in_month)(int64_t, int, uint32_t);
	int		(*is_leap)(int64_t);
	int64_t		(*to_fixed)(const struct cal_date *);
	void		(*from_fixed)(int64_t, struct cal_date *);
	const char	 *names;
	int		(*month_slot)(int64_t, int, uint32_t);
	int		(*slot_month)(int64_t, int);
	int		(*era)(const struct cal_date *, int64_t *);
	int64_t		(*era_year)(int, int64_t);
	int		  week_start;	/* 1 Monday .. 7 Sunday; 0: Monday */
	int64_t		  min_rd;	/* first and last day converted; */
	int64_t		  max_rd;	/* both 0: the whole range */
	const char	 *era_letters;
	int		  era_first;
	int64_t		  cycle;
	size_t		(*notation)(const struct cal_date *, char *);
	int		  leap_months;
	int		  leap_follows;
	int		(*skipped)(int64_t, int, uint32_t, int);
	int		(*repeated)(int64_t, int, uint32_t, int);
	const char	 *season_letters;
	int		  season_weekday[2];
	int		(*feasts)(int64_t, struct cal_feast *);
	int		  year_cycle;
	int64_t		  cycle_offset;
};

/* The first and last fixed day cal converts. */
static inline int64_t
cal_rd_min(const struct calendar *cal)
{
	return cal->min_rd == 0 && cal->max_rd == 0 ? CAL_RD_MIN : cal->min_rd;
}

static inline int64_t
cal_rd_max(const struct calendar *cal)
{
	return cal->min_rd == 0 && cal->max_rd == 0 ? CAL_RD_MAX : cal->max_rd;
}

/* Does cal convert fixed day rd? */
static inline int
cal_holds(const struct calendar *cal, int64_t rd)
{
	return rd >= cal_rd_min(cal) && rd <= cal_rd_max(cal);
}

/*
 * The two doors into a backend's arithmetic: every call of a backend's
 * to_fixed() and from_fixed() outside src/cal goes through these, so
 * that their contracts (a date that passed cal_validate(); a day that
 * cal_holds()) are stated once.  convert.c uses them for the road from
 * one calendar to another; the boundary and the writers use them only
 * for facts of the one calendar they handle (the first day of a year,
 * a year's ISO week).
 */
static inline int64_t
cal_to_fixed(const struct calendar *cal, const struct cal_date *d)
{
	return cal->to_fixed(d);
}

static inline void
cal_from_fixed(const struct calendar *cal, int64_t rd, struct cal_date *d)
{
	cal->from_fixed(rd, d);
}

extern const struct calendar cal_gregorian, cal_julian, cal_milankovic,
    cal_persian, cal_persian_2820, cal_persian_arithmetic,
    cal_islamic_civil, cal_islamic_tbla, cal_islamic_umalqura,
    cal_hebrew, cal_coptic,
    cal_ethiopic, cal_ethiopic_amete_alem, cal_indian, cal_buddhist,
    cal_roc, cal_holocene, cal_french_arithmetic, cal_egyptian,
    cal_armenian, cal_positivist, cal_symmetry454, cal_iso_week,
    cal_ordinal, cal_jdn, cal_mjd, cal_rd, cal_unix, cal_dublin,
    cal_lilian, cal_japanese, cal_mayan, cal_mayan_584285, cal_haab,
    cal_tzolkin, cal_balinese, cal_bahai, cal_old_hindu_solar,
    cal_old_hindu_lunar, cal_icelandic, cal_hindu_solar, cal_hindu_lunar,
    cal_tibetan, cal_astro_hindu_solar, cal_astro_hindu_lunar, cal_chinese,
    cal_dangi, cal_vietnamese, cal_persian_astronomical,
    cal_french_astronomical, cal_islamic_observational;

/*
 * Look a calendar up by id or alias: ASCII case-insensitive, with '-',
 * '_' and ' ' treated alike.  Returns NULL when the name is unknown.
 */
const struct calendar	*cal_lookup(const char *);

/*
 * The table in --list order, and its length.  Neither the table nor the
 * calendars it points to ever change.
 */
const struct calendar *const *cal_table(void);
int			 cal_count(void);

/*
 * If a name is a family that needs a variant ("islamic"), return a
 * comma-separated list of the variants to offer; otherwise NULL.
 */
const char		*cal_ambiguous(const char *);

/*
 * The era of the valid date d in cal and the year within it, in *yoe:
 * by the calendar's own era() where it has one, else by the usual rule
 * for a calendar whose names have neras eras (two: index 1 for years
 * >= 1, index 0 counting back from year 0 = 1; one: the year as it
 * is).  Returns -1 when cal has no eras (neras 0 and no era()).
 */
int			 cal_era(const struct calendar *, int neras,
			    const struct cal_date *d, int64_t *yoe);

/*
 * The cycle of year y of cal, a calendar with a year_cycle, and the
 * year's place in it, 1..year_cycle, in *pos.  y is any year of cal's
 * range.
 */
int64_t			 cal_cycle(const struct calendar *, int64_t y,
			    int64_t *pos);

#endif
