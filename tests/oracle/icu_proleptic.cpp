/*
 * icu_proleptic.cpp: make an ICU Gregorian-based calendar proleptic, for
 * icu_dates.c.
 *
 * ICU's C API refuses ucal_setGregorianChange() for any class but
 * GregorianCalendar itself (U_UNSUPPORTED_ERROR for its subclasses
 * BuddhistCalendar, TaiwanCalendar and JapaneseCalendar, whose years
 * would otherwise be Julian before 1582-10-15).  The C++ method does
 * the same for the subclasses, so icu_dates calls it through here.
 * A UCalendar is an icu::Calendar (ucal.cpp casts it so).
 */
#include <unicode/gregocal.h>
#include <unicode/ucal.h>

extern "C" int icu_proleptic(UCalendar *);

/* Move the switch to the far past; 0 on success, -1 if not Gregorian. */
extern "C" int
icu_proleptic(UCalendar *ucal)
{
	icu::Calendar *cal = reinterpret_cast<icu::Calendar *>(ucal);
	icu::GregorianCalendar *greg =
	    dynamic_cast<icu::GregorianCalendar *>(cal);
	UErrorCode status = U_ZERO_ERROR;

	if (greg == nullptr)
		return -1;
	greg->setGregorianChange(U_DATE_MIN, status);
	return U_FAILURE(status) ? -1 : 0;
}
