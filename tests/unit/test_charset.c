/*
 * test_charset.c -- the charset layer: real Greek, Polish and Spanish
 * sentences in every charset their mail arrives in must come out as the
 * same UTF-8, without a '?' or a replacement character.
 */
#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "xmalloc.h"
#include "test.h"

static const char el[] = "Επιστροφή χρημάτων για την παραγγελία. Άλλο θέμα;";
static const char pl[] =
    "Zwrot pieniędzy, zamówienie nr 123456, źle, żółć. Świętość, Ąą Śś Źź";
static const char es[] = "Devolución del pedido, señor, ¿cuándo? ¡Año!";

/* Convert and compare; no defect, no '?', no U+FFFD allowed. */
static void
roundtrip(const char *cs, const char *in, const char *want)
{
	char	*out;
	int	 defect = 0;

	out = charset_to_utf8(cs, in, strlen(in), NULL, &defect);
	CHECK_STR(out, want);
	CHECK_INT(defect, 0);
	CHECK(strstr(out, "\xef\xbf\xbd") == NULL);
	CHECK(charset_valid_utf8(out, strlen(out)));
	free(out);
}

static void
test_greek(void)
{
	static const char iso[] = "\xc5\xf0\xe9\xf3\xf4\xf1\xef\xf6\xde \xf7\xf1\xe7\xec\xdc\xf4\xf9\xed \xe3\xe9\xe1 \xf4\xe7\xed \xf0\xe1\xf1\xe1\xe3\xe3\xe5\xeb\xdf\xe1. \xb6\xeb\xeb\xef \xe8\xdd\xec\xe1;";
	static const char win[] = "\xc5\xf0\xe9\xf3\xf4\xf1\xef\xf6\xde \xf7\xf1\xe7\xec\xdc\xf4\xf9\xed \xe3\xe9\xe1 \xf4\xe7\xed \xf0\xe1\xf1\xe1\xe3\xe3\xe5\xeb\xdf\xe1. \xa2\xeb\xeb\xef \xe8\xdd\xec\xe1;";

	roundtrip("ISO-8859-7", iso, el);
	roundtrip("iso8859-7", iso, el);
	roundtrip("windows-1253", win, el);
	roundtrip("cp1253", win, el);
	roundtrip("UTF-8", el, el);
}

static void
test_polish(void)
{
	static const char iso[] = "Zwrot pieni\xea" "dzy, zam\xf3wienie nr 123456, \xbcle, \xbf\xf3\xb3\xe6. \xa6wi\xeato\xb6\xe6, \xa1\xb1 \xa6\xb6 \xac\xbc";
	static const char win[] = "Zwrot pieni\xea" "dzy, zam\xf3wienie nr 123456, \x9fle, \xbf\xf3\xb3\xe6. \x8cwi\xeato\x9c\xe6, \xa5\xb9 \x8c\x9c \x8f\x9f";

	roundtrip("ISO-8859-2", iso, pl);
	roundtrip("latin2", iso, pl);
	roundtrip("windows-1250", win, pl);
	roundtrip("utf-8", pl, pl);
	/* windows-1250 bytes mislabelled ISO-8859-2 (C1 bytes present). */
	roundtrip("iso-8859-2", win, pl);
}

static void
test_spanish(void)
{
	static const char l1[] = "Devoluci\xf3n del pedido, se\xf1or, \xbf" "cu\xe1ndo\x3f \xa1" "A\xf1o!";
	static const char l15[] = "Devoluci\xf3n del pedido, se\xf1or, \xbf" "cu\xe1ndo\x3f \xa1" "A\xf1o! \xa4";
	static const char w[] = "Devoluci\xf3n del pedido, se\xf1or, \xbf" "cu\xe1ndo\x3f \xa1" "A\xf1o! \x93\x80\x94";
	char	 want[256];

	roundtrip("ISO-8859-1", l1, es);
	roundtrip("latin1", l1, es);
	roundtrip("windows-1252", l1, es);
	snprintf(want, sizeof want, "%s €", es);
	roundtrip("ISO-8859-15", l15, want);
	snprintf(want, sizeof want, "%s “€”", es);
	roundtrip("windows-1252", w, want);
	/* What Outlook really sends: cp1252 bytes labelled ISO-8859-1. */
	roundtrip("iso-8859-1", w, want);
	roundtrip("\"ISO-8859-1\"", w, want);
	roundtrip("UTF-8", es, es);
	roundtrip("us-ascii", es, es);
}

static void
test_unknown(void)
{
	char	*out;
	int	 defect = 0;

	out = charset_to_utf8("x-klingon", es, strlen(es), NULL, &defect);
	CHECK_STR(out, es);
	CHECK_INT(defect, 1);
	free(out);

	defect = 0;
	out = charset_to_utf8("x-klingon", "se\xf1or", 5, NULL, &defect);
	CHECK_STR(out, "señor");
	CHECK_INT(defect, 1);
	free(out);

	/* No label, not UTF-8: the fallback, without a defect. */
	defect = 0;
	out = charset_to_utf8(NULL, "se\xf1or", 5, NULL, &defect);
	CHECK_STR(out, "señor");
	CHECK_INT(defect, 0);
	free(out);

	out = charset_to_utf8(NULL, "\xe3\xe9\xe1", 3, "ISO-8859-7", NULL);
	CHECK_STR(out, "για");
	free(out);

	/* Declared UTF-8, mostly UTF-8, one bad byte: U+FFFD, a defect. */
	defect = 0;
	out = charset_to_utf8("utf-8", "\xc3\xb1\xff" "b", 4, NULL, &defect);
	CHECK_STR(out, "ñ\xef\xbf\xbd" "b");
	CHECK_INT(defect, 1);
	free(out);

	/* Declared UTF-8 without one UTF-8 sequence: Latin text, mislabelled. */
	defect = 0;
	out = charset_to_utf8("utf-8", "se\xf1or", 5, NULL, &defect);
	CHECK_STR(out, "señor");
	CHECK_INT(defect, 1);
	free(out);

	/* A label iconv reads as UTF-8 still yields strict UTF-8. */
	defect = 0;
	out = charset_to_utf8("utf-8\x05", "a\xf4\x90\x80\x80" "b", 6, NULL,
	    &defect);
	CHECK(charset_valid_utf8(out, strlen(out)));
	CHECK_INT(defect, 1);
	free(out);

	/* NUL bytes never cut the string short. */
	out = charset_to_utf8("iso-8859-7", "a\0b", 3, NULL, NULL);
	CHECK_STR(out, "ab");
	free(out);
	out = charset_to_utf8(NULL, "a\0b", 3, NULL, NULL);
	CHECK_STR(out, "ab");
	free(out);

	out = charset_to_utf8("utf-8", "", 0, NULL, NULL);
	CHECK_STR(out, "");
	free(out);
}

static void
test_valid_utf8(void)
{
	CHECK(charset_valid_utf8("abc", 3));
	CHECK(charset_valid_utf8(el, strlen(el)));
	CHECK(!charset_valid_utf8("\xc0\xaf", 2));		/* overlong */
	CHECK(!charset_valid_utf8("\xed\xa0\x80", 3));		/* surrogate */
	CHECK(!charset_valid_utf8("\xf4\x90\x80\x80", 4));	/* > U+10FFFF */
	CHECK(!charset_valid_utf8("\xce", 1));			/* truncated */
	CHECK(charset_valid_utf8("\xf0\x9f\x98\x80", 4));	/* emoji */
}

static void
test_header_words(void)
{
	char	*out;
	int	 defect = 0;

	out = charset_decode_header("=?ISO-8859-7?B?xfDp8/Tx7/beIPfx5+zc9Pnt?=",
	    NULL, &defect);
	CHECK_STR(out, "Επιστροφή χρημάτων");
	CHECK_INT(defect, 0);
	free(out);

	out = charset_decode_header("=?iso-8859-2?Q?Zwrot_pieni=EAdzy=2C_" \
	    "=BF=F3=B3=E6?=", NULL, NULL);
	CHECK_STR(out, "Zwrot pieniędzy, żółć");
	free(out);

	/* A multibyte character split across two words still decodes. */
	out = charset_decode_header("=?UTF-8?B?zpXPgM65z4PP?=\t  "
	    "=?utf-8?B?hM+Bzr/Phs6u?=", NULL, NULL);
	CHECK_STR(out, "Επιστροφή");
	free(out);
	out = charset_decode_header("=?utf-8?q?Devoluci=C3?= =?utf-8?q?" \
	    "=B3n?=", NULL, NULL);
	CHECK_STR(out, "Devolución");
	free(out);

	/* Whitespace between words goes, around plain text it stays. */
	out = charset_decode_header("Re: =?utf-8?q?se=C3=B1or?= =?utf-8?q?_" \
	    "P=C3=A9rez?= [CS-1]", NULL, NULL);
	CHECK_STR(out, "Re: señor Pérez [CS-1]");
	free(out);

	/* Different charsets side by side. */
	out = charset_decode_header("=?iso-8859-7?q?=E3=E9=E1?= " \
	    "=?windows-1250?q?=9Fle?=", NULL, NULL);
	CHECK_STR(out, "γιαźle");
	free(out);

	/* Raw 8-bit: valid UTF-8 kept, else the fallback. */
	out = charset_decode_header("Zwrot pieniędzy", NULL, NULL);
	CHECK_STR(out, "Zwrot pieniędzy");
	free(out);
	out = charset_decode_header("se\xf1or", NULL, NULL);
	CHECK_STR(out, "señor");
	free(out);
	out = charset_decode_header("\xe3\xe9\xe1 x", "iso-8859-7", NULL);
	CHECK_STR(out, "για x");
	free(out);

	/* Unknown charset: a defect, the bytes still readable. */
	defect = 0;
	out = charset_decode_header("=?x-unknown-cs?q?se=C3=B1or?=", NULL,
	    &defect);
	CHECK_STR(out, "señor");
	CHECK_INT(defect, 1);
	free(out);

	/* Malformed words stay as written. */
	out = charset_decode_header("=?utf-8?q?open", NULL, NULL);
	CHECK_STR(out, "=?utf-8?q?open");
	free(out);
	out = charset_decode_header("=?utf-8?x?abc?=", NULL, NULL);
	CHECK_STR(out, "=?utf-8?x?abc?=");
	free(out);
	out = charset_decode_header("a=?=?", NULL, NULL);
	CHECK_STR(out, "a=?=?");
	free(out);

	/* An encoded CR LF cannot break the header line. */
	out = charset_decode_header("=?utf-8?q?a=0D=0ABcc:_x@y?=", NULL, NULL);
	CHECK_STR(out, "a  Bcc: x@y");
	free(out);

	/* RFC 2231 language suffix in the charset of an encoded word. */
	out = charset_decode_header("=?utf-8*es?q?a=C3=B1o?=", NULL, NULL);
	CHECK_STR(out, "año");
	free(out);
}

static void
test_rfc2231(void)
{
	char	*out;

	out = charset_decode_rfc2231("utf-8''%C5%BC%C3%B3%C5%82%C4%87.pdf",
	    NULL);
	CHECK_STR(out, "żółć.pdf");
	free(out);
	out = charset_decode_rfc2231("iso-8859-7'el'%E3%E9%E1.txt", NULL);
	CHECK_STR(out, "για.txt");
	free(out);
	out = charset_decode_rfc2231("''plain%20name", NULL);
	CHECK_STR(out, "plain name");
	free(out);
	out = charset_decode_rfc2231("%zz%4", NULL);
	CHECK_STR(out, "%zz%4");
	free(out);
}

static void
test_encode(void)
{
	char	*enc, *dec, *line, *save;
	const char *texts[] = { el, pl, es, "plain ascii", "a =?x?q?y?= b" };
	size_t	 i;

	enc = charset_encode_header("Refund please", 9);
	CHECK_STR(enc, "Refund please");
	free(enc);
	enc = charset_encode_header("a\r\nBcc: x@y", 9);
	CHECK(strchr(enc, '\n') == NULL || strstr(enc, "\r\n ") != NULL);
	dec = charset_decode_header(enc, NULL, NULL);
	CHECK(strstr(dec, "\n") == NULL);
	free(dec);
	free(enc);

	for (i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		char	*unf;
		size_t	 j, k;

		enc = charset_encode_header(texts[i], 9);
		/* Every line within 76 columns (the first after "Subject: "). */
		save = xstrdup(enc);
		for (line = save; line != NULL; ) {
			char	*nl = strstr(line, "\r\n");
			size_t	 l = nl ? (size_t)(nl - line) : strlen(line);

			CHECK(l + (line == save ? 9 : 0) <= 76);
			line = nl ? nl + 2 : NULL;
		}
		free(save);
		/* Unfold the way a reader does, then decode. */
		unf = xstrdup(enc);
		for (j = k = 0; unf[j] != '\0'; j++)
			if (unf[j] != '\r' && unf[j] != '\n')
				unf[k++] = unf[j];
		unf[k] = '\0';
		dec = charset_decode_header(unf, NULL, NULL);
		CHECK_STR(dec, texts[i]);
		free(dec);
		free(unf);
		free(enc);
	}
}

static void
test_label_underscore(void)
{
	/* "Привет" in KOI8-R, under the label Outlook writes. */
	roundtrip("koi8_r", "\xf0\xd2\xc9\xd7\xc5\xd4", "Привет");
}

static void
test_label_ks_c_5601(void)
{
	/* "안녕" in EUC-KR / CP949. */
	roundtrip("ks_c_5601-1987", "\xbe\xc8\xb3\xe7", "안녕");
}

static void
test_label_x_prefix(void)
{
	roundtrip("x-cp1250", "\xb9\x9c", "ąś");
	roundtrip("X-MAC-CYRILLIC", "\x8f\xf0\xe8", "При");
}

static void
test_iso2022jp_shift_kept(void)
{
	char	*out;
	int	 defect = 0;

	/* ESC $ B, "日本", a stray 0x80, "語", ESC ( B. */
	static const char in[] = "\x1b$B\x46\x7c\x4b\x5c\x80\x38\x6c\x1b(B ok";

	out = charset_to_utf8("iso-2022-jp", in, sizeof in - 1, NULL, &defect);
	CHECK_STR(out, "日本\xef\xbf\xbd語 ok");
	CHECK_INT(defect, 1);
	free(out);
}

static void
test_header_mostly_utf8(void)
{
	char	*out;
	int	 defect = 0;

	/* Raw UTF-8 with one broken byte: only that byte is replaced. */
	out = charset_decode_header("Zwrot pieni\xc4\x99" "dzy \xff ża", NULL,
	    &defect);
	CHECK_STR(out, "Zwrot pieniędzy \xef\xbf\xbd ża");
	CHECK_INT(defect, 1);
	free(out);
}

static void
test_converter_cache(void)
{
	static const char *cs[] = { "iso-8859-2", "iso-8859-7", "koi8-r",
	    "windows-1251", "iso-8859-5", "shift_jis" };
	struct buf	 b;
	char		*out;
	size_t		 i, before;

	/* 3,000 encoded words alternating among six charsets. */
	buf_init(&b, 0);
	for (i = 0; i < 3000; i++)
		buf_printf(&b, "=?%s?Q?a=E1?= x ", cs[i % 6]);
	charset_cache_clear();
	before = charset_iconv_opens();
	out = charset_decode_header(b.data, NULL, NULL);
	CHECK(charset_valid_utf8(out, strlen(out)));
	/* One open per charset (and the fallback), not one per word. */
	CHECK(charset_iconv_opens() - before <= 8);
	free(out);
	buf_free(&b);
	charset_cache_clear();
}

static void
test_converter_budget(void)
{
	static const char *cs[] = { "iso-8859-1", "iso-8859-2", "iso-8859-3",
	    "iso-8859-4", "iso-8859-5", "iso-8859-6", "iso-8859-7",
	    "iso-8859-8", "iso-8859-9", "iso-8859-10", "iso-8859-13",
	    "iso-8859-14", "iso-8859-15", "iso-8859-16", "windows-1250",
	    "windows-1251", "windows-1252", "windows-1253", "windows-1254",
	    "windows-1255", "windows-1256", "windows-1257", "windows-1258",
	    "koi8-r", "koi8-u", "cp437", "cp850", "cp852", "cp855", "cp857",
	    "cp860", "cp861", "cp862", "cp863", "cp864", "cp865", "cp866",
	    "cp869", "macintosh", "mac-cyrillic", "ibm037", "ibm273",
	    "ibm277", "ibm278", "ibm280", "ibm284", "ibm285", "ibm297",
	    "ibm500", "ibm870", "ibm871", "ibm875", "ibm1026", "ibm1047",
	    "tis-620", "viscii", "armscii-8", "georgian-ps", "pt154",
	    "kz-1048", "cp1125", "mik", "hp-roman8", "nextstep", "iso-ir-197",
	    "cp737", "cp775", "cp1124", "ibm1140", "ibm1141" };
	size_t		 ncs = sizeof cs / sizeof cs[0];
	struct buf	 b;
	char		*out;
	size_t		 i, before;

	/* More charsets than the cache holds, cycled: the budget holds. */
	buf_init(&b, 0);
	for (i = 0; i < 20 * ncs; i++)
		buf_printf(&b, "=?%s?Q?a=E1?= x ", cs[i % ncs]);
	charset_cache_clear();
	before = charset_iconv_opens();
	charset_budget(10);
	out = charset_decode_header(b.data, NULL, NULL);
	charset_budget(0);
	CHECK(charset_valid_utf8(out, strlen(out)));
	CHECK(charset_iconv_opens() - before <= 10);
	free(out);
	buf_free(&b);
	charset_cache_clear();
}

int
main(void)
{
	RUN(test_greek);
	RUN(test_polish);
	RUN(test_spanish);
	RUN(test_unknown);
	RUN(test_valid_utf8);
	RUN(test_header_words);
	RUN(test_rfc2231);
	RUN(test_encode);
	RUN(test_label_underscore);
	RUN(test_label_ks_c_5601);
	RUN(test_label_x_prefix);
	RUN(test_iso2022jp_shift_kept);
	RUN(test_header_mostly_utf8);
	RUN(test_converter_cache);
	RUN(test_converter_budget);
	TEST_DONE();
}
