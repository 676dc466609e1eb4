/*
 * numerals.h: numbers in the non-decimal numeral systems calendars are
 * written in: Hebrew letters (gematria) and Ge'ez (Ethiopic) numerals;
 * and the decimal digits of every script.
 */
#ifndef CALCONV_NUMERALS_H
#define CALCONV_NUMERALS_H

#include <stddef.h>
#include <stdint.h>

/* Largest value each system writes; beyond it callers use decimal. */
#define NUM_HEBREW_MAX		INT64_C(9999)
#define NUM_ETHIOPIC_MAX	INT64_C(99999999)

/* Room for any number either system writes, in UTF-8. */
#define NUM_TEXT_MAX		64

/*
 * Write v (1..NUM_HEBREW_MAX) in Hebrew numerals into out, as hebcal
 * does: thousands as a letter with geresh, 15 and 16 as 9+6 and 9+7,
 * gershayim before the last letter or a geresh after a single one.
 * Returns the bytes written: 0 when v is out of range, or an exact
 * multiple of 1000 (which would read back as units).
 */
size_t	num_hebrew(char *out, int64_t v);

/* Write v (1..NUM_ETHIOPIC_MAX) in Ge'ez numerals; as num_hebrew(). */
size_t	num_ethiopic(char *out, int64_t v);

/*
 * Read a number in either system from s[0..n): the value in *v and the
 * bytes used, or 0 when s does not start with such a numeral.  A Hebrew
 * value below 1000 read as a year is the caller's to place in a
 * millennium.
 */
size_t	num_read_hebrew(const char *s, size_t n, int64_t *v);
size_t	num_read_ethiopic(const char *s, size_t n, int64_t *v);

/* num_digit() for a code point beyond ASCII. */
int	num_digit_other(uint32_t c, uint32_t *zero);

/*
 * The decimal value of code point c, and in *zero the code point of
 * its script's zero: Unicode's decimal digits (Nd), and the Han digits
 * 〇一二三四五六七八九 that CLDR's hanidec system writes, which Unicode
 * does not class as decimal.  Returns -1 for anything else.  ASCII is
 * answered here, without a call.
 */
static inline int
num_digit(uint32_t c, uint32_t *zero)
{
	if (c >= '0' && c <= '9') {
		*zero = '0';
		return (int)(c - '0');
	}
	if (c < 0x80)
		return -1;
	return num_digit_other(c, zero);
}

#endif
