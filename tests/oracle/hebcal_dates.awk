# hebcal_dates.awk: turn hebcal's daily Hebrew dates into JDN<TAB>DATE
# lines for tests/oracle/run, DATE as calconv writes a Hebrew date.
#
# Usage: hebcal -d -h -x -g --years N YEAR | awk -v first=JDN -f THIS
#
# -d prints the Hebrew date of every day, -h and -x leave out holidays
# and Rosh Chodesh, -g writes the Gregorian date as YYYY-MM-DD:
#
#	2024-03-20 10th of Adar II, 5784
#
# first is the JDN of the first line's Gregorian date.  Each line must
# be the Gregorian day after the one before (checked here, proleptic
# Gregorian, as hebcal is), so line k is JDN first + k - 1.  hebcal
# names the months Tishrei, Cheshvan, Kislev, Tevet, Sh'vat, Adar (Adar
# I and Adar II in a leap year), Nisan, Iyyar, Sivan, Tamuz, Av, Elul;
# calconv numbers them from Tishrei = 1, Adar = 6 in a common year,
# Adar I = 6 and Adar II = 7 in a leap year ((7 * Y + 1) mod 19 < 7),
# Nisan = 7 or 8 and so on.  An unknown month name, or a month that
# does not fit the year, stops with status 2.
BEGIN {
	split("Tishrei Cheshvan Kislev Tevet Sh'vat", a, " ")
	for (i = 1; i <= 5; i++)
		before[a[i]] = i
	split("Nisan Iyyar Sivan Tamuz Av Elul", a, " ")
	for (i = 1; i <= 6; i++)
		after[a[i]] = i
	split("31 28 31 30 31 30 31 31 30 31 30 31", mdays, " ")
}

function greg_leap(y) {
	return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

function fail(msg) {
	print "hebcal_dates.awk: line " NR ": " msg ": " $0 > "/dev/stderr"
	bad = 1
	exit 2
}

{
	if (split($1, g, "-") != 3 || $3 != "of" || $NF !~ /^[0-9]+$/)
		fail("not a date line")
	if (NR == 1) {
		jdn = first
		gy = g[1] + 0; gm = g[2] + 0; gd = g[3] + 0
	} else {
		jdn++
		if (++gd > mdays[gm] + (gm == 2 && greg_leap(gy))) {
			gd = 1
			if (++gm > 12) {
				gm = 1
				gy++
			}
		}
		if (g[1] + 0 != gy || g[2] + 0 != gm || g[3] + 0 != gd)
			fail("not the day after the line before")
	}
	year = $NF + 0
	leap = (7 * year + 1) % 19 < 7
	month = $4
	for (i = 5; i < NF; i++)
		month = month " " $i
	sub(/,$/, "", month)
	if (month in before)
		m = before[month]
	else if (month == "Adar" && !leap)
		m = 6
	else if (month == "Adar I" && leap)
		m = 6
	else if (month == "Adar II" && leap)
		m = 7
	else if (month in after)
		m = after[month] + 6 + leap
	else
		fail("unknown month '" month "'")
	printf "%d\t%04d-%02d-%02d\n", jdn, year, m, $2 + 0
}

END {
	if (bad)
		exit 2
}
