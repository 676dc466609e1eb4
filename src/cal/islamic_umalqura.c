/*
 * islamic_umalqura.c: the Umm al-Qura calendar of Saudi Arabia, AH
 * 1300-1600, from the table of month lengths of King Abdulaziz City for
 * Science and Technology (KACST), Riyadh.
 *
 * Facts: twelve lunar months of 29 or 30 days, as the KACST table gives
 * them; no rule produces them (R. H. van Gent, "The Umm al-Qura Calendar
 * of Saudi Arabia", Utrecht University, describes the successive
 * astronomical criteria KACST has used), so the table is the calendar.
 * 1 Muharram 1300 is 1882-11-12 (RD 687337) and 30 Dhu al-Hijja 1600
 * is 2174-11-25 (RD 794001).  The month lengths are those of the table
 * as OpenJDK ships it (hijrah-config-Hijrah-umalqura_islamic-umalqura
 * .properties, iso-start=1882-11-12, years 1300-1600), kept in
 * tests/data/islamic-umalqura-months.tsv, which a unit test compares
 * with the table below month by month; ICU4C 72's islamic-umalqura
 * (islamcal.cpp, UMALQURA_MONTHLENGTH) agrees on every day of the range
 * (tests/oracle), and so do the dates of KACST's own converter quoted in
 * tests/data/known-islamic-umalqura.tsv.  Other reconstructions differ
 * by a day in many months before AH 1420 (1999), where the calendar
 * printed at the time followed older criteria, and after AH 1450.
 * Representation: table[y - 1300] holds, in bits 0..11, whether month
 * 1..12 of year y has 30 days (bit m - 1 set) or 29, and in bits 12..31
 * the days from 1 Muharram 1300 to 1 Muharram y, so that a year's first
 * day is one look-up; the unit test checks that each offset is the sum
 * of the lengths before it.
 * Algorithm: table look-up; fixed-from and from-fixed count days from
 * the first day of the year and of the month (in the manner of Reingold
 * & Dershowitz, Calendrical Calculations, 4th ed., ch. 7, fixed-from-
 * islamic, with the table's month lengths in place of the arithmetic
 * ones).
 * Range: 1300-01-01 (RD 687337) to 1600-12-30 (RD 794001); other days
 * are refused (min_rd, max_rd), never converted by another Islamic
 * calendar.  Overflow: none; every value is below 2^20 plus RD 794001.
 */
#include "../calendar.h"
#include "../fixed.h"

#define FIRST_YEAR	1300
#define LAST_YEAR	1600
#define FIRST_RD	INT64_C(687337)	/* 1882-11-12, 1 Muharram 1300 */
#define LAST_RD		INT64_C(794001)	/* 2174-11-25, 30 Dhu al-Hijja 1600 */

static const char *const aliases[] = { "umalqura", "ummalqura",
    "umm-al-qura", NULL };

/* Month bits and first day of AH 1300..1600, as described above. */
static const uint32_t table[LAST_YEAR - FIRST_YEAR + 1] = {
	0x00000555, 0x001622ab, 0x002c4937, 0x004272b6,	/* 1300.. */
	0x00589576, 0x006ec36c, 0x0084eb55, 0x009b1aaa,	/* 1304.. */
	0x00b13956, 0x00c7549e, 0x00dd795d, 0x00f3a2ba,	/* 1308.. */
	0x0109c5b5, 0x011ff3aa, 0x01361b4b, 0x014c4a96,	/* 1312.. */
	0x0162652e, 0x017882ad, 0x018ea56d, 0x01a4db5a,	/* 1316.. */
	0x01bb0752, 0x01d12f25, 0x01e75e8a, 0x01fd7d16,	/* 1320.. */
	0x02139a56, 0x0229bab5, 0x023fe6b4, 0x02560da9,	/* 1324.. */
	0x026c3b92, 0x02825b25, 0x0298764b, 0x02ae9a9b,	/* 1328.. */
	0x02c4c35a, 0x02dae6d9, 0x02f115d4, 0x03073da5,	/* 1332.. */
	0x031d6d4a, 0x03338a95, 0x0349a536, 0x035fc975,	/* 1336.. */
	0x0375f2f4, 0x038c16e9, 0x03a246d4, 0x03b866a9,	/* 1340.. */
	0x03ce8535, 0x03e4a25d, 0x03fac4bd, 0x0410f9ba,	/* 1344.. */
	0x042723b4, 0x043d4b69, 0x04537b2a, 0x04699a55,	/* 1348.. */
	0x047fb4ad, 0x0495da5d, 0x04ac02da, 0x04c226d9,	/* 1352.. */
	0x04d85eaa, 0x04ee8e94, 0x0504ad2a, 0x051acc56,	/* 1356.. */
	0x0530e4ae, 0x05470a6d, 0x055d356a, 0x05735d55,	/* 1360.. */
	0x05898d4a, 0x059faa93, 0x05b5c52b, 0x05cbea5b,	/* 1364.. */
	0x05e2153a, 0x05f836b5, 0x060e6ea9, 0x06249d52,	/* 1368.. */
	0x063abd29, 0x0650da55, 0x0666f4ad, 0x067d156d,	/* 1372.. */
	0x06934aea, 0x06a976e4, 0x06bf9ed1, 0x06d5cda2,	/* 1376.. */
	0x06ebeaaa, 0x0702095a, 0x071822da, 0x072e45b9,	/* 1380.. */
	0x07447bb2, 0x075aa764, 0x0770c6c9, 0x0786e555,	/* 1384.. */
	0x079d02ab, 0x07b324db, 0x07c95aba, 0x07df85b4,	/* 1388.. */
	0x07f5ada9, 0x080bdd52, 0x0821faa5, 0x0838192d,	/* 1392.. */
	0x084e326d, 0x086458ed, 0x087a82da, 0x0890aad5,	/* 1396.. */
	0x08a6daa5, 0x08bcfa4b, 0x08d31497, 0x08e93937,	/* 1400.. */
	0x08ff62b6, 0x09158975, 0x092bbd69, 0x0941ed52,	/* 1404.. */
	0x09580c95, 0x096e292b, 0x0984425b, 0x099a64db,	/* 1408.. */
	0x09b099d5, 0x09c6c5d2, 0x09dceda5, 0x09f31d4a,	/* 1412.. */
	0x0a093a95, 0x0a1f554d, 0x0a357aad, 0x0a4ba3aa,	/* 1416.. */
	0x0a61cbd2, 0x0a77fbc4, 0x0a8e1b89, 0x0aa43a95,	/* 1420.. */
	0x0aba552d, 0x0ad075ad, 0x0ae6ab6a, 0x0afcd6d4,	/* 1424.. */
	0x0b12fdc9, 0x0b292d92, 0x0b3f4aa6, 0x0b556956,	/* 1428.. */
	0x0b6b82ae, 0x0b81a56d, 0x0b97d36a, 0x0badfb55,	/* 1432.. */
	0x0bc42aaa, 0x0bda494d, 0x0bf0649d, 0x0c06895d,	/* 1436.. */
	0x0c1cb2ba, 0x0c32d5b5, 0x0c4905aa, 0x0c5f2d55,	/* 1440.. */
	0x0c755a9a, 0x0c8b792e, 0x0ca1926e, 0x0cb7b55d,	/* 1444.. */
	0x0ccdeada, 0x0ce416d4, 0x0cfa36a5, 0x0d105b27,	/* 1448.. */
	0x0d268a4d, 0x0d3ca4ad, 0x0d52c56d, 0x0d68fb5a,	/* 1452.. */
	0x0d7f2754, 0x0d954f49, 0x0dab7e92, 0x0dc19d26,	/* 1456.. */
	0x0dd7ba56, 0x0dedd356, 0x0e03f6b5, 0x0e1a2baa,	/* 1460.. */
	0x0e305b92, 0x0e467b25, 0x0e5c968b, 0x0e72ba9b,	/* 1464.. */
	0x0e88e55a, 0x0e9f0ada, 0x0eb535b4, 0x0ecb5da9,	/* 1468.. */
	0x0ee18b52, 0x0ef7aa9a, 0x0f0dc536, 0x0f23e276,	/* 1472.. */
	0x0f3a0575, 0x0f503af2, 0x0f6666d4, 0x0f7c86a9,	/* 1476.. */
	0x0f92a555, 0x0fa8c2ad, 0x0fbee4bd, 0x0fd519ba,	/* 1480.. */
	0x0feb4574, 0x10016b69, 0x10179b52, 0x102dba95,	/* 1484.. */
	0x1043d52d, 0x1059fa5d, 0x107024da, 0x10864ad9,	/* 1488.. */
	0x109c76b2, 0x10b29e95, 0x10c8ce2a, 0x10deec96,	/* 1492.. */
	0x10f5092e, 0x110b2aad, 0x1121556a, 0x11377d65,	/* 1496.. */
	0x114dad4a, 0x1163cd15, 0x1179e62b, 0x11900c5b,	/* 1500.. */
	0x11a6353a, 0x11bc56b5, 0x11d28db2, 0x11e8bd64,	/* 1504.. */
	0x11fedd29, 0x1214fa55, 0x122b14ad, 0x1241396d,	/* 1508.. */
	0x12576aea, 0x126d96e8, 0x1283bed1, 0x1299eda4,	/* 1512.. */
	0x12b00d4a, 0x12c62a6a, 0x12dc42da, 0x12f265b9,	/* 1516.. */
	0x13089b72, 0x131ecb68, 0x1334e6d1, 0x134b0655,	/* 1520.. */
	0x136124ab, 0x1377495b, 0x138d72ba, 0x13a395b5,	/* 1524.. */
	0x13b9cda9, 0x13cffd52, 0x13e61ca6, 0x13fc394e,	/* 1528.. */
	0x1412546e, 0x1428795d, 0x143ea4da, 0x1454cad5,	/* 1532.. */
	0x146afaaa, 0x14811a4d, 0x1497349b, 0x14ad5937,	/* 1536.. */
	0x14c384b6, 0x14d9a975, 0x14efdd6a, 0x15060d52,	/* 1540.. */
	0x151c2aa5, 0x1532494b, 0x154862ab, 0x155e855b,	/* 1544.. */
	0x1574bad9, 0x158ae5d2, 0x15a10dc5, 0x15b73d92,	/* 1548.. */
	0x15cd5b25, 0x15e37555, 0x15f99ab5, 0x160fc5b4,	/* 1552.. */
	0x1625eba9, 0x163c17a2, 0x16523745, 0x16685593,	/* 1556.. */
	0x167e7aab, 0x1694a4d6, 0x16aac9d6, 0x16c0f5d2,	/* 1560.. */
	0x16d71ba5, 0x16ed4b4a, 0x17036a95, 0x171984ad,	/* 1564.. */
	0x172fa15d, 0x1745c2dd, 0x175bf9da, 0x177225b4,	/* 1568.. */
	0x178845a9, 0x179e652d, 0x17b4825b, 0x17caa8b7,	/* 1572.. */
	0x17e0d176, 0x17f6f56d, 0x180d2b6a, 0x18235aca,	/* 1576.. */
	0x18397a96, 0x184f952b, 0x1865b15b, 0x187bd2bb,	/* 1580.. */
	0x189205b6, 0x18a83daa, 0x18be6b94, 0x18d48d46,	/* 1584.. */
	0x18eaaa8d, 0x1900c52d, 0x1916ea9d, 0x192d155a,	/* 1588.. */
	0x19433755, 0x19596749, 0x196f8f13, 0x1985be4a,	/* 1592.. */
	0x199bda96, 0x19b1f556, 0x19c816b5, 0x19de4baa,	/* 1596.. */
	0x19f47b94,	/* 1600.. */
};

static int
month_days(int64_t y, int m, uint32_t flags)
{
	(void)flags;
	return 29 + (int)(table[y - FIRST_YEAR] >> (m - 1) & 1);
}

/* Days from 1 Muharram 1300 to the first day of year y. */
static int64_t
year_start(int64_t y)
{
	return (int64_t)(table[y - FIRST_YEAR] >> 12);
}

/*
 * Days in year y before month m: 29 a month and one more for each of
 * those months that has 30, the set bits of the table below bit m - 1
 * (counted by adding bits in pairs, fours and eights).
 */
static int
days_before(int64_t y, int m)
{
	uint32_t x = table[y - FIRST_YEAR] & ((UINT32_C(1) << (m - 1)) - 1);

	x = x - ((x >> 1) & 0x555);
	x = (x & 0x333) + ((x >> 2) & 0x333);
	x = (x + (x >> 4)) & 0x0f0f;
	return 29 * (m - 1) + (int)((x + (x >> 8)) & 0x1f);
}

static int64_t
to_fixed(const struct cal_date *d)
{
	return FIRST_RD + year_start(d->year) + days_before(d->year, d->month)
	    + d->day - 1;
}

static void
from_fixed(int64_t rd, struct cal_date *d)
{
	int64_t n = rd - FIRST_RD, y;
	int m, len, before;

	/*
	 * A first guess by the mean year of 10631/30 days, then the
	 * table's own year starts: the guess is within a year.
	 */
	y = FIRST_YEAR + fx_div(30 * n, 10631);
	if (y > LAST_YEAR)
		y = LAST_YEAR;
	while (y > FIRST_YEAR && year_start(y) > n)
		y--;
	while (y < LAST_YEAR && year_start(y + 1) <= n)
		y++;
	n -= year_start(y);
	/*
	 * No month is longer than 30 days, so month n / 30 + 1 begins on
	 * or before day n; the months after it are added while they fit.
	 */
	m = (int)n / 30 + 1;
	before = days_before(y, m);
	while (m < 12 && n >= before + (len = month_days(y, m, 0))) {
		before += len;
		m++;
	}
	d->year = y;
	d->month = m;
	d->day = (int32_t)(n - before) + 1;
	d->flags = 0;
}

const struct calendar cal_islamic_umalqura = {
	.id = "islamic-umalqura",
	.aliases = aliases,
	.title = "Umm al-Qura, Saudi Arabia's Islamic calendar (KACST table)",
	.note = "from 1882-11-12 (1300-01-01) to 2174-11-25 (1600-12-30), "
	    "where the table ends",
	.kind = CAL_LUNAR,
	.shape = CAL_SHAPE_YMD,
	.min_year = FIRST_YEAR,
	.max_year = LAST_YEAR,
	.months_in_year = fx_twelve,
	.days_in_month = month_days,
	.is_leap = NULL,
	.to_fixed = to_fixed,
	.from_fixed = from_fixed,
	.names = "islamic",
	.week_start = 6,	/* Saturday */
	.min_rd = FIRST_RD,
	.max_rd = LAST_RD,
};
