/*
 * ascii.h: the ASCII character classes, without the locale.
 *
 * <ctype.h> answers by the locale and is undefined for negative chars;
 * dates are read the same in every locale, and a byte of a UTF-8
 * sequence (>= 0x80) is never a digit or a letter here.
 */
#ifndef CALCONV_ASCII_H
#define CALCONV_ASCII_H

/* '0'..'9'. */
static inline int
ascii_digit(char c)
{
	return (unsigned)(c - '0') <= 9;
}

/* 'A'..'Z', 'a'..'z' (the two cases differ only in bit 0x20). */
static inline int
ascii_letter(char c)
{
	return (unsigned)((c | 0x20) - 'a') <= 'z' - 'a';
}

static inline int
ascii_alnum(char c)
{
	return ascii_digit(c) || ascii_letter(c);
}

/* c in lower case when it is an ASCII capital, else c. */
static inline int
ascii_lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* A space or a tab: what calconv trims around a date or a field. */
static inline int
ascii_blank(char c)
{
	return c == ' ' || c == '\t';
}

#endif
