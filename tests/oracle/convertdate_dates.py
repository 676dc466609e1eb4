"""Print python3-convertdate's dates for tests/oracle/run.

Usage:
    convertdate_dates.py MODULE FIRST LAST [STEP]
        one line per JDN n = FIRST, FIRST + STEP, ... up to LAST, and LAST
        itself: "n<TAB>DATE", DATE written as calconv writes the date in
        the matching calendar: Y-MM-DD with the year in four digits or
        more, a sign only when negative; a plain number for dublin.
    convertdate_dates.py -m MODULE FIRST-YEAR LAST-YEAR [STEP]
        one line per month of each year (stepped as above):
        "Y-MM<TAB>DAYS", the months numbered as calconv numbers them.
    convertdate_dates.py persian-nowruz FIRST-AP LAST-AP
        one line per year: "Y<TAB>YYYY-MM-DD", the Gregorian date that
        convertdate.persian gives for 1 Farvardin of Y.
    convertdate_dates.py mayan FIRST LAST
        one line per JDN n: "n<TAB>LONG-COUNT<TAB>HAAB<TAB>TZOLKIN" from
        mayan.from_jd, to_haab and to_tzolkin; the haab months and
        tzolkin days are named by their place in the cycle with the
        names of Reingold & Dershowitz that calconv writes (convertdate
        spells them in the modern orthography: Kumk'u for Cumku).
    convertdate_dates.py french-equinox FIRST LAST
        one line per year: "Y<TAB>n", n the JDN of 1 Vendemiaire of Y by
        french_republican.to_jd(Y, 1, 1, method="equinox").
    convertdate_dates.py bahai-nawruz FIRST-BE LAST-BE
        one line per year: "Y<TAB>n", n the JDN of 1 Baha of Y by
        bahai.to_jd.
    convertdate_dates.py bahai FIRST-BE LAST-BE
        one line per day of those years: "n<TAB>Y-MM-DD" for every
        month 1..20 (19 Ayyam-i-Ha, 20 'Ala, as calconv numbers them)
        and day, n from bahai.to_jd; a month ends where the next
        month's first day is.

MODULE is one of julian, islamic, hebrew, coptic, indian_civil,
french_republican (its method='romme'), armenian (its default, the
moveable 365-day year), positivist, dublin.

convertdate works in Julian Dates, with .5 at midnight: the civil day
whose Julian Day Number is n is convertdate's jd = n - 0.5 (so that
gregorian.to_jd(2024, 3, 20) == 2460389.5 for JDN 2460390).  Its julian
and islamic modules use astronomical years (year 0 = 1 BCE), the same
as calconv, so no year mapping is needed; tests/oracle/run checks that
over a window around year 0.  dublin is a plain offset of the Julian
Date (from_jd(jd) = jd - 2415020), so it is given the civil day's noon,
jd = n, and its answer must be a whole number.

Month numbers: convertdate's hebrew numbers months from Nisan (1) to
Elul (6), Tishri 7 .. Adar 12 (Adar I in a leap year), Veadar 13 (Adar
II), and its year begins at Tishri; calconv numbers them from Tishrei
= 1, so month m >= 7 is written m - 6, and m <= 6 is written m + 6 in a
common year, m + 7 in a leap year ((7 * Y + 1) mod 19 < 7, convertdate's
own hebrew.leap).  The others number months as calconv does (13 =
epagomenal or complementary days, 14 = positivist festival days).

Month lengths come from each module's own function: hebrew.month_days,
coptic.month_length, indian_civil.month_length, armenian.month_length;
french_republican and positivist have none, so their last month is
5 + leap(year, method='romme') and 1 + calendar.isleap(year + 1788)
days (legal_date's rule), the other months 30 and 28.

convertdate's hebrew module is pure arithmetic but slow (from_jd calls
to_jd, which sums month lengths, each computing the year's length
again): its functions delay_1, delay_2, year_days, month_days and
to_jd are wrapped in functools.lru_cache here, which changes no answer
(they depend on their arguments only) and makes consecutive days about
40 times faster.

Run with an interpreter that can import convertdate (Debian's
python3-convertdate installs into /usr/bin/python3's dist-packages).
"""
import calendar
import functools
import sys

from convertdate import (armenian, bahai, coptic, dublin, french_republican,
                         gregorian, hebrew, indian_civil, islamic, julian,
                         mayan, persian, positivist)

for _f in ("delay_1", "delay_2", "year_days", "month_days", "to_jd"):
    setattr(hebrew, _f, functools.lru_cache(maxsize=4096)(
        getattr(hebrew, _f)))

HAAB = ("Pop", "Uo", "Zip", "Zotz", "Tzec", "Xul", "Yaxkin", "Mol", "Chen",
        "Yax", "Zac", "Ceh", "Mac", "Kankin", "Muan", "Pax", "Kayab", "Cumku",
        "Uayeb")
TZOLKIN = ("Imix", "Ik", "Akbal", "Kan", "Chicchan", "Cimi", "Manik", "Lamat",
           "Muluc", "Oc", "Chuen", "Eb", "Ben", "Ix", "Men", "Cib", "Caban",
           "Etznab", "Cauac", "Ahau")


def ymd(y, m, d):
    return "%s%04d-%02d-%02d" % ("-" if y < 0 else "", abs(y), m, d)


def hebrew_month(y, m):
    """calconv's month number (Tishrei = 1) of convertdate's month m."""
    return m - 6 if m >= 7 else m + 6 + hebrew.leap(y)


def hebrew_date(jd):
    y, m, d = hebrew.from_jd(jd)
    return ymd(y, hebrew_month(y, m), d)


def dublin_day(n):
    dc = dublin.from_jd(n)
    if dc != int(dc):
        raise SystemExit("convertdate_dates.py: dublin %r for JDN %d" % (
            dc, n))
    return "%d" % dc


# MODULE: (the date of the civil day n, the month lengths of year y as
# (calconv month, days) pairs).
MODULES = {
    "julian": (lambda n: ymd(*julian.from_jd(n - 0.5)),
               lambda y: [(m, julian.month_length(y, m))
                          for m in range(1, 13)]),
    "islamic": (lambda n: ymd(*islamic.from_jd(n - 0.5)),
                lambda y: [(m, islamic.month_length(y, m))
                           for m in range(1, 13)]),
    "hebrew": (lambda n: hebrew_date(n - 0.5),
               lambda y: sorted((hebrew_month(y, m), hebrew.month_days(y, m))
                                for m in range(1, hebrew.year_months(y) + 1))),
    "coptic": (lambda n: ymd(*coptic.from_jd(n - 0.5)),
               lambda y: [(m, coptic.month_length(y, m))
                          for m in range(1, 14)]),
    "indian_civil": (lambda n: ymd(*indian_civil.from_jd(n - 0.5)),
                     lambda y: [(m, indian_civil.month_length(y, m))
                                for m in range(1, 13)]),
    "french_republican": (
        lambda n: ymd(*french_republican.from_jd(n - 0.5, method="romme")),
        lambda y: [(m, 30) for m in range(1, 13)] + [
            (13, 5 + french_republican.leap(y, method="romme"))]),
    "armenian": (lambda n: ymd(*armenian.from_jd(n - 0.5)),
                 lambda y: [(m, armenian.month_length(y, m))
                            for m in range(1, 14)]),
    "positivist": (lambda n: ymd(*positivist.from_jd(n - 0.5)),
                   lambda y: [(m, 28) for m in range(1, 14)] + [
                       (14, 1 + calendar.isleap(y + 1788))]),
    "dublin": (dublin_day, None),
}


def days(module, first, last, step):
    date = MODULES[module][0]
    out = []
    n = first
    while True:
        out.append("%d\t%s\n" % (n, date(n)))
        if last - n < step:
            break
        n += step
    if n != last:
        out.append("%d\t%s\n" % (last, date(last)))
    sys.stdout.write("".join(out))


def lengths(module, first, last, step):
    months = MODULES[module][1]
    years = list(range(first, last + 1, step))
    if years[-1] != last:
        years.append(last)
    out = []
    for y in years:
        for m, n in months(y):
            out.append("%s-%02d\t%d\n" % (ymd(y, 1, 1)[:-6], m, n))
    sys.stdout.write("".join(out))


def nowruz(first, last):
    for y in range(first, last + 1):
        g = gregorian.from_jd(persian.to_jd(y, 1, 1))
        sys.stdout.write("%d\t%s\n" % (y, ymd(*g)))


def maya(first, last):
    haab = dict(zip(mayan.HAAB, HAAB))
    tzolkin = dict(zip(mayan.TZOLKIN, TZOLKIN))
    out = []
    for n in range(first, last + 1):
        h = mayan.to_haab(n - 0.5)
        t = mayan.to_tzolkin(n - 0.5)
        out.append("%d\t%s\t%d %s\t%d %s\n" % (
            n, ".".join(map(str, mayan.from_jd(n - 0.5))), h[0], haab[h[1]],
            t[0], tzolkin[t[1]]))
        if len(out) == 100000:
            sys.stdout.write("".join(out))
            out = []
    sys.stdout.write("".join(out))


def badi(first, last):
    for y in range(first, last + 1):
        for m in range(1, 21):
            start = int(bahai.to_jd(y, m, 1) + 0.5)
            end = int(bahai.to_jd(y + 1, 1, 1) + 0.5) if m == 20 else \
                int(bahai.to_jd(y, m + 1, 1) + 0.5)
            for n in range(start, end):
                sys.stdout.write("%d\t%04d-%02d-%02d\n" % (
                    n, y, m, n - start + 1))


def year_starts(first, last, start):
    for y in range(first, last + 1):
        sys.stdout.write("%d\t%d\n" % (y, int(start(y) + 0.5)))


def main(argv):
    if len(argv) == 4 and argv[1] == "french-equinox":
        year_starts(int(argv[2]), int(argv[3]), lambda y:
                    french_republican.to_jd(y, 1, 1, method="equinox"))
        return 0
    if len(argv) == 4 and argv[1] == "bahai-nawruz":
        year_starts(int(argv[2]), int(argv[3]),
                    lambda y: bahai.to_jd(y, 1, 1))
        return 0
    if len(argv) == 4 and argv[1] == "persian-nowruz":
        nowruz(int(argv[2]), int(argv[3]))
        return 0
    if len(argv) == 4 and argv[1] == "mayan":
        maya(int(argv[2]), int(argv[3]))
        return 0
    if len(argv) == 4 and argv[1] == "bahai":
        badi(int(argv[2]), int(argv[3]))
        return 0
    each = days
    if len(argv) > 1 and argv[1] == "-m":
        each = lengths
        argv = argv[1:]
    if (len(argv) in (4, 5) and argv[1] in MODULES and
            (each is days or MODULES[argv[1]][1] is not None)):
        first, last = int(argv[2]), int(argv[3])
        step = int(argv[4]) if len(argv) == 5 else 1
        if step < 1 or first > last:
            raise SystemExit("convertdate_dates.py: bad range")
        each(argv[1], first, last, step)
        return 0
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
