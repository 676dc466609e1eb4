/*
 * numerals.c: Hebrew and Ge'ez numerals.
 *
 * Hebrew: letters alef..tet 1-9, yod..tsadi 10-90, qof..tav 100-400;
 * hundreds above 400 add tav (900 = tav tav qof); 15 and 16 are written
 * tet-vav and tet-zayin to avoid spelling a divine name; a lone letter
 * takes a geresh (U+05F3), more letters take a gershayim (U+05F4)
 * before the last; thousands are a letter and a geresh in front
 * (5784 = he geresh tav shin pe gershayim dalet).
 *
 * Ge'ez: units U+1369-U+1371, tens U+1372-U+137A, hundred U+137B, ten
 * thousand U+137C.  A number is written in base 100 pairs, each pair
 * (tens then units) followed by the hundred or ten-thousand sign of its
 * place; a pair that is just 1 before a sign is left out
 * (100 = hundred sign, 2017 = twenty, hundred, ten, seven).
 */
#include <string.h>

#include <unictype.h>

#include "numerals.h"

#define GERESH		"\xd7\xb3"	/* U+05F3 */
#define GERSHAYIM	"\xd7\xb4"	/* U+05F4 */

/* Hebrew letters by value: 1-9, 10-90, 100-400 (UTF-8, two bytes each). */
static const char *const heb_units[10] = {
	"", "א", "ב", "ג", "ד", "ה", "ו", "ז", "ח", "ט"
};
static const char *const heb_tens[10] = {
	"", "י", "כ", "ל", "מ", "נ", "ס", "ע", "פ", "צ"
};
static const char *const heb_hundreds[5] = { "", "ק", "ר", "ש", "ת" };

/* Letters for 1..999 into out, without punctuation; returns letter count. */
static int
heb_letters(char *out, size_t *len, int v)
{
	int h = v / 100, t = v / 10 % 10, u = v % 10, n = 0;

	for (; h > 4; h -= 4, n++) {
		memcpy(out + *len, heb_hundreds[4], 2);
		*len += 2;
	}
	if (h > 0) {
		memcpy(out + *len, heb_hundreds[h], 2);
		*len += 2;
		n++;
	}
	if (t == 1 && (u == 5 || u == 6)) {
		/* 15 = 9 + 6, 16 = 9 + 7. */
		memcpy(out + *len, heb_units[9], 2);
		*len += 2;
		n++;
		t = 0;
		u++;
	}
	if (t > 0) {
		memcpy(out + *len, heb_tens[t], 2);
		*len += 2;
		n++;
	}
	if (u > 0) {
		memcpy(out + *len, heb_units[u], 2);
		*len += 2;
		n++;
	}
	return n;
}

size_t
num_hebrew(char *out, int64_t v)
{
	size_t len = 0;
	char tmp[NUM_TEXT_MAX];
	size_t tl = 0;
	int n;

	/*
	 * An exact thousand would be one letter and a geresh, which reads
	 * as units; such years are left to decimal digits.
	 */
	if (v < 1 || v > NUM_HEBREW_MAX || (v >= 1000 && v % 1000 == 0))
		return 0;
	if (v >= 1000) {
		memcpy(out, heb_units[v / 1000], 2);
		memcpy(out + 2, GERESH, 2);
		len = 4;
		v %= 1000;
		if (v == 0)
			return len;
	}
	n = heb_letters(tmp, &tl, (int)v);
	if (n == 1) {
		memcpy(out + len, tmp, tl);
		memcpy(out + len + tl, GERESH, 2);
		return len + tl + 2;
	}
	/* Gershayim before the last letter (each letter is two bytes). */
	memcpy(out + len, tmp, tl - 2);
	memcpy(out + len + tl - 2, GERSHAYIM, 2);
	memcpy(out + len + tl, tmp + tl - 2, 2);
	return len + tl + 2;
}

/* Value of the Hebrew letter at s (two bytes), or 0. */
static int
heb_value(const unsigned char *s)
{
	static const int values[27] = {
		/* U+05D0 alef .. U+05EA tav, final forms included */
		1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 20, 30, 40, 40, 50, 50,
		60, 70, 80, 80, 90, 90, 100, 200, 300, 400
	};
	unsigned cp;

	if (s[0] != 0xd7 || s[1] < 0x90 || s[1] > 0xaa)
		return 0;
	cp = s[1] - 0x90u;
	return values[cp];
}

size_t
num_read_hebrew(const char *s, size_t n, int64_t *v)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + n;
	int64_t total = 0, thousands = 0;
	int letters = 0, val;

	while (p + 1 < end && (val = heb_value(p)) != 0) {
		p += 2;
		letters++;
		total += val;
		/*
		 * A geresh (or an ASCII ', as a gershayim may be an ASCII ")
		 * after the first letter, with more to come: 1000s.
		 */
		if (p < end && (*p == '\'' || (p + 1 < end &&
		    memcmp(p, GERESH, 2) == 0))) {
			int adv = *p == '\'' ? 1 : 2;

			if (letters == 1 && p + adv + 1 < end &&
			    heb_value(p + adv) != 0) {
				thousands = total * 1000;
				total = 0;
				p += adv;
				continue;
			}
			p += adv;
			break;
		}
		if (p < end && (*p == '"' || (p + 1 < end &&
		    memcmp(p, GERSHAYIM, 2) == 0))) {
			p += *p == '"' ? 1 : 2;
			if (p + 1 < end && (val = heb_value(p)) != 0) {
				total += val;
				p += 2;
			}
			break;
		}
	}
	if (letters == 0)
		return 0;
	*v = thousands + total;
	return (size_t)(p - (const unsigned char *)s);
}

/* Ge'ez numeral signs: U+1369.. (three bytes each: e1 8d a9 ..). */
static void
geez(char *out, size_t *len, unsigned cp)
{
	out[(*len)++] = (char)0xe1;
	out[(*len)++] = (char)(0x80 | ((cp >> 6) & 0x3f));
	out[(*len)++] = (char)(0x80 | (cp & 0x3f));
}

size_t
num_ethiopic(char *out, int64_t v)
{
	int pairs[8], np = 0, i;
	size_t len = 0;

	if (v < 1 || v > NUM_ETHIOPIC_MAX)
		return 0;
	for (; v > 0; v /= 100)
		pairs[np++] = (int)(v % 100);
	for (i = np - 1; i >= 0; i--) {
		int p = pairs[i];

		/*
		 * A multiplier of 1 before a sign is left out: a pair of 1
		 * before the hundred sign, or before the ten-thousand sign
		 * when no hundreds precede it (101 ten-thousands keeps its 1).
		 */
		if (!(p == 1 && i > 0 && (i % 2 == 1 || i + 1 >= np ||
		    pairs[i + 1] == 0))) {
			if (p / 10 > 0)
				geez(out, &len, 0x1371 + (unsigned)(p / 10));
			if (p % 10 > 0)
				geez(out, &len, 0x1368 + (unsigned)(p % 10));
		}
		if (i > 0 && (p != 0 || i % 2 == 0)) {
			if (i % 2 == 1)
				geez(out, &len, 0x137b);	/* hundred */
			else
				geez(out, &len, 0x137c);	/* ten thousand */
		}
	}
	return len;
}

size_t
num_read_ethiopic(const char *s, size_t n, int64_t *v)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + n;
	int64_t result = 0, group = 0;
	unsigned cp;
	int any = 0;

	while (p + 3 <= end && p[0] == 0xe1 &&
	    (p[1] & 0xc0) == 0x80 && (p[2] & 0xc0) == 0x80) {
		cp = 0x1000u | ((p[1] & 0x3fu) << 6) | (p[2] & 0x3fu);
		if (cp >= 0x1369 && cp <= 0x1371)
			group += cp - 0x1368;
		else if (cp >= 0x1372 && cp <= 0x137a)
			group += 10 * (cp - 0x1371);
		else if (cp == 0x137b)
			group = (group != 0 ? group : 1) * 100;
		else if (cp == 0x137c) {
			result = (result + (group != 0 ? group : 1)) * 10000;
			group = 0;
		} else
			break;
		any = 1;
		p += 3;
		if (result > NUM_ETHIOPIC_MAX * 100)
			break;
	}
	if (!any)
		return 0;
	*v = result + group;
	return (size_t)(p - (const unsigned char *)s);
}

int
num_digit_other(uint32_t c, uint32_t *zero)
{
	static const uint32_t han[10] = {
		0x3007, 0x4e00, 0x4e8c, 0x4e09, 0x56db, 0x4e94, 0x516d, 0x4e03,
		0x516b, 0x4e5d
	};
	int d, i;

	if ((d = uc_decimal_value(c)) >= 0) {
		*zero = c - (uint32_t)d;
		return d;
	}
	for (i = 0; i < 10; i++)
		if (han[i] == c) {
			*zero = han[0];
			return i;
		}
	return -1;
}
