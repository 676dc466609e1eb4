/*
 * names_extra.c: hand-made name sets for the calendars the Unicode CLDR
 * has no calendar type for -- the French Republican, ancient Egyptian,
 * Armenian, Positivist and Bahá'í calendars, and the modern Hindu solar
 * and lunisolar calendars.  names_set() finds them
 * after the generated sets of names_data.c, under the ids below, which
 * are no CLDR types; a backend names one in its .names.
 *
 * Layout as in names.h: month slots are the calendar's months in order
 * (the complementary or epagomenal days are a month of their own, as
 * the backends number them), weekdays Sunday first, eras by index.  No
 * set has abbreviated month names of its own, so month_abbr is the wide
 * list, as CLDR does for its Coptic and Ethiopic names; no stand-alone
 * forms differ.
 *
 * Weekday names: none of these calendars has a seven-day week of its
 * own that calconv counts, so every set has the Gregorian weekdays,
 * which are CLDR 41's (names_data.c keeps them static, so the en, fr
 * and fa lists are copied here, and hy is taken from CLDR's hy.xml,
 * gregorian, format wide and abbreviated).  tests/unit/test_names.c
 * holds the copies equal to the generated lists.
 *
 * All strings are UTF-8 in NFC.  Each set cites its sources; R&D is
 * Reingold & Dershowitz, Calendrical Calculations (4th ed., Cambridge
 * University Press, 2018), whose chapters give each calendar's
 * arithmetic (the backends in src/cal/ cite them).
 */
#include <stddef.h>

#include "names.h"

extern const struct cal_nameset names_french, names_egyptian,
    names_armenian, names_positivist, names_bahai, names_hindu_solar,
    names_hindu_lunar;
extern const struct cal_nameset *const names_extra_sets[];
extern const char *const names_extra_leap[][3];

/* CLDR 41 gregorian weekdays, format wide and abbreviated. */

static const char *const en_weekday[] = {
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
	"Saturday",
};

static const char *const en_weekday_abbr[] = {
	"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat",
};

static const char *const fr_weekday[] = {
	"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
	"samedi",
};

static const char *const fr_weekday_abbr[] = {
	"dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam.",
};

/* CLDR's fa abbreviations are the wide names. */
static const char *const fa_weekday[] = {
	"یکشنبه", "دوشنبه", "سه\342\200\214شنبه", "چهارشنبه", "پنجشنبه",
	"جمعه", "شنبه",
};

static const char *const hi_weekday[] = {
	"रविवार", "सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार",
	"शनिवार",
};

static const char *const hi_weekday_abbr[] = {
	"रवि", "सोम", "मंगल", "बुध", "गुरु", "शुक्र", "शनि",
};

static const char *const hy_weekday[] = {
	"կիրակի", "երկուշաբթի", "երեքշաբթի", "չորեքշաբթի", "հինգշաբթի",
	"ուրբաթ", "շաբաթ",
};

static const char *const hy_weekday_abbr[] = {
	"կիր", "երկ", "երք", "չրք", "հնգ", "ուր", "շբթ",
};

/*
 * french: the French Republican calendar (backend french-arithmetic).
 * 13 month slots: Vendémiaire .. Fructidor, then the five or six
 * complementary days as slot 13.  1 era.  Native language: fr.
 *
 * Sources: R&D ch. 17 (the French Revolutionary calendar: twelve
 * months of 30 days and the sansculottides, later called jours
 * complémentaires); the month names of the Convention's decree of
 * 4 frimaire an II (24 November 1793), spelt as in python3-convertdate
 * 2.4.0, french_republican.MOIS, which also calls month 13
 * "Sansculottides".  French writes the months in lower case in running
 * text ("18 brumaire an VIII"), as CLDR does the Gregorian ones, and
 * the complementary days "jours complémentaires", their name from the
 * year III (1795) on; the decree's "sans-culottides" and the singular
 * "jour complémentaire" are parse variants in names.c.
 *
 * The day names of the décade (primidi, duodi, .. décadi) are the days
 * of a ten-day week, not weekdays: %A and %a write the seven-day
 * weekday, so the Gregorian names are kept.  The era is the Republic's
 * ("an II de la République"), the ère républicaine; its abbreviation
 * "ER" is this file's own, for want of a CLDR or R&D form.
 */

static const char *const french_en_month[] = {
	"Vendémiaire", "Brumaire", "Frimaire", "Nivôse", "Pluviôse",
	"Ventôse", "Germinal", "Floréal", "Prairial", "Messidor",
	"Thermidor", "Fructidor", "Sansculottides",
};

static const char *const french_en_era[] = {
	"ER",
};

static const char *const french_en_era_wide[] = {
	"Republican Era",
};

static const char *const french_fr_month[] = {
	"vendémiaire", "brumaire", "frimaire", "nivôse", "pluviôse",
	"ventôse", "germinal", "floréal", "prairial", "messidor",
	"thermidor", "fructidor", "jours complémentaires",
};

static const char *const french_fr_era_wide[] = {
	"ère républicaine",
};

static const struct cal_names french_langs[] = {
	{ "en",
	    french_en_month, french_en_month,
	    NULL, NULL,
	    en_weekday, en_weekday_abbr,
	    french_en_era, french_en_era_wide,
	    NULL },
	{ "fr",
	    french_fr_month, french_fr_month,
	    NULL, NULL,
	    fr_weekday, fr_weekday_abbr,
	    french_en_era, french_fr_era_wide,
	    NULL },
};

const struct cal_nameset names_french = {
	"french", 13, 1, "fr", french_langs, 2
};

/*
 * egyptian: the ancient Egyptian civil calendar (backend egyptian).
 * 13 month slots: Thoth .. Mesori, then the five epagomenal days as
 * slot 13.  1 era, Nabonassar's.  Native language: en (the names are
 * the Greek ones of the Ptolemaic period, in English transliteration;
 * no Egyptian or Coptic script set is kept).
 *
 * Sources: R&D ch. 1 (the Egyptian calendar, dated in the era of
 * Nabonassar, epoch 26 February 747 BCE Julian); the month names and
 * the era as Stellarium's Calendars plug-in, which implements R&D's
 * functions, writes them (plugins/Calendars/src/calendars/
 * EgyptianCalendar.cpp, G. Zotti, 2020: "Thoth" .. "Mesori",
 * "(Epagomenae)", "Nabonassar Era"); Epagomenae is the Latin form of
 * the Greek epagomenai, "added (days)".  Other spellings in print
 * ("Mecheir", "Mesore", "epagomenai") are parse variants in names.c.
 */

static const char *const egyptian_en_month[] = {
	"Thoth", "Phaophi", "Athyr", "Choiak", "Tybi", "Mechir",
	"Phamenoth", "Pharmuthi", "Pachon", "Payni", "Epiphi", "Mesori",
	"Epagomenae",
};

static const char *const egyptian_en_era[] = {
	"Nabonassar",
};

static const char *const egyptian_en_era_wide[] = {
	"Nabonassar Era",
};

static const struct cal_names egyptian_langs[] = {
	{ "en",
	    egyptian_en_month, egyptian_en_month,
	    NULL, NULL,
	    en_weekday, en_weekday_abbr,
	    egyptian_en_era, egyptian_en_era_wide,
	    NULL },
};

const struct cal_nameset names_egyptian = {
	"egyptian", 13, 1, "en", egyptian_langs, 1
};

/*
 * armenian: the Armenian calendar of 552 CE (backend armenian).
 * 13 month slots: Nawasard .. Hroticʿ, then the five epagomenal days,
 * Aweleacʿ ("the superfluous"), as slot 13.  1 era.  Native language:
 * hy.
 *
 * Sources: R&D ch. 1 (the Armenian calendar, the Egyptian year from
 * 11 July 552 Julian); the names in Armenian script, in the classical
 * orthography the calendar was written in, and their transliteration
 * (Hübschmann-Meillet, with ʿ U+02BF for aspiration) as
 * python3-convertdate 2.4.0, armenian.MONTHS_ARM and armenian.MONTHS,
 * has them, capitalised for English; Armenian writes month names in
 * lower case, as CLDR's hy does the Gregorian ones.  The forms of
 * Stellarium's plug-in ("Nawasardi", "K'aloch", ...) are parse
 * variants in names.c.  The era: "Armenian Era" as Stellarium's plug-in
 * (ArmenianCalendar.cpp) writes it; in Armenian, "Թ.Հ.", t'vin Hayocʿ,
 * "in the Armenian year" (English Wikipedia, "Armenian calendar"),
 * which Armenian writes before the year, %EY after it.
 */

static const char *const armenian_en_month[] = {
	"Nawasard", "Hoṙi", "Sahmi", "Trē", "Kʿałocʿ", "Aracʿ", "Mehekan",
	"Areg", "Ahekan", "Mareri", "Margacʿ", "Hroticʿ", "Aweleacʿ",
};

static const char *const armenian_hy_month[] = {
	"նաւասարդ", "հոռի", "սահմի", "տրէ", "քաղոց", "արաց", "մեհեկան",
	"արեգ", "ահեկան", "մարերի", "մարգաց", "հրոտից", "աւելեաց",
};

static const char *const armenian_en_era[] = {
	"Armenian Era",
};

static const char *const armenian_hy_era[] = {
	"Թ.Հ.",
};

static const char *const armenian_hy_era_wide[] = {
	"թուին Հայոց",
};

static const struct cal_names armenian_langs[] = {
	{ "en",
	    armenian_en_month, armenian_en_month,
	    NULL, NULL,
	    en_weekday, en_weekday_abbr,
	    armenian_en_era, armenian_en_era,
	    NULL },
	{ "hy",
	    armenian_hy_month, armenian_hy_month,
	    NULL, NULL,
	    hy_weekday, hy_weekday_abbr,
	    armenian_hy_era, armenian_hy_era_wide,
	    NULL },
};

const struct cal_nameset names_armenian = {
	"armenian", 13, 1, "hy", armenian_langs, 2
};

/*
 * positivist: Comte's Positivist calendar (backend positivist).
 * 14 month slots: the thirteen months of 28 days, named after great
 * men, then the complementary day (the festival of all the dead) and,
 * in leap years, the additional day (the festival of holy women) as
 * slot 14.  1 era.  Native language: fr.
 *
 * Sources: A. Comte, Calendrier positiviste (Paris, 1849) for the
 * French names, "Moïse" .. "Bichat", and the "jour complémentaire";
 * the English names as python3-convertdate 2.4.0, positivist.MONTHS,
 * has them (it leaves month 14 unnamed; "Complementary Days"
 * translates Comte).  The era: year 1 "of the Great Crisis", the
 * Revolution of 1789 (English Wikipedia, "Positivist calendar"; French,
 * "de la Grande Crise"), a phrase that follows the year, as %EY
 * writes it.  R&D do not treat this calendar.
 */

static const char *const positivist_en_month[] = {
	"Moses", "Homer", "Aristotle", "Archimedes", "Caesar", "Saint Paul",
	"Charlemagne", "Dante", "Gutenberg", "Shakespeare", "Descartes",
	"Frederic", "Bichat", "Complementary Days",
};

static const char *const positivist_fr_month[] = {
	"Moïse", "Homère", "Aristote", "Archimède", "César", "Saint Paul",
	"Charlemagne", "Dante", "Gutenberg", "Shakespeare", "Descartes",
	"Frédéric", "Bichat", "jours complémentaires",
};

static const char *const positivist_en_era[] = {
	"of the Great Crisis",
};

static const char *const positivist_fr_era[] = {
	"de la Grande Crise",
};

static const struct cal_names positivist_langs[] = {
	{ "en",
	    positivist_en_month, positivist_en_month,
	    NULL, NULL,
	    en_weekday, en_weekday_abbr,
	    positivist_en_era, positivist_en_era,
	    NULL },
	{ "fr",
	    positivist_fr_month, positivist_fr_month,
	    NULL, NULL,
	    fr_weekday, fr_weekday_abbr,
	    positivist_fr_era, positivist_fr_era,
	    NULL },
};

const struct cal_nameset names_positivist = {
	"positivist", 14, 1, "fr", positivist_langs, 2
};

/*
 * bahai: the Bahá'í (Badíʿ) calendar (backend bahai).
 * 20 month slots: slots 1..18 the months Bahá .. Mulk, slot 19 the
 * intercalary days Ayyám-i-Há, slot 20 the month ʻAláʼ (R&D number
 * Ayyám-i-Há month 0; a backend whose months differ maps them with
 * month_slot).  1 era, "BE".  Native language: fa.
 *
 * Sources: R&D ch. 16 (the Bahá'í calendar); the month names in the
 * Bahá'í World Centre's transliteration, as python3-convertdate 2.4.0,
 * bahai.MONTHS, and the English Wikipedia ("Baháʼí calendar", table
 * of months) write them, here with ʻ U+02BB for ʿayn and ʼ U+02BC for
 * hamza as Wikipedia has them (parsing takes ‘ ’ and ' for them
 * alike).  In Persian the names are the Arabic words, written with
 * Arabic ة and the Persian letters ک and ی, and the era is "بدیع"
 * (Badíʿ), as S. Rezaie's Persian language pack for the DGWeb Bahá'í
 * date extension (2008: Lang.Bahai.NAME and _MN) writes them; it
 * names the months "شهرالبهاء" .. ("month of Bahá"), which this set
 * gives without the "شهرال", as the English names are without "month
 * of".  Weekdays: the Bahá'í week has its own day names (Jalál, Jamál,
 * ..), but it is the seven-day week, and %A writes the Gregorian names.
 */

static const char *const bahai_en_month[] = {
	"Bahá", "Jalál", "Jamál", "ʻAẓamat", "Núr", "Raḥmat", "Kalimát",
	"Kamál", "Asmáʼ", "ʻIzzat", "Mashíyyat", "ʻIlm", "Qudrat", "Qawl",
	"Masáʼil", "Sharaf", "Sulṭán", "Mulk", "Ayyám-i-Há", "ʻAláʼ",
};

static const char *const bahai_en_era[] = {
	"BE",
};

static const char *const bahai_en_era_wide[] = {
	"Baháʼí Era",
};

static const char *const bahai_fa_month[] = {
	"بهاء", "جلال", "جمال", "عظمة", "نور", "رحمة", "کلمات", "کمال",
	"اسماء", "عزة", "مشیة", "علم", "قدرة", "قول", "مسائل", "شرف",
	"سلطان", "ملک", "ایام هاء", "علاء",
};

static const char *const bahai_fa_era[] = {
	"بدیع",
};

static const struct cal_names bahai_langs[] = {
	{ "en",
	    bahai_en_month, bahai_en_month,
	    NULL, NULL,
	    en_weekday, en_weekday_abbr,
	    bahai_en_era, bahai_en_era_wide,
	    NULL },
	{ "fa",
	    bahai_fa_month, bahai_fa_month,
	    NULL, NULL,
	    fa_weekday, fa_weekday,
	    bahai_fa_era, bahai_fa_era,
	    NULL },
};

const struct cal_nameset names_bahai = {
	"bahai", 20, 1, "fa", bahai_langs, 2
};

/* Every hand-made set, NULL-terminated; names_set() looks here too. */
/*
 * hindu-solar: the modern Hindu solar calendars (backends hindu-solar
 * and astro-hindu-solar).  12 month slots, the signs of the zodiac the
 * sun passes through, Mesha .. Mina.  1 era, Saka.  Native language:
 * hi.
 *
 * Sources: R&D ch. 20 (the solar months take the names of the signs,
 * Mesha first, and the years are counted in the Saka era), in their
 * transliteration without diacritics; the Hindi names are the Sanskrit
 * ones in Devanagari as the Hindi Wikipedia's "राशि" article lists the
 * twelve signs; the era is CLDR 41's indian era in en and hi ("Saka",
 * "शक"), the same Saka count.
 */

static const char *const hindu_solar_en_month[] = {
	"Mesha", "Vrishabha", "Mithuna", "Karka", "Simha", "Kanya", "Tula",
	"Vrischika", "Dhanus", "Makara", "Kumbha", "Mina",
};

static const char *const hindu_solar_en_era[] = {
	"Saka",
};

static const char *const hindu_solar_hi_month[] = {
	"मेष", "वृषभ", "मिथुन", "कर्क", "सिंह", "कन्या", "तुला", "वृश्चिक",
	"धनु", "मकर", "कुम्भ", "मीन",
};

static const char *const hindu_solar_hi_era[] = {
	"शक",
};

static const struct cal_names hindu_solar_langs[] = {
	{ "en",
	    hindu_solar_en_month, hindu_solar_en_month,
	    NULL, NULL,
	    en_weekday, en_weekday_abbr,
	    hindu_solar_en_era, hindu_solar_en_era,
	    NULL },
	{ "hi",
	    hindu_solar_hi_month, hindu_solar_hi_month,
	    NULL, NULL,
	    hi_weekday, hi_weekday_abbr,
	    hindu_solar_hi_era, hindu_solar_hi_era,
	    NULL },
};

const struct cal_nameset names_hindu_solar = {
	"hindu-solar", 12, 1, "hi", hindu_solar_langs, 2
};

/*
 * hindu-lunar: the modern Hindu lunisolar calendars (backends
 * hindu-lunar and astro-hindu-lunar).  12 month slots, Chaitra ..
 * Phalguna; a leap month is the month's name after "Adhika" ("अधिक"),
 * names_extra_leap below.  1 era, Vikrama.  Native language: hi.
 *
 * Sources: the month names are CLDR 41's indian calendar months in en
 * and hi (the national calendar's months bear the names of these lunar
 * months, Chaitra first; CLDR calls month 9 Agrahayana, also known as
 * Margashirsha); R&D ch. 20 calls a leap month adhika ("added") and
 * counts these years in the Vikrama era (Vikrama Samvat, in Hindi
 * विक्रम संवत).
 */

static const char *const hindu_lunar_en_month[] = {
	"Chaitra", "Vaisakha", "Jyaistha", "Asadha", "Sravana", "Bhadra",
	"Asvina", "Kartika", "Agrahayana", "Pausa", "Magha", "Phalguna",
};

static const char *const hindu_lunar_en_era[] = {
	"VS",
};

static const char *const hindu_lunar_en_era_wide[] = {
	"Vikrama Samvat",
};

static const char *const hindu_lunar_hi_month[] = {
	"चैत्र", "वैशाख", "ज्येष्ठ", "आषाढ़", "श्रावण", "भाद्रपद", "अश्विन",
	"कार्तिक", "अग्रहायण", "पौष", "माघ", "फाल्गुन",
};

static const char *const hindu_lunar_hi_era[] = {
	"विक्रम संवत",
};

static const struct cal_names hindu_lunar_langs[] = {
	{ "en",
	    hindu_lunar_en_month, hindu_lunar_en_month,
	    NULL, NULL,
	    en_weekday, en_weekday_abbr,
	    hindu_lunar_en_era, hindu_lunar_en_era_wide,
	    NULL },
	{ "hi",
	    hindu_lunar_hi_month, hindu_lunar_hi_month,
	    NULL, NULL,
	    hi_weekday, hi_weekday_abbr,
	    hindu_lunar_hi_era, hindu_lunar_hi_era,
	    NULL },
};

const struct cal_nameset names_hindu_lunar = {
	"hindu-lunar", 12, 1, "hi", hindu_lunar_langs, 2
};

/*
 * Leap-month patterns of the hand-made sets, as names_data.c's
 * names_leap has CLDR's: set, language, pattern ("{0}" the month).
 */
const char *const names_extra_leap[][3] = {
	{ "hindu-lunar", "en", "Adhika {0}" },
	{ "hindu-lunar", "hi", "अधिक {0}" },
	{ NULL, NULL, NULL }
};

const struct cal_nameset *const names_extra_sets[] = {
	&names_french,
	&names_egyptian,
	&names_armenian,
	&names_positivist,
	&names_bahai,
	&names_hindu_solar,
	&names_hindu_lunar,
	NULL
};
