"""Print python3-convertdate's dates for tests/oracle/run.

Usage:
    convertdate_dates.py julian|islamic FIRST LAST [STEP]
        one line per JDN n = FIRST, FIRST + STEP, ... up to LAST, and LAST
        itself: "n<TAB>Y-M-D", the year written as calconv writes it
        (four digits or more, a sign only when negative).
    convertdate_dates.py -m julian|islamic FIRST-YEAR LAST-YEAR [STEP]
        one line per month of each year (stepped as above):
        "Y-MM<TAB>DAYS", from the module's month_length().
    convertdate_dates.py persian-nowruz FIRST-AP LAST-AP
        one line per year: "Y<TAB>YYYY-MM-DD", the Gregorian date that
        convertdate.persian gives for 1 Farvardin of Y.
    convertdate_dates.py mayan FIRST LAST
        one line per JDN n: "n<TAB>LONG-COUNT<TAB>HAAB<TAB>TZOLKIN" from
        mayan.from_jd, to_haab and to_tzolkin; the haab months and
        tzolkin days are named by their place in the cycle with the
        names of Reingold & Dershowitz that calconv writes (convertdate
        spells them in the modern orthography: Kumk'u for Cumku).
    convertdate_dates.py bahai FIRST-BE LAST-BE
        one line per day of those years: "n<TAB>Y-MM-DD" for every
        month 1..20 (19 Ayyam-i-Ha, 20 'Ala, as calconv numbers them)
        and day, n from bahai.to_jd; a month ends where the next
        month's first day is.

convertdate works in Julian Dates, with .5 at midnight: the civil day
whose Julian Day Number is n is convertdate's jd = n - 0.5 (so that
gregorian.to_jd(2024, 3, 20) == 2460389.5 for JDN 2460390).  Its julian
and islamic modules use astronomical years (year 0 = 1 BCE), the same
as calconv, so no year mapping is needed; tests/oracle/run checks that
over a window around year 0.

Run with an interpreter that can import convertdate (Debian's
python3-convertdate installs into /usr/bin/python3's dist-packages).
"""
import sys

from convertdate import bahai, gregorian, islamic, julian, mayan, persian

HAAB = ("Pop", "Uo", "Zip", "Zotz", "Tzec", "Xul", "Yaxkin", "Mol", "Chen",
        "Yax", "Zac", "Ceh", "Mac", "Kankin", "Muan", "Pax", "Kayab", "Cumku",
        "Uayeb")
TZOLKIN = ("Imix", "Ik", "Akbal", "Kan", "Chicchan", "Cimi", "Manik", "Lamat",
           "Muluc", "Oc", "Chuen", "Eb", "Ben", "Ix", "Men", "Cib", "Caban",
           "Etznab", "Cauac", "Ahau")


def ymd(y, m, d):
    return "%s%04d-%02d-%02d" % ("-" if y < 0 else "", abs(y), m, d)


def days(module, first, last, step):
    out = []
    n = first
    while True:
        out.append("%d\t%s\n" % (n, ymd(*module.from_jd(n - 0.5))))
        if last - n < step:
            break
        n += step
    if n != last:
        out.append("%d\t%s\n" % (last, ymd(*module.from_jd(last - 0.5))))
    sys.stdout.write("".join(out))


def lengths(module, first, last, step):
    years = list(range(first, last + 1, step))
    if years[-1] != last:
        years.append(last)
    out = []
    for y in years:
        for m in range(1, 13):
            out.append("%s-%02d\t%d\n" % (ymd(y, 1, 1)[:-6], m,
                                          module.month_length(y, m)))
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


def main(argv):
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
    if len(argv) in (4, 5) and argv[1] in ("julian", "islamic"):
        first, last = int(argv[2]), int(argv[3])
        step = int(argv[4]) if len(argv) == 5 else 1
        if step < 1 or first > last:
            raise SystemExit("convertdate_dates.py: bad range")
        each(julian if argv[1] == "julian" else islamic, first, last, step)
        return 0
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
