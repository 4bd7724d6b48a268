/*
 * charset.c -- every byte string that reaches supportd becomes valid UTF-8.
 *
 * Conversion goes through iconv, never through libetpan's charconv: that
 * one turns every byte it cannot map into '?', which destroys exactly the
 * Greek, Polish and Spanish text a help desk must read.  Charset labels are
 * mapped deliberately (see charset_canon()): mail clients lie about
 * ISO-8859-1 when they mean windows-1252, and the ISO-8859-x / windows-125x
 * pairs differ at common letters, so each keeps its own table.
 */
#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "charset.h"
#include "xmalloc.h"

#define DEFAULT_FALLBACK	"WINDOWS-1252"
#define CHARSET_NAME_MAX	64

/* U+FFFD, the replacement character, in UTF-8. */
static const char	 repl[] = "\xef\xbf\xbd";

/*
 * Length of the valid UTF-8 sequence at p (at most n bytes), or 0 when the
 * bytes there are not one: overlong forms, surrogates and code points past
 * U+10FFFF are refused, as a strict reader downstream would refuse them.
 */
static size_t
utf8_seqlen(const unsigned char *p, size_t n)
{
	unsigned char	 c = p[0];

	if (c < 0x80)
		return 1;
	if (c >= 0xc2 && c <= 0xdf) {
		if (n >= 2 && (p[1] & 0xc0) == 0x80)
			return 2;
		return 0;
	}
	if (c >= 0xe0 && c <= 0xef) {
		if (n < 3 || (p[1] & 0xc0) != 0x80 || (p[2] & 0xc0) != 0x80)
			return 0;
		if (c == 0xe0 && p[1] < 0xa0)
			return 0;	/* overlong */
		if (c == 0xed && p[1] >= 0xa0)
			return 0;	/* surrogate */
		return 3;
	}
	if (c >= 0xf0 && c <= 0xf4) {
		if (n < 4 || (p[1] & 0xc0) != 0x80 || (p[2] & 0xc0) != 0x80 ||
		    (p[3] & 0xc0) != 0x80)
			return 0;
		if (c == 0xf0 && p[1] < 0x90)
			return 0;	/* overlong */
		if (c == 0xf4 && p[1] >= 0x90)
			return 0;	/* past U+10FFFF */
		return 4;
	}
	return 0;
}

int
charset_valid_utf8(const char *s, size_t len)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i = 0, n;

	while (i < len) {
		if (p[i] < 0x80) {
			i++;
			continue;
		}
		if ((n = utf8_seqlen(p + i, len - i)) == 0)
			return 0;
		i += n;
	}
	return 1;
}

/* Is there at least one valid multibyte UTF-8 sequence in s? */
static int
has_utf8_multibyte(const char *s, size_t len)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i;

	for (i = 0; i < len; i++)
		if (p[i] >= 0xc2 && utf8_seqlen(p + i, len - i) > 1)
			return 1;
	return 0;
}

/*
 * More valid UTF-8 sequences than stray 8-bit bytes: UTF-8 text with a few
 * damaged bytes, not legacy text that happens to form a sequence.
 */
static int
mostly_utf8(const char *s, size_t len)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i = 0, n, good = 0, bad = 0;

	while (i < len) {
		if (p[i] < 0x80) {
			i++;
			continue;
		}
		if ((n = utf8_seqlen(p + i, len - i)) > 1) {
			good++;
			i += n;
		} else {
			bad++;
			i++;
		}
	}
	return good > bad;
}

static int
has_8bit(const char *s, size_t len)
{
	size_t	 i;

	for (i = 0; i < len; i++)
		if ((unsigned char)s[i] >= 0x80)
			return 1;
	return 0;
}

/* Bytes 0x80-0x9F: C1 controls in ISO-8859-x, letters in windows-125x. */
static int
has_c1(const char *s, size_t len)
{
	size_t	 i;

	for (i = 0; i < len; i++)
		if ((unsigned char)s[i] >= 0x80 && (unsigned char)s[i] <= 0x9f)
			return 1;
	return 0;
}

/*
 * Copy UTF-8 that may be damaged: every invalid byte becomes U+FFFD and NUL
 * bytes are dropped (a C string cannot carry them and no reader wants them).
 */
static char *
utf8_sanitize(const char *in, size_t len, int *bad)
{
	const unsigned char	*p = (const unsigned char *)in;
	struct buf		 b;
	size_t			 i = 0, start = 0, n;

	buf_init(&b, 0);
	buf_add(&b, "", 0);
	/* Copy valid runs whole; only bad bytes and NULs cost extra. */
	while (i < len) {
		if (p[i] >= 0x01 && p[i] < 0x80) {
			i++;
			continue;
		}
		if (p[i] != 0 && (n = utf8_seqlen(p + i, len - i)) != 0) {
			i += n;
			continue;
		}
		buf_add(&b, in + start, i - start);
		if (p[i] != 0) {
			buf_add(&b, repl, 3);
			if (bad != NULL)
				*bad = 1;
		}
		start = ++i;
	}
	buf_add(&b, in + start, i - start);
	return buf_release(&b);
}

/*
 * Labels mail clients write that iconv does not know, or knows as a
 * narrower set than the one meant, after WHATWG's Encoding Standard (the
 * label table every browser and most mail clients follow).  Looked up
 * after lower-casing, '_' -> '-' and dropping an "x-" prefix.
 */
static const struct {
	const char	*label;
	const char	*iconv;
} labels[] = {
	{ "ks-c-5601-1987", "CP949" }, { "ks-c-5601-1989", "CP949" },
	{ "ks-c-5601", "CP949" }, { "ksc5601", "CP949" },
	{ "ksc-5601", "CP949" }, { "korean", "CP949" },
	{ "csksc56011987", "CP949" }, { "iso-ir-149", "CP949" },
	{ "windows-949", "CP949" }, { "euc-kr", "CP949" },
	{ "gb2312", "GB18030" }, { "gbk", "GB18030" },
	{ "gb-2312-80", "GB18030" }, { "chinese", "GB18030" },
	{ "csgb2312", "GB18030" }, { "iso-ir-58", "GB18030" },
	{ "cp936", "GB18030" }, { "windows-936", "GB18030" },
	{ "big5", "BIG5-HKSCS" }, { "big5-hkscs", "BIG5-HKSCS" },
	{ "cn-big5", "BIG5-HKSCS" }, { "x-big5", "BIG5-HKSCS" },
	{ "shift-jis", "CP932" }, { "sjis", "CP932" }, { "ms-kanji", "CP932" },
	{ "windows-31j", "CP932" }, { "ms932", "CP932" },
	{ "csshiftjis", "CP932" }, { "euc-jp", "EUC-JP" },
	{ "csiso2022jp", "ISO-2022-JP" },
	{ "koi8-r", "KOI8-R" }, { "koi8", "KOI8-R" }, { "koi", "KOI8-R" },
	{ "cskoi8r", "KOI8-R" }, { "koi8-u", "KOI8-U" },
	{ "koi8-ru", "KOI8-U" },
	{ "mac-cyrillic", "MAC-CYRILLIC" }, { "mac-ukrainian", "MAC-CYRILLIC" },
	{ "macintosh", "MACINTOSH" }, { "mac", "MACINTOSH" },
	{ "mac-roman", "MACINTOSH" }, { "csmacintosh", "MACINTOSH" },
	{ "iso-8859-8-i", "ISO-8859-8" }, { "logical", "ISO-8859-8" },
	{ "iso-8859-9", "WINDOWS-1254" }, { "latin5", "WINDOWS-1254" },
	{ "l5", "WINDOWS-1254" }, { "iso-8859-11", "WINDOWS-874" },
	{ "tis-620", "WINDOWS-874" }, { "dos-874", "WINDOWS-874" },
	{ "cp1250", "WINDOWS-1250" }, { "cp1251", "WINDOWS-1251" },
	{ "cp1252", "WINDOWS-1252" }, { "cp1253", "WINDOWS-1253" },
	{ "cp1254", "WINDOWS-1254" }, { "cp1255", "WINDOWS-1255" },
	{ "cp1256", "WINDOWS-1256" }, { "cp1257", "WINDOWS-1257" },
	{ "cp1258", "WINDOWS-1258" },
};

static const char *
label_lookup(const char *tmp)
{
	size_t	 i;

	for (i = 0; i < sizeof labels / sizeof labels[0]; i++)
		if (strcmp(tmp, labels[i].label) == 0)
			return labels[i].iconv;
	return NULL;
}

/*
 * Map a charset label to the iconv name we want for these bytes.  Returns
 * "UTF-8" for all spellings of UTF-8 and ASCII (ASCII is a subset and 8-bit
 * bytes in "ASCII" text are nearly always UTF-8 or the fallback, which the
 * caller then sorts out), NULL for labels that name no charset at all.
 */
static const char *
charset_canon(const char *label, const char *in, size_t len, char *tmp,
    size_t tmpsz)
{
	size_t	 i, j;

	if (label == NULL)
		return NULL;
	/* Lower-case, drop quotes and an RFC 2231 "*lang" suffix. */
	for (i = j = 0; label[i] != '\0' && j + 1 < tmpsz; i++) {
		unsigned char	 c = (unsigned char)label[i];

		if (c == '"' || c == '\'' || c == ' ' || c == '\t' ||
		    c == '\r' || c == '\n')
			continue;
		if (c == '*')
			break;
		if (c == '_')
			c = '-';	/* "koi8_r", "ks_c_5601-1987" */
		tmp[j++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
	}
	tmp[j] = '\0';
	/* "x-cp1250", "x-mac-cyrillic": the label without the prefix. */
	if (j > 2 && tmp[0] == 'x' && tmp[1] == '-') {
		memmove(tmp, tmp + 2, j - 1);
		j -= 2;
	}
	if (j == 0)
		return NULL;
	if (strcmp(tmp, "utf-8") == 0 || strcmp(tmp, "utf8") == 0 ||
	    strcmp(tmp, "unicode-1-1-utf-8") == 0 ||

	    strcmp(tmp, "us-ascii") == 0 || strcmp(tmp, "ascii") == 0 ||
	    strcmp(tmp, "ansi-x3.4-1968") == 0 || strcmp(tmp, "us") == 0 ||
	    strcmp(tmp, "unknown-8bit") == 0 ||
	    strcmp(tmp, "unknown") == 0 || strcmp(tmp, "default") == 0 ||
	    strcmp(tmp, "user-defined") == 0 ||
	    strcmp(tmp, "unicode20utf8") == 0)
		return "UTF-8";
	/*
	 * Latin-1 labelled text with bytes in 0x80-0x9F was written on
	 * Windows: those bytes are curly quotes, euro signs and dashes in
	 * windows-1252 and invisible controls in ISO-8859-1.
	 */
	if (strcmp(tmp, "iso-8859-1") == 0 || strcmp(tmp, "iso8859-1") == 0 ||
	    strcmp(tmp, "latin1") == 0 ||
	    strcmp(tmp, "latin-1") == 0 || strcmp(tmp, "l1") == 0 ||
	    strcmp(tmp, "iso-ir-100") == 0 || strcmp(tmp, "cp819") == 0 ||
	    strcmp(tmp, "ibm819") == 0 || strcmp(tmp, "iso-8859-1:1987") == 0)
		return has_c1(in, len) ? "WINDOWS-1252" : "ISO-8859-1";
	/*
	 * The other ISO sets keep their own tables even when C1 bytes show
	 * up: ISO-8859-7 and windows-1253 differ at 'Ά', ISO-8859-2 and
	 * windows-1250 at 'ą', 'ś', 'ź'.  A C1 byte in such text is a
	 * mislabel, and the Windows sibling is what was meant.
	 */
	if (strcmp(tmp, "iso-8859-7") == 0 || strcmp(tmp, "iso8859-7") == 0 ||
	    strcmp(tmp, "greek") == 0 ||
	    strcmp(tmp, "elot-928") == 0 || strcmp(tmp, "ecma-118") == 0)
		return has_c1(in, len) ? "WINDOWS-1253" : "ISO-8859-7";
	if (strcmp(tmp, "iso-8859-2") == 0 || strcmp(tmp, "iso8859-2") == 0 ||
	    strcmp(tmp, "latin2") == 0 ||
	    strcmp(tmp, "l2") == 0)
		return has_c1(in, len) ? "WINDOWS-1250" : "ISO-8859-2";
	if (strcmp(tmp, "iso-8859-15") == 0 || strcmp(tmp, "iso8859-15") == 0 ||
	    strcmp(tmp, "latin9") == 0 ||
	    strcmp(tmp, "latin-9") == 0)
		return "ISO-8859-15";
	if (strncmp(tmp, "windows-125", 11) == 0 && tmp[11] >= '0' &&
	    tmp[11] <= '8' && tmp[12] == '\0')
		return NULL;	/* iconv knows it as is; see below */
	return label_lookup(tmp);
}

/*
 * Open converters, kept for the life of the process: a header of encoded
 * words alternating among many charsets would otherwise open and close a
 * converter per word (iconv_open loads and searches gconv modules, the
 * bulk of the cost).  Bounded: CONV_CACHE entries, replaced in turn.
 * Labels iconv refused are remembered too (cd == -1).  A sender cycling
 * through more charsets than the cache holds would still cost an open per
 * word, so the caller may also set a budget of opens (charset_budget(),
 * per message): past it, a charset not in the cache is decoded as an
 * unknown one.  Each thread has its own cache and budget (messages are
 * parsed on worker threads, workq.c): nothing here is shared, and a
 * thread that ends calls charset_cache_clear().
 */
#define CONV_CACHE	64

static __thread struct conv {
	char	 name[CHARSET_NAME_MAX];
	iconv_t	 cd;
} conv_cache[CONV_CACHE];
static __thread size_t	 conv_n, conv_next, conv_opens;
static __thread size_t	 conv_budget;	/* opens left */
static __thread int	 conv_limited;

/* A converter from cs to UTF-8 in its initial state, or (iconv_t)-1. */
static iconv_t
conv_get(const char *cs)
{
	struct conv	*c;
	size_t		 i;

	for (i = 0; i < conv_n; i++) {
		c = &conv_cache[i];
		if (strcmp(c->name, cs) != 0)
			continue;
		if (c->cd != (iconv_t)-1)
			iconv(c->cd, NULL, NULL, NULL, NULL);	/* reset */
		return c->cd;
	}
	if (conv_limited) {
		if (conv_budget == 0)
			return (iconv_t)-1;	/* spent: unknown charset */
		conv_budget--;
	}
	if (conv_n < CONV_CACHE)
		c = &conv_cache[conv_n++];
	else {
		c = &conv_cache[conv_next];
		conv_next = (conv_next + 1) % CONV_CACHE;
		if (c->cd != (iconv_t)-1)
			iconv_close(c->cd);
	}
	snprintf(c->name, sizeof c->name, "%s", cs);
	c->cd = iconv_open("UTF-8", cs);
	conv_opens++;
	return c->cd;
}

void
charset_budget(size_t opens)
{
	conv_limited = opens > 0;
	conv_budget = opens;
}

size_t
charset_iconv_opens(void)
{
	return conv_opens;
}

void
charset_cache_clear(void)
{
	size_t	 i;

	for (i = 0; i < conv_n; i++)
		if (conv_cache[i].cd != (iconv_t)-1)
			iconv_close(conv_cache[i].cd);
	conv_n = conv_next = 0;
}

/*
 * Convert through iconv.  Undecodable bytes become U+FFFD (and *bad = 1),
 * NULs are dropped.  Returns NULL if iconv does not know the charset.
 */
static char *
iconv_to_utf8(const char *cs, const char *in, size_t len, int *bad)
{
	iconv_t		 cd;
	struct buf	 b;
	char		 chunk[4096];
	char		*ip = (char *)(uintptr_t)in, *op;
	size_t		 il = len, ol, r, i, got;

	if (strlen(cs) >= CHARSET_NAME_MAX ||
	    (cd = conv_get(cs)) == (iconv_t)-1)
		return NULL;
	buf_init(&b, 0);
	buf_add(&b, "", 0);
	for (;;) {
		op = chunk;
		ol = sizeof chunk;
		if (il > 0)
			r = iconv(cd, &ip, &il, &op, &ol);
		else
			r = iconv(cd, NULL, NULL, &op, &ol);	/* flush */
		got = sizeof chunk - ol;
		/* Drop NULs as we copy out: they would cut the string. */
		for (i = 0; i < got; i++) {
			size_t	 start = i;

			while (i < got && chunk[i] != '\0')
				i++;
			if (i > start)
				buf_add(&b, chunk + start, i - start);
		}
		if (r != (size_t)-1) {
			if (il == 0 && got == 0)
				break;
			continue;
		}
		if (errno == E2BIG)
			continue;
		/* EILSEQ or EINVAL (truncated at the end): replace a byte. */
		if (il == 0)
			break;
		/*
		 * Skip the byte and go on in the same shift state: after a
		 * bad byte in ISO-2022-JP the text is still in the set the
		 * last escape chose.
		 */
		buf_add(&b, repl, 3);
		if (bad != NULL)
			*bad = 1;
		ip++;
		il--;
	}
	/*
	 * Trust, but verify: glibc's UTF-8 decoder (reached through labels
	 * such as "utf-8\x05" that iconv normalises) lets code points past
	 * U+10FFFF through.  Our callers are promised strict UTF-8.
	 */
	if (!charset_valid_utf8(b.data, b.len)) {
		char	*clean = utf8_sanitize(b.data, b.len, bad);

		buf_free(&b);
		return clean;
	}
	return buf_release(&b);
}

static char *
fallback_to_utf8(const char *in, size_t len, const char *fallback, int *bad)
{
	char		 tmp[CHARSET_NAME_MAX];
	const char	*cs;
	char		*out;

	/* The fallback is a label too ("ks_c_5601-1987", "latin1"). */
	if (fallback != NULL && *fallback != '\0') {
		if ((cs = charset_canon(fallback, in, len, tmp,
		    sizeof tmp)) == NULL)
			cs = tmp;
		if (*cs != '\0' && strcmp(cs, "UTF-8") != 0 &&
		    (out = iconv_to_utf8(cs, in, len, bad)) != NULL)
			return out;
	}
	if ((out = iconv_to_utf8(DEFAULT_FALLBACK, in, len, bad)) != NULL)
		return out;
	return utf8_sanitize(in, len, bad);
}

char *
charset_to_utf8(const char *charset, const char *in, size_t len,
    const char *fallback, int *defect)
{
	char		 tmp[CHARSET_NAME_MAX];
	const char	*cs;
	char		*out;
	int		 bad = 0, unknown = 0;

	/* An unknown label on empty text is harmless: no defect. */
	if (in == NULL || len == 0)
		return xstrdup("");
	if (fallback == NULL || *fallback == '\0')
		fallback = DEFAULT_FALLBACK;

	cs = charset_canon(charset, in, len, tmp, sizeof tmp);
	if (cs == NULL && charset != NULL && tmp[0] != '\0')
		cs = tmp;		/* let iconv try the label itself */

	if (cs == NULL || strcmp(cs, "UTF-8") == 0) {
		/*
		 * No label, or UTF-8/ASCII: pure ASCII and valid UTF-8 pass
		 * unchanged; anything else was written in a legacy charset.
		 */
		if (!has_8bit(in, len) || charset_valid_utf8(in, len))
			out = utf8_sanitize(in, len, &bad);
		else if (cs != NULL && (strcmp(tmp, "utf-8") == 0 ||
		    strcmp(tmp, "utf8") == 0) && has_utf8_multibyte(in, len)) {
			/*
			 * Declared UTF-8, mostly UTF-8, a few broken bytes:
			 * keep it and mark them.  (Declared UTF-8 without a
			 * single UTF-8 sequence is a legacy charset mislabelled,
			 * and goes to the fallback below.)
			 */
			out = utf8_sanitize(in, len, &bad);
		} else if (cs == NULL && mostly_utf8(in, len)) {
			/* Unlabelled, mostly UTF-8: replace the bad bytes only. */
			out = utf8_sanitize(in, len, &bad);
		} else {
			if (cs != NULL && (strcmp(tmp, "utf-8") == 0 ||
			    strcmp(tmp, "utf8") == 0))
				bad = 1;	/* mislabelled: a defect */
			out = fallback_to_utf8(in, len, fallback, &bad);
		}
		if (defect != NULL && bad)
			*defect = 1;
		return out;
	}

	if ((out = iconv_to_utf8(cs, in, len, &bad)) == NULL) {
		/* iconv does not know the label: guess, and say so. */
		unknown = 1;
		if (!has_8bit(in, len) || charset_valid_utf8(in, len))
			out = utf8_sanitize(in, len, &bad);
		else
			out = fallback_to_utf8(in, len, fallback, &bad);
	}
	if (defect != NULL && (bad || unknown))
		*defect = 1;
	return out;
}

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static int
b64val(int c)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 26;
	if (c >= '0' && c <= '9')
		return c - '0' + 52;
	if (c == '+')
		return 62;
	if (c == '/')
		return 63;
	return -1;
}

/* Decode the text of one encoded word and append its bytes to b. */
static void
ew_decode(struct buf *b, int enc, const char *s, size_t len)
{
	size_t		 i;
	unsigned int	 acc = 0;
	int		 bits = 0, v, h, l;

	if (enc == 'b' || enc == 'B') {
		for (i = 0; i < len; i++) {
			if ((v = b64val((unsigned char)s[i])) < 0)
				continue;	/* padding, stray bytes */
			acc = (acc << 6) | (unsigned int)v;
			bits += 6;
			if (bits >= 8) {
				bits -= 8;
				buf_addc(b, (char)((acc >> bits) & 0xff));
			}
		}
		return;
	}
	for (i = 0; i < len; i++) {
		if (s[i] == '_')
			buf_addc(b, ' ');
		else if (s[i] == '=' && i + 2 < len &&
		    (h = hexval((unsigned char)s[i + 1])) >= 0 &&
		    (l = hexval((unsigned char)s[i + 2])) >= 0) {
			buf_addc(b, (char)(h * 16 + l));
			i += 2;
		} else
			buf_addc(b, s[i]);
	}
}

/*
 * Find an encoded word "=?charset?X?text?=" at s (at most len bytes).  On
 * success fill in the parts and return its total length, else 0.  *end
 * caches where the next "?=" is, so that a header full of unterminated
 * "=?" costs one pass, not one pass per "=?".
 */
static size_t
ew_match(const char *s, size_t len, const char **from, const char **end,
    const char *lim,
    const char **cs, size_t *cslen, int *enc, const char **txt,
    size_t *txtlen)
{
	const char	*t;
	size_t		 i;

	if (len < 8 || s[0] != '=' || s[1] != '?')
		return 0;
	for (i = 2; i < len && s[i] != '?'; i++) {
		unsigned char	 c = (unsigned char)s[i];

		if (c <= ' ' || c >= 0x7f || i - 2 >= CHARSET_NAME_MAX - 1)
			return 0;
	}
	if (i == 2 || i + 3 >= len || s[i + 2] != '?')
		return 0;
	if (strchr("bBqQ", s[i + 1]) == NULL || s[i + 1] == '\0')
		return 0;
	t = s + i + 3;
	/* The cache holds the first "?=" at or after *from. */
	if (*end == NULL || t < *from || *end < t) {
		*from = t;
		if ((*end = memmem(t, (size_t)(lim - t), "?=", 2)) == NULL)
			*end = lim;
	}
	if (*end >= lim)
		return 0;
	*cs = s + 2;
	*cslen = i - 2;
	*enc = s[i + 1];
	*txt = t;
	*txtlen = (size_t)(*end - t);
	return (size_t)(*end + 2 - s);
}

/* Append raw header bytes: UTF-8 if valid, else the fallback charset. */
static void
add_raw(struct buf *out, const char *s, size_t len, const char *fallback,
    int *defect)
{
	char	*u;

	if (len == 0)
		return;
	if (!has_8bit(s, len)) {
		buf_add(out, s, len);
		return;
	}
	u = charset_to_utf8(NULL, s, len, fallback, defect);
	buf_adds(out, u);
	free(u);
}

static void
flush_words(struct buf *out, struct buf *bytes, const char *cs,
    const char *fallback, int *defect)
{
	char	*u;

	if (bytes->len == 0)
		return;
	u = charset_to_utf8(cs, bytes->data, bytes->len, fallback, defect);
	buf_adds(out, u);
	free(u);
	buf_reset(bytes);
}

/*
 * Header values must stay on one line: CR, LF, NUL and other controls
 * (which an encoded word can smuggle in) become spaces here.
 */
static char *
header_clean(char *s)
{
	unsigned char	*p;

	for (p = (unsigned char *)s; *p != '\0'; p++)
		if (*p < 0x20 || *p == 0x7f)
			*p = ' ';
	return s;
}

char *
charset_decode_header(const char *value, const char *fallback, int *defect)
{
	struct buf	 out, bytes;
	char		 cur[CHARSET_NAME_MAX], cs[CHARSET_NAME_MAX];
	const char	*p, *csp, *txt, *plain, *qend = NULL;
	const char	*qfrom = NULL;
	size_t		 len, n, cslen, txtlen, gap;
	int		 enc, lastew = 0;

	if (value == NULL)
		return xstrdup("");
	len = strlen(value);
	buf_init(&out, 0);
	buf_init(&bytes, 0);
	buf_add(&out, "", 0);
	cur[0] = '\0';
	p = plain = value;
	while (p < value + len) {
		const char	*q = memchr(p, '=', (size_t)(value + len - p));

		if (q == NULL)
			break;
		if ((n = ew_match(q, (size_t)(value + len - q), &qfrom,
		    &qend, value + len, &csp, &cslen, &enc, &txt, &txtlen)) == 0) {
			p = q + 1;
			continue;
		}
		memcpy(cs, csp, cslen);
		cs[cslen] = '\0';
		/*
		 * Whitespace between two encoded words is dropped (RFC 2047
		 * 6.2); anything else in between is text and ends the run.
		 */
		gap = (size_t)(q - plain);
		if (lastew && strspn(plain, " \t\r\n") >= gap) {
			/* adjacent: nothing to emit */
		} else {
			flush_words(&out, &bytes, cur, fallback, defect);
			add_raw(&out, plain, gap, fallback, defect);
		}
		/* Same charset: join the bytes so split characters decode. */
		if (bytes.len > 0 && strcasecmp(cur, cs) != 0)
			flush_words(&out, &bytes, cur, fallback, defect);
		memcpy(cur, cs, cslen + 1);
		ew_decode(&bytes, enc, txt, txtlen);
		lastew = 1;
		p = plain = q + n;
	}
	flush_words(&out, &bytes, cur, fallback, defect);
	add_raw(&out, plain, (size_t)(value + len - plain), fallback, defect);
	buf_free(&bytes);
	return header_clean(buf_release(&out));
}

char *
charset_decode_rfc2231(const char *value, const char *fallback)
{
	const char	*q1, *q2, *s;
	char		 cs[CHARSET_NAME_MAX];
	struct buf	 b;
	char		*out;
	size_t		 i, len;
	int		 h, l;

	if (value == NULL)
		return xstrdup("");
	cs[0] = '\0';
	s = value;
	if ((q1 = strchr(value, '\'')) != NULL &&
	    (q2 = strchr(q1 + 1, '\'')) != NULL &&
	    (size_t)(q1 - value) < sizeof cs) {
		memcpy(cs, value, (size_t)(q1 - value));
		cs[q1 - value] = '\0';
		s = q2 + 1;
	}
	len = strlen(s);
	buf_init(&b, 0);
	buf_add(&b, "", 0);
	for (i = 0; i < len; i++) {
		if (s[i] == '%' && i + 2 < len &&
		    (h = hexval((unsigned char)s[i + 1])) >= 0 &&
		    (l = hexval((unsigned char)s[i + 2])) >= 0) {
			buf_addc(&b, (char)(h * 16 + l));
			i += 2;
		} else
			buf_addc(&b, s[i]);
	}
	out = charset_to_utf8(cs[0] ? cs : NULL, b.data, b.len, fallback,
	    NULL);
	buf_free(&b);
	return header_clean(out);
}

/* Does this value need encoding at all? */
static int
needs_encoding(const char *s)
{
	const unsigned char	*p;

	for (p = (const unsigned char *)s; *p != '\0'; p++) {
		if (*p >= 0x7f || *p < 0x20)
			return 1;
		if (p[0] == '=' && p[1] == '?')
			return 1;
	}
	return 0;
}

/*
 * Plain ASCII folded at spaces so that no line passes 78 columns (RFC
 * 5322 2.2.3); the first line starts after offset columns.  NULL when one
 * word alone would not fit in a line.
 */
static char *
fold_ascii(const char *s, size_t offset)
{
	struct buf	 b;
	const char	*w, *e;
	size_t		 col = offset;

	if (offset + strlen(s) <= 78)
		return xstrdup(s);
	buf_init(&b, 0);
	buf_add(&b, "", 0);
	for (w = s; *w != '\0'; w = e) {
		/* A word is its leading blanks and what follows up to a blank. */
		for (e = w; *e == ' ' || *e == '\t'; e++)
			;
		while (*e != '\0' && *e != ' ' && *e != '\t')
			e++;
		if (col + (size_t)(e - w) > 78 && w != s &&
		    (*w == ' ' || *w == '\t')) {
			buf_adds(&b, "\r\n");
			col = 0;
		}
		if (col + (size_t)(e - w) > 78) {
			buf_free(&b);
			return NULL;
		}
		buf_add(&b, w, (size_t)(e - w));
		col += (size_t)(e - w);
	}
	return buf_release(&b);
}

char *
charset_encode_header(const char *utf8, size_t offset)
{
	static const char b64[] =
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	struct buf	 b;
	char		*clean, *folded;
	const unsigned char *p;
	size_t		 len, i, n, chunk, maxbytes;

	clean = utf8_sanitize(utf8 ? utf8 : "", utf8 ? strlen(utf8) : 0,
	    NULL);
	header_clean(clean);
	if (!needs_encoding(clean)) {
		if ((folded = fold_ascii(clean, offset)) != NULL) {
			free(clean);
			return folded;
		}
		/* A word too long to fold: encoded words can be split. */
	}
	buf_init(&b, 0);
	buf_add(&b, "", 0);
	p = (const unsigned char *)clean;
	len = strlen(clean);
	/*
	 * Lines stay within 76 columns: a word is 12 characters of
	 * "=?UTF-8?B??=" plus 4 per 3 bytes; the first word shares its line
	 * with the header name (offset columns), later ones follow a fold.
	 */
	if (offset > 76 - 12 - 8)
		maxbytes = 6;
	else
		maxbytes = (76 - 12 - offset) / 4 * 3;
	i = 0;
	while (i < len) {
		/* Take whole characters only, up to maxbytes per word. */
		chunk = 0;
		while (i + chunk < len) {
			n = utf8_seqlen(p + i + chunk, len - i - chunk);
			if (n == 0)
				n = 1;
			if (chunk + n > maxbytes && chunk > 0)
				break;
			chunk += n;
		}
		if (i > 0) {
			/* Fold between words; the reader drops the space. */
			buf_adds(&b, "\r\n ");
			maxbytes = (76 - 12 - 1) / 4 * 3;
		}
		buf_adds(&b, "=?UTF-8?B?");
		for (n = 0; n < chunk; n += 3) {
			unsigned int	 v = (unsigned int)p[i + n] << 16;
			size_t		 k = chunk - n;

			if (k > 1)
				v |= (unsigned int)p[i + n + 1] << 8;
			if (k > 2)
				v |= p[i + n + 2];
			buf_addc(&b, b64[(v >> 18) & 63]);
			buf_addc(&b, b64[(v >> 12) & 63]);
			buf_addc(&b, k > 1 ? b64[(v >> 6) & 63] : '=');
			buf_addc(&b, k > 2 ? b64[v & 63] : '=');
		}
		buf_adds(&b, "?=");
		i += chunk;
	}
	free(clean);
	return buf_release(&b);
}
