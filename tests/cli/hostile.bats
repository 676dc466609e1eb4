#!/usr/bin/env bats
# Hostile and broken input: every case ends with a named message and a
# documented status, and no record is lost.

bats_require_minimum_version 1.5.0

setup() {
	load helpers
	calconv_setup
}

# Qt's QDate range, the supported range: JD -784350574879..784354017364
# (qdatetime.h, minJd()/maxJd()).
JD_MIN=-784350574879
JD_MAX=784354017364

@test "a NUL byte inside a line is reported, and the line passes through" {
	printf '2024-03-20\0x\n2024-03-21\n' >"$T/in"
	run -1 --separate-stderr calconv -t jdn -F "$T/in"
	[ "$stderr" = "calconv: $T/in:1: '2024-03-20\\x00x' is not a date in gregorian: expected YYYY-MM-DD" ]
	# 2024-03-21 is JDN 2460391: 2451545 (2000-01-01, J2000.0) + 8846.
	printf '2024-03-20\0x\n2460391\n' >"$T/want"
	calconv -q -t jdn -F "$T/in" | cmp - "$T/want"
}

@test "a year of a million digits is out of range, not a crash" {
	{ printf '1'; head -c 1000000 /dev/zero | tr '\0' '0'; printf -- '-01-01\n'; } >"$T/in"
	run -1 --separate-stderr calconv -t julian -F "$T/in"
	# The quoted input is cut at 60 characters.
	[ "$stderr" = "calconv: $T/in:1: '1$(printf '%059d' 0)...' is out of range in gregorian: year out of range -2147483647..2147483647" ]
	[ "${#output}" -eq 1000007 ]
}

@test "the first and last day of every calendar convert, the days beyond do not" {
	local id kind first last j1 j2
	while IFS=$'\t' read -r id _ kind range _; do
		first=${range%%..*}
		last=${range#*..}
		run -0 calconv -f "$id" -t jdn -- "$first" "$last"
		j1=${lines[0]} j2=${lines[1]}
		# Calendars of the whole range end where Qt's range ends;
		# the narrower ones' ends are checked in usage.bats.
		if [[ ! $id =~ ^(japanese|bahai|islamic-umalqura|chinese|dangi|vietnamese|persian-astronomical|french-astronomical|islamic-observational|hindu-solar|hindu-lunar|astro-hindu-solar|astro-hindu-lunar)$ ]]; then
			assert_output "$(printf '%s\n%s' "$JD_MIN" "$JD_MAX")"
		fi
		run -0 calconv -f jdn -t "$id" -- "$j1" "$j2"
		assert_output "$(printf '%s\n%s' "$first" "$last")"
		run -1 --separate-stderr calconv -f jdn -t "$id" -- "$((j1 - 1))"
		[[ $stderr == *"out of range"* ]]
		run -1 --separate-stderr calconv -f jdn -t "$id" -- "$((j2 + 1))"
		[[ $stderr == *"out of range"* ]]
	done < <(calconv --list | awk -F'\t' '$3 != "day count" && $3 != "cycle"')
}

@test "a leading plus and a minus zero are ISO 8601's expanded years" {
	run -0 calconv -t jdn -- +2000-01-01 -0000-01-01 0000-01-01
	# 0000-01-01 is RD -365 (R&D App. C), JDN 1721060.
	assert_output "$(printf '2451545\n1721060\n1721060')"
}

@test "empty input gives empty output and status 0" {
	run -0 --separate-stderr calconv -t jdn </dev/null
	assert_output ''
	[ -z "$stderr" ]
}

@test "a lone newline and CRLF lines pass through as they came" {
	printf '\n\r\n2000-01-01\r\n' | calconv -t jdn >"$T/out"
	printf '\n\r\n2451545\r\n' | cmp - "$T/out"
}

@test "a UTF-8 byte-order mark before a date is kept and the date converted" {
	printf '\xef\xbb\xbf2000-01-01\n' | calconv -t jdn >"$T/out"
	printf '\xef\xbb\xbf2451545\n' | cmp - "$T/out"
}

@test "a byte-order mark stays when its record is refused, under -e empty too" {
	printf '\xef\xbb\xbfxx\n' | calconv -e empty -t jdn 2>/dev/null >"$T/out" || :
	printf '\xef\xbb\xbf\n' | cmp - "$T/out"
	printf '\xef\xbb\xbfxx\n' | calconv -t jdn 2>/dev/null >"$T/out" || :
	printf '\xef\xbb\xbfxx\n' | cmp - "$T/out"
}

@test "invalid UTF-8 in a whole-line record is reported with its byte" {
	printf '2000-01-01\xff\n' >"$T/in"
	run -1 --separate-stderr calconv -t jdn -F "$T/in"
	[ "$stderr" = "calconv: $T/in:1: '2000-01-01\\xff' is not a date in gregorian: invalid UTF-8 at byte 11" ]
}

@test "a directory and a missing file are reported, the good file converted" {
	printf '2000-01-01\n' >"$T/good"
	run -2 --separate-stderr calconv -t jdn -F "$T" -F "$T/missing" -F "$T/good"
	assert_output '2451545'
	[ "$stderr" = "$(printf 'calconv: %s: Is a directory\ncalconv: %s/missing: No such file or directory' "$T" "$T")" ]
}

@test "an unreadable file is reported with status 2" {
	local as=()

	printf '2000-01-01\n' >"$T/secret"
	chmod 000 "$T/secret"
	# Root reads every file: as root (CI), read it as nobody.
	if [ "$(id -u)" -eq 0 ]; then
		as=(setpriv --reuid=65534 --regid=65534 --clear-groups)
		"${as[@]}" "$CALCONV" --version >/dev/null 2>&1 ||
		    skip "root reads every file, and nobody cannot run $CALCONV"
	fi
	run -2 --separate-stderr "${as[@]}" "$CALCONV" -t jdn -F "$T/secret"
	[ "$stderr" = "calconv: $T/secret: Permission denied" ]
}

@test "a full disk and a closed stdout are write errors, status 2" {
	run -2 --separate-stderr bash -c '"$0" -t jdn 2000-01-01 >/dev/full' "$CALCONV"
	[ "$stderr" = "calconv: write error: No space left on device" ]
	run -2 --separate-stderr bash -c '"$0" -t jdn 2000-01-01 >&-' "$CALCONV"
	[[ $stderr == "calconv: write error: Bad file descriptor" ]]
}

@test "a hundred thousand operands convert in order" {
	mapfile -t days < <(seq 2451545 2551544)
	run -0 calconv -f jdn -t rd -- "${days[@]}"
	# RD = JDN - 1721425 (R&D 1.2).
	[ "${#lines[@]}" -eq 100000 ]
	[ "${lines[0]}" = 730120 ]
	[ "${lines[99999]}" = $((2551544 - 1721425)) ]
}

@test "a format of sixty thousand directives is refused by name" {
	# Linux passes at most 128 KiB in one argument (MAX_ARG_STRLEN), so
	# 60,000 two-byte directives is about the most a format can have.
	fmt=$(printf '%%Y%.0s' $(seq 60000))
	run -2 --separate-stderr calconv -o "$fmt" 2000-01-01
	[[ $stderr == "calconv: bad output format '%Y%Y%Y"*"...' at offset 512: more than 256 directives and text runs"* ]]
	# The format is quoted cut short, as dates are, not whole.
	[ "${#stderr_lines[0]}" -lt 200 ]
	assert_output ''
}

@test "an unknown calendar and an ambiguous one are usage errors" {
	run -2 --separate-stderr calconv -f julain 2000-01-01
	[[ $stderr == "calconv: unknown calendar 'julain' (calconv --list shows them)"* ]]
	run -2 --separate-stderr calconv -t hijri 2000-01-01
	[[ $stderr == "calconv: 'hijri' names several calendars: use one of islamic-civil, islamic-tbla, islamic-umalqura, islamic-observational"* ]]
}

@test "a repeated option takes its last value" {
	run -0 calconv -t julian -t jdn -f julian -f gregorian 2000-01-01
	assert_output 2451545
}
