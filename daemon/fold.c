/*
 * fold.c -- case and accent folding with libunistring, for the rule
 * engine's accent-insensitive matching.  Folding both the pattern's
 * literals and the text keeps patterns readable: an admin writes
 * "devolucion" and it finds "DEVOLUCIÓN" and "devolución".
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

#include "fold.h"
#include "xmalloc.h"

/*
 * Copy s replacing invalid UTF-8 with U+FFFD: u8_casefold() refuses
 * invalid input, and a hostile message must still be matchable.
 */
static uint8_t *
fold_sanitize(const uint8_t *s, size_t len, size_t *outlen)
{
	struct buf	 b;
	size_t		 i;
	int		 n;
	ucs4_t		 uc;
	uint8_t		 tmp[6];

	buf_init(&b, 0);
	for (i = 0; i < len; i += (size_t)n) {
		n = u8_mbtouc(&uc, s + i, len - i);
		if (n <= 0)
			n = 1;
		if (uc == 0)
			uc = 0xfffd;	/* NUL would end the C string early */
		if (uc == 0xfffd || n == 1) {
			int	 m = u8_uctomb(tmp, uc, sizeof tmp);

			if (m > 0)
				buf_add(&b, tmp, (size_t)m);
		} else
			buf_add(&b, s + i, (size_t)n);
	}
	*outlen = b.len;
	return (uint8_t *)buf_release(&b);
}

/* Letters with a stroke or slash have no decomposition; map them. */
static ucs4_t
fold_stroke(ucs4_t uc)
{
	switch (uc) {
	case 0x0142:	/* ł (Ł case-folds to it) */
		return 'l';
	case 0x00f8:	/* ø */
		return 'o';
	case 0x0111:	/* đ */
		return 'd';
	case 0x0127:	/* ħ */
		return 'h';
	default:
		return uc;
	}
}

/* ASCII white space, as Unicode's White_Space property has it. */
static int
ascii_space(char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

/* fold_text() of ASCII text: lower case, white space runs as one space. */
static char *
fold_ascii(const char *s, size_t len, size_t *outlen)
{
	char	*out = xmalloc(len + 1), *o = out;
	size_t	 i;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == ' ' || (c >= '\t' && c <= '\r')) {
			if (o > out && o[-1] == ' ')
				continue;
			c = ' ';
		} else if (c >= 'A' && c <= 'Z')
			c = (unsigned char)(c - 'A' + 'a');
		*o++ = (char)c;
	}
	*o = '\0';
	if (outlen)
		*outlen = (size_t)(o - out);
	return out;
}

char *
fold_text_whole(const char *s, size_t len, size_t *outlen)
{
	uint8_t		*clean, *cf, *out, *o;
	size_t		 cleanlen, cflen, i;
	int		 n, m;
	ucs4_t		 uc;

	clean = fold_sanitize((const uint8_t *)s, len, &cleanlen);
	cf = u8_casefold(clean, cleanlen, NULL, UNINORM_NFKD, NULL, &cflen);
	free(clean);
	if (cf == NULL) {
		/* Only on allocation failure: fold nothing rather than die. */
		if (outlen)
			*outlen = 0;
		return xstrdup("");
	}

	/* Stripping marks and mapping strokes never makes text longer. */
	out = o = xmalloc(cflen + 1);
	for (i = 0; i < cflen; i += (size_t)n) {
		n = u8_mbtouc(&uc, cf + i, cflen - i);
		if (n <= 0)
			n = 1;
		if (uc_is_general_category(uc, UC_CATEGORY_Mn))
			continue;
		/*
		 * Mail bodies are wrapped anywhere: "money\nback" must match
		 * "money back", so a run of white space becomes one space.
		 */
		if (uc_is_property_white_space(uc)) {
			if (o > out && o[-1] == ' ')
				continue;
			uc = ' ';
		}
		uc = fold_stroke(uc);
		m = u8_uctomb(o, uc, (int)(cflen - (size_t)(o - out)));
		if (m <= 0)
			continue;
		o += m;
	}
	*o = '\0';
	free(cf);
	if (outlen)
		*outlen = (size_t)(o - out);
	return (char *)out;
}

/* Does the word at s (up to ASCII white space) hold a byte that is not
 * ASCII, or a NUL?  Its end in *end. */
static int
word_wide(const char *s, const char *lim, const char **end)
{
	int	 wide = 0;

	for (; s < lim && !ascii_space(*s); s++)
		if ((unsigned char)*s >= 0x80 || *s == '\0')
			wide = 1;
	*end = s;
	return wide;
}

/* Append ASCII text folded as fold_ascii() does, runs of space joined
 * with what b ends with. */
static void
add_ascii(struct buf *b, const char *s, size_t len)
{
	size_t		 i;
	unsigned char	 c;

	for (i = 0; i < len; i++) {
		c = (unsigned char)s[i];
		if (ascii_space((char)c)) {
			if (b->len > 0 && b->data[b->len - 1] == ' ')
				continue;
			c = ' ';
		} else if (c >= 'A' && c <= 'Z')
			c = (unsigned char)(c - 'A' + 'a');
		buf_addc(b, (char)c);
	}
}

/*
 * Mail in Spanish or Polish is mostly ASCII with an accented letter here
 * and there: only the runs of words that hold one go through
 * libunistring (fold_text_whole), the rest takes the ASCII way.  Folding
 * never looks across ASCII white space (decomposition, case folding and
 * mark removal are per character, a mark belongs to its word), so the
 * result is fold_text_whole's, byte for byte; test_fold compares them.
 */
char *
fold_text(const char *s, size_t len, size_t *outlen)
{
	const char	*p = s, *lim = s + len, *w, *we, *seg, *next;
	struct buf	 b;
	char		*f;
	size_t		 i, flen;

	for (i = 0; i < len && (unsigned char)s[i] < 0x80 && s[i] != '\0'; i++)
		;
	if (i == len)
		return fold_ascii(s, len, outlen);
	buf_init(&b, 0);
	buf_add(&b, "", 0);
	while (p < lim) {
		/* ASCII words, up to the first word that is not. */
		for (w = p; w < lim; w = we) {
			while (w < lim && ascii_space(*w))
				w++;
			if (w == lim || word_wide(w, lim, &we))
				break;
		}
		add_ascii(&b, p, (size_t)(w - p));
		if (w == lim)
			break;
		/* That word and the wide words after it, as one run. */
		seg = w;
		(void)word_wide(w, lim, &we);
		for (;;) {
			for (next = we; next < lim && ascii_space(*next); next++)
				;
			if (next == lim || !word_wide(next, lim, &w))
				break;
			we = w;
		}
		f = fold_text_whole(seg, (size_t)(we - seg), &flen);
		if (flen > 0 && f[0] == ' ' && b.len > 0 &&
		    b.data[b.len - 1] == ' ')
			buf_add(&b, f + 1, flen - 1);
		else
			buf_add(&b, f, flen);
		free(f);
		p = we;
	}
	if (outlen)
		*outlen = b.len;
	return buf_release(&b);
}

char *
fold_pattern(const char *pattern)
{
	struct buf	 b;
	const char	*p = pattern, *run;
	char		*f;
	size_t		 flen;

	buf_init(&b, 0);
	while (*p != '\0') {
		if (*p == '\\' && p[1] != '\0') {
			/*
			 * An escaped character stays as written: folding
			 * "\É" to "\e" would turn a literal into an escape.
			 */
			run = p + 1;
			if ((unsigned char)*run < 0x80)
				run++;
			else
				do
					run++;
				while ((*run & 0xc0) == 0x80);
			buf_add(&b, p, (size_t)(run - p));
			p = run;
			continue;
		}
		if ((unsigned char)*p < 0x80) {
			buf_addc(&b, *p++);
			continue;
		}
		run = p;
		while ((unsigned char)*p >= 0x80)
			p++;
		f = fold_text(run, (size_t)(p - run), &flen);
		buf_add(&b, f, flen);
		free(f);
	}
	return buf_release(&b);
}

/*
 * Greeklish.  Greek customers often write Greek in Latin letters, each in
 * their own way: "θέλω" is "thelo", "thelw" or "8elw"; "χρήματα" is
 * "xrhmata", "chrimata" or "hrimata".  Both the text and the pattern are
 * reduced to one key: first Greek letters are transliterated, then every
 * Latin spelling of one Greek sound becomes one form.  The key is lossy on
 * purpose (δ and ντ, β and μπ share one), so it is only for patterns that
 * ask for it.
 */

/* ELOT 743 for one Greek small letter; υ depends on the letter before. */
static const char *
fold_greek_letter(ucs4_t uc, ucs4_t prev)
{
	static const char *const elot[] = {
		"a", "v", "g", "d", "e", "z", "i", "\xce\xb8", "i", "k", "l",
		"m", "n", "x", "o", "p", "r", "s", "s", "t", NULL, "f", "x",
		"ps", "o",
	};

	if (uc < 0x03b1 || uc > 0x03c9)
		return NULL;
	if (uc == 0x03c5)	/* υ: αυ ευ ου keep u, otherwise it sounds i */
		return prev == 0x03b1 || prev == 0x03b5 || prev == 0x03bf ?
		    "u" : "i";
	return elot[uc - 0x03b1];
}

static int
fold_is_vowel(int c)
{
	return c != '\0' && strchr("aeiouyw", c) != NULL;
}

static int
fold_is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c & 0x80) != 0;
}

/*
 * The key being written: room for twice the transliterated text is made
 * first (no key letter is more than twice what it replaces: "ps" for 4,
 * θ for 8), so letters are stored without a bounds check each.
 */
struct fold_key {
	char	*p;
	size_t	 len;
};

/* Append a key letter, writing a doubled letter once ("ll" -> "l"). */
static void
fold_key_emit(struct fold_key *b, const char *k)
{
	size_t	 n = k[1] == '\0' ? 1 : strlen(k);

	if (b->len >= n && memcmp(b->p + b->len - n, k, n) == 0 &&
	    (fold_is_alpha((unsigned char)k[0])))
		return;
	memcpy(b->p + b->len, k, n);
	b->len += n;
}

/*
 * Key a letter whose sound depends on the one after it (th, ch, ks, mp, nt,
 * gk, ai, au, oi, ou and the like; c alone is k): returns the letters it
 * took, 0 when c starts no such spelling.
 */
static size_t
fold_key_pair(struct fold_key *b, int c, int c1, int c2)
{
	/*
	 * Two letters for one sound: ks ξ, mp μπ, nt ντ, gk γκ.  Not "kh":
	 * "dikhgoro" is δικηγόρο far more than χ.
	 */
	static const struct {
		char		 c, c1;
		const char	*key;
	} digraphs[] = {
		{ 'k', 's', "x" }, { 'm', 'p', "v" }, { 'n', 't', "d" },
		{ 'g', 'k', "g" },
	};
	size_t	 i;

	for (i = 0; i < sizeof digraphs / sizeof digraphs[0]; i++)
		if (c == digraphs[i].c && c1 == digraphs[i].c1) {
			fold_key_emit(b, digraphs[i].key);
			return 2;
		}
	switch (c) {
	case 't':
		if (c1 == 'h') {
			/* "thelo" is θέλω, but "th douleia" is τη */
			fold_key_emit(b, fold_is_vowel(c2) ?
			    "\xce\xb8" : "t");
			if (!fold_is_vowel(c2))
				fold_key_emit(b, "i");
			return 2;
		}
		break;
	case 'c':
		fold_key_emit(b, c1 == 'h' ? "x" : "k");
		return c1 == 'h' ? 2 : 1;
	case 'a':
	case 'e':
		if (c1 == 'i') {
			fold_key_emit(b, c == 'a' ? "e" : "i");
			return 2;
		}
		if (c1 != '\0' && strchr("ufvy", c1) != NULL) {
			fold_key_emit(b, c == 'a' ? "a" : "e");
			fold_key_emit(b, "v");
			return 2;
		}
		break;
	case 'o':
		if (c1 == 'i' || c1 == 'u' || c1 == 'y') {
			fold_key_emit(b, c1 == 'i' ? "i" : "u");
			return 2;
		}
		break;
	default:
		break;
	}
	return 0;
}

/*
 * Key a letter that alone stands for another sound (h, u, y, w, b, and 8,
 * 3, 4 inside a word): returns 1, or 0 when c keeps its own.
 */
static int
fold_key_single(struct fold_key *b, int c, int c1, int prev)
{
	switch (c) {
	case 'h':
		/*
		 * h is χ before a vowel ("ohi", "erhetai") and at the
		 * start of "hr", "hl"; otherwise it is η ("mhn").
		 */
		fold_key_emit(b, fold_is_vowel(c1) || ((c1 == 'r' ||
		    c1 == 'l') && (!fold_is_alpha(prev) ||
		    fold_is_vowel(prev))) ? "x" : "i");
		return 1;
	case 'u':	/* alone, u is υ ("upeuthuno"); ου was taken */
	case 'y':
		fold_key_emit(b, "i");
		return 1;
	case 'w':
		fold_key_emit(b, "o");
		return 1;
	case 'b':
		fold_key_emit(b, "v");
		return 1;
	case '8':
	case '3':
	case '4':
		/* 8 θ, 3 ξ, 4 ψ, when the digit sits in a word */
		if ((c == '8' && (fold_is_alpha(prev) ||
		    fold_is_alpha(c1))) || (fold_is_alpha(prev) &&
		    fold_is_alpha(c1))) {
			fold_key_emit(b, c == '8' ? "\xce\xb8" :
			    c == '3' ? "x" : "ps");
			return 1;
		}
		break;
	default:
		break;
	}
	return 0;
}

/* The Latin half of the key, on transliterated text (see fold.h). */
static void
fold_key_latin(const char *s, size_t len, struct fold_key *b)
{
	size_t	 i, n;
	int	 c, c1, c2, prev;

	for (i = 0; i < len; ) {
		c = (unsigned char)s[i];
		c1 = i + 1 < len ? (unsigned char)s[i + 1] : '\0';
		c2 = i + 2 < len ? (unsigned char)s[i + 2] : '\0';
		prev = i > 0 ? (unsigned char)s[i - 1] : '\0';
		if ((n = fold_key_pair(b, c, c1, c2)) > 0) {
			i += n;
			continue;
		}
		if (fold_key_single(b, c, c1, prev)) {
			i++;
			continue;
		}
		if (c >= 'a' && c <= 'z') {
			if (b->len == 0 || b->p[b->len - 1] != (char)c)
				b->p[b->len++] = (char)c;
		} else
			b->p[b->len++] = (char)c;
		i++;
	}
}

char *
fold_greeklish(const char *s, size_t len, size_t *outlen)
{
	struct fold_key	 k;
	char		*t;
	size_t		 i, tl = 0;
	int		 n;
	ucs4_t		 uc, prev = 0;
	const char	*g;

	/* Transliteration never makes the text longer: bounded by len. */
	t = xmalloc(len + 1);
	for (i = 0; i < len; i += (size_t)n) {
		if ((unsigned char)s[i] < 0x80) {
			t[tl++] = s[i];
			prev = (unsigned char)s[i];
			n = 1;
			continue;
		}
		n = u8_mbtouc(&uc, (const uint8_t *)s + i, len - i);
		if (n <= 0)
			n = 1;
		if ((g = fold_greek_letter(uc, prev)) != NULL) {
			memcpy(t + tl, g, strlen(g));
			tl += strlen(g);
		} else {
			memcpy(t + tl, s + i, (size_t)n);
			tl += (size_t)n;
		}
		prev = uc;
	}
	k.p = xmalloc(2 * tl + 1);
	k.len = 0;
	fold_key_latin(t, tl, &k);
	free(t);
	k.p[k.len] = '\0';
	if (outlen)
		*outlen = k.len;
	return k.p;
}

/* The key of one letter inside a character class, if it is one letter. */
static void
fold_greeklish_class_char(struct buf *b, const char *p, size_t n)
{
	char	*k;
	size_t	 klen;
	ucs4_t	 uc;

	k = fold_greeklish(p, n, &klen);
	/* h, ψ and the like have no one-letter key: keep them as written */
	if (u8_mbtouc(&uc, (const uint8_t *)k, klen) == (int)klen &&
	    *p != 'h')
		buf_add(b, k, klen);
	else
		buf_add(b, p, n);
	free(k);
}

static void
fold_greeklish_flush(struct buf *b, struct buf *run)
{
	char	*k;
	size_t	 klen;

	if (run->len == 0)
		return;
	k = fold_greeklish(run->data, run->len, &klen);
	buf_add(b, k, klen);
	free(k);
	buf_reset(run);
}

/* Copy from p through the first stop character (included), or to the end. */
static const char *
fold_copy_through(struct buf *b, const char *p, char stop)
{
	const char	*q = strchr(p, stop);

	q = q ? q + 1 : p + strlen(p);
	buf_add(b, p, (size_t)(q - p));
	return q;
}

static size_t
fold_u8len(const char *p)
{
	size_t	 n = 1;

	if ((unsigned char)*p >= 0x80)
		while ((p[n] & 0xc0) == 0x80)
			n++;
	return n;
}

/*
 * Copy the escape at p as it is, with the braces or brackets of \p{Greek},
 * \x{3b8}, \k<name>, \g{1}: returns what follows it.
 */
static const char *
fold_greeklish_escape(struct buf *b, const char *p)
{
	size_t	 n;

	n = 1 + fold_u8len(p + 1);
	buf_add(b, p, n);
	p += n;
	if (strchr("pPxokgN", p[-1]) != NULL && *p == '{')
		p = fold_copy_through(b, p, '}');
	else if ((p[-1] == 'k' || p[-1] == 'g') && *p == '<')
		p = fold_copy_through(b, p, '>');
	return p;
}

/*
 * Copy the character class at p, each letter in it keyed alone and escapes
 * and [:name:] as they are: returns what follows it.
 */
static const char *
fold_greeklish_class(struct buf *b, const char *p)
{
	const char	*q;
	size_t		 n;

	buf_addc(b, *p++);
	if (*p == '^')
		buf_addc(b, *p++);
	if (*p == ']')
		buf_addc(b, *p++);
	while (*p != '\0' && *p != ']') {
		if (*p == '\\' && p[1] != '\0') {
			n = 1 + fold_u8len(p + 1);
			buf_add(b, p, n);
			p += n;
		} else if (p[0] == '[' && p[1] == ':') {
			q = strstr(p, ":]");
			q = q ? q + 2 : p + strlen(p);
			buf_add(b, p, (size_t)(q - p));
			p = q;
		} else {
			n = fold_u8len(p);
			fold_greeklish_class_char(b, p, n);
			p += n;
		}
	}
	if (*p == ']')
		buf_addc(b, *p++);
	return p;
}

/*
 * Copy the syntax of the group opened by "(?" at p: look-arounds, names,
 * comments, option letters.  Returns what follows it.
 */
static const char *
fold_greeklish_group(struct buf *b, const char *p)
{
	buf_add(b, p, 2);
	p += 2;
	if (*p == '<' && (p[1] == '=' || p[1] == '!')) {
		buf_add(b, p, 2);	/* look-behind */
		p += 2;
	} else if (*p == '<' || (*p == 'P' && p[1] == '<'))
		p = fold_copy_through(b, p, '>');
	else if (*p == '\'') {
		buf_addc(b, *p++);
		p = fold_copy_through(b, p, '\'');
	} else if (*p == '#')
		p = fold_copy_through(b, p, ')');
	else if (*p != '\0' && strchr("=!:>|", *p) != NULL)
		buf_addc(b, *p++);
	else {
		/* option letters: (?i) (?-i:...) */
		while (*p == '-' || *p == '^' ||
		    (*p >= 'a' && *p <= 'z') ||
		    (*p >= 'A' && *p <= 'Z'))
			buf_addc(b, *p++);
		if (*p == ':' || *p == ')')
			buf_addc(b, *p++);
	}
	return p;
}

char *
fold_greeklish_pattern(const char *pattern)
{
	struct buf	 b, run;
	const char	*p = pattern, *q;
	size_t		 n;

	buf_init(&b, 0);
	buf_init(&run, 0);
	while (*p != '\0') {
		if (*p == '\\' && p[1] != '\0') {
			fold_greeklish_flush(&b, &run);
			p = fold_greeklish_escape(&b, p);
			continue;
		}
		if (*p == '[') {
			fold_greeklish_flush(&b, &run);
			p = fold_greeklish_class(&b, p);
			continue;
		}
		if (*p == '{') {
			/* a quantifier {n}, {n,}, {n,m} is syntax */
			q = p + 1 + strspn(p + 1, "0123456789,");
			if (*q == '}' && q > p + 1) {
				fold_greeklish_flush(&b, &run);
				buf_add(&b, p, (size_t)(q + 1 - p));
				p = q + 1;
				continue;
			}
		}
		if (*p == '(' && p[1] == '?') {
			fold_greeklish_flush(&b, &run);
			p = fold_greeklish_group(&b, p);
			continue;
		}
		if (strchr(".^$|()*+?", *p) != NULL) {
			fold_greeklish_flush(&b, &run);
			buf_addc(&b, *p++);
			continue;
		}
		n = fold_u8len(p);
		if (n == 1 && *p >= 'A' && *p <= 'Z')
			buf_addc(&run, (char)(*p - 'A' + 'a'));	/* "TH" */
		else
			buf_add(&run, p, n);
		p += n;
	}
	fold_greeklish_flush(&b, &run);
	buf_free(&run);
	if (b.data == NULL)
		buf_adds(&b, "");
	return buf_release(&b);
}
