/*
 * qt_dates.cpp: print Qt's QCalendar date for each Julian Day Number of
 * a range, for the differential tests in tests/oracle/run.
 *
 * Usage: qt_dates CALENDAR FIRST LAST [STEP]
 *        qt_dates -m CALENDAR FIRST-YEAR LAST-YEAR [STEP]
 *
 * CALENDAR is one of gregorian, julian, milankovic, jalali,
 * islamic-civil (QCalendar::System).  For every JDN n = FIRST,
 * FIRST + STEP, ... up to LAST, and LAST itself, it prints
 *
 *	n<TAB>Y-M-D
 *
 * QDate's Julian Day is the civil day's JDN, as calconv's jdn.  Qt's
 * calendars have no year zero (-1 is followed by 1), so a negative Qt
 * year y is printed as the astronomical year y + 1.  The year is
 * written as calconv writes it: four digits or more, a sign only when
 * negative.
 *
 * With -m it prints, for each astronomical year FIRST-YEAR, FIRST-YEAR +
 * STEP, ... up to LAST-YEAR, and LAST-YEAR itself, one line a month:
 *
 *	Y-MM<TAB>DAYS
 *
 * from QCalendar::daysInMonth().  Exit status: 0, or 2 for a usage
 * error.
 */
#include <QCalendar>
#include <QDate>

#include <cerrno>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <cstring>

static const char *prog = "qt_dates";

static void
usage()
{
	std::fprintf(stderr,
	    "usage: %s [-m] gregorian|julian|milankovic|jalali|islamic-civil "
	    "FIRST LAST [STEP]\n", prog);
	std::exit(2);
}

static int
number(const char *s, qint64 *out)
{
	char *end;
	long long v;

	errno = 0;
	v = std::strtoll(s, &end, 10);
	if (errno != 0 || end == s || *end != '\0')
		return -1;
	*out = v;
	return 0;
}

static void
print(const QCalendar &cal, qint64 n)
{
	QCalendar::YearMonthDay p;
	long long y;

	p = cal.partsFromDate(QDate::fromJulianDay(n));
	if (!p.isValid()) {
		std::fprintf(stderr, "%s: Qt has no date for JDN %lld\n", prog,
		    (long long)n);
		std::exit(2);
	}
	y = p.year;
	if (y < 0 && !cal.hasYearZero())
		y++;
	std::printf("%lld\t%s%04lld-%02d-%02d\n", (long long)n,
	    y < 0 ? "-" : "", y < 0 ? -y : y, p.month, p.day);
}

static void
lengths(const QCalendar &cal, qint64 y)
{
	/* Qt has no year 0: astronomical 0 is its -1. */
	int qy = int(y <= 0 && !cal.hasYearZero() ? y - 1 : y);
	int m, months = cal.monthsInYear(qy);

	for (m = 1; m <= months; m++)
		std::printf("%s%04lld-%02d\t%d\n", y < 0 ? "-" : "",
		    y < 0 ? -(long long)y : (long long)y, m,
		    cal.daysInMonth(m, qy));
}

int
main(int argc, char **argv)
{
	static const struct {
		const char *name;
		QCalendar::System sys;
	} systems[] = {
		{ "gregorian", QCalendar::System::Gregorian },
		{ "julian", QCalendar::System::Julian },
		{ "milankovic", QCalendar::System::Milankovic },
		{ "jalali", QCalendar::System::Jalali },
		{ "islamic-civil", QCalendar::System::IslamicCivil },
	};
	static char obuf[1 << 16];
	qint64 first, last, step = 1, n;
	size_t i;
	void (*each)(const QCalendar &, qint64) = print;

	if (argc > 1 && std::strcmp(argv[1], "-m") == 0) {
		each = lengths;
		argc--;
		argv++;
	}
	if (argc < 4 || argc > 5)
		usage();
	for (i = 0; i < sizeof(systems) / sizeof(systems[0]); i++)
		if (std::strcmp(argv[1], systems[i].name) == 0)
			break;
	if (i == sizeof(systems) / sizeof(systems[0]))
		usage();
	if (number(argv[2], &first) != 0 || number(argv[3], &last) != 0 ||
	    (argc == 5 && number(argv[4], &step) != 0) || step < 1 ||
	    first > last)
		usage();

	QCalendar cal(systems[i].sys);
	if (!cal.isValid()) {
		std::fprintf(stderr, "%s: this Qt lacks the %s calendar\n", prog,
		    argv[1]);
		return 2;
	}
	std::setvbuf(stdout, obuf, _IOFBF, sizeof(obuf));
	for (n = first;; n += step) {
		each(cal, n);
		if (last - n < step)
			break;
	}
	if (n != last)
		each(cal, last);
	if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
		std::perror(prog);
		return 2;
	}
	return 0;
}
