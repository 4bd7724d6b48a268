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

char *
fold_text(const char *s, size_t len, size_t *outlen)
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
