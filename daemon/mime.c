/*
 * mime.c -- one mail message, parsed into what the rest of supportd needs:
 * decoded headers, addresses, the text body, the attachment list, a
 * language guess.
 *
 * The MIME structure (header blocks, multipart boundaries, transfer
 * encodings) is walked here, over the caller's bytes, with hard limits on
 * depth, part count and header size.  We deliberately do not hand the
 * message to libetpan's mailmime parser: its boundary extraction overflows
 * the heap on parameters such as boundary="\"" (libetpan 1.9.4), it
 * recurses without a depth bound, and it gives up on the broken structure
 * real mail has.  Our splitter compares bytes, so it can take the
 * boundaries RFC 2046 forbids but every client sends ('#', '*', spaces,
 * more than 70 characters, RFC 2231 boundary*=): the breach is a defect,
 * not a rejection.  Below the depth limit the walk goes on without
 * recursion.  libetpan's RFC 5322 grammar is still used where it is solid
 * and small: the Date header.  Charsets are handled by charset.c (iconv),
 * HTML by html.c, the language guess by lang.c.
 *
 * Policy choices, for the integrator:
 * - multipart/alternative: text/plain wins, HTML is kept in m->html.
 * - several inline text parts (multipart/mixed): joined with a blank line.
 * - message/rfc822 parts are listed as attachments (name from the part's
 *   filename, else its Subject, else "forwarded message"); their text is
 *   NOT merged into the body, so rules match what the customer wrote.
 *   The parts of a multipart/digest are such messages by default.
 * - text/plain and text/html parts are body text unless their disposition
 *   says attachment; a name= alone does not make an attachment.
 * - From: that is not exactly one mailbox leaves m->from.addr empty, with
 *   the reason in m->defects: words are never glued into an address.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <libetpan/libetpan.h>

#include "charset.h"
#include "crypto.h"
#include "html.h"
#include "lang.h"
#include "log.h"
#include "mime.h"
#include "rawmsg.h"
#include "xmalloc.h"

#define MIME_DEPTH_MAX		20	/* nested multiparts */
#define MIME_PARTS_MAX		1000	/* entities per message */
#define MIME_HEADERS_MAX	1000	/* header fields per entity */
#define MIME_HEADER_MAX		(64U * 1024)	/* one unfolded field */
#define MIME_ADDRS_MAX		1000
#define MIME_REFS_MAX		500
#define MIME_PARAMS_MAX		64
#define MIME_DEFECTS_MAX	2048
#define MIME_LANG_TEXT		8192	/* bytes of text the guesser sees */
#define MIME_ICONV_OPENS	128	/* converters opened per message */
#define BOUNDARY_MAX		70	/* RFC 2046 */
#define DEEP_SCAN_MIN		(16U * 1024 * 1024)	/* bytes, below depth */

struct rawhdr {
	char		*name;
	char		*value;		/* unfolded, raw bytes, NUL-free */
};

struct hdrs {
	struct rawhdr	*v;
	size_t		 n;
};

struct param {
	char		*name;		/* lower case */
	char		*value;
	int		 unsafe;	/* escapes or unterminated quote */
};

struct ctype {
	char		 type[128];	/* "text/plain", lower case */
	struct param	 p[MIME_PARAMS_MAX];
	size_t		 np;
};

struct parse {
	struct mime_message	*m;
	const char		*fallback;
	struct buf		 plain;
	struct buf		 html;
	struct buf		 defects;
	size_t			 nparts;
	struct hdrs		 top;	/* raw top-level fields */
	int			 htmlonly;	/* collecting m->html only */
	const char		*seen[32];	/* defect kinds noted so far */
	char			 hint[64];	/* first text part's charset */
	int			 hdr_cut;	/* this field hit the cap */
	size_t			 nseen;
};

static void	entity(struct parse *, const char *, size_t, size_t, int);
static char	*msgid(const char *, const char **);

static void
defect(struct parse *c, const char *what)
{
	size_t	 i;

	/*
	 * Each kind once: a thousand broken parts make one note, and a
	 * million broken lines cost a million short compares, no more.
	 */
	for (i = 0; i < c->nseen; i++)
		if (c->seen[i] == what || strcmp(c->seen[i], what) == 0)
			return;
	if (c->nseen == sizeof c->seen / sizeof c->seen[0] ||
	    c->defects.len + strlen(what) + 2 > MIME_DEFECTS_MAX)
		return;
	c->seen[c->nseen++] = what;
	if (c->defects.len > 0)
		buf_adds(&c->defects, "; ");
	buf_adds(&c->defects, what);
}

/*
 * ASCII-only classes: whatever locale the daemon runs in, a UTF-8 byte is
 * never taken for a letter or changed by a case mapping.
 */
static int
a_lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int
a_digit(int c)
{
	return c >= '0' && c <= '9';
}

static int
a_alnum(int c)
{
	return a_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int
a_space(int c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' ||
	    c == '\v';
}

static void
lower(char *s)
{
	for (; *s != '\0'; s++)
		*s = (char)a_lower((unsigned char)*s);
}

static char *
trim(char *s)
{
	size_t	 n;

	while (*s == ' ' || *s == '\t')
		s++;
	n = strlen(s);
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		s[--n] = '\0';
	return s;
}

static int
blank(const char *s)
{
	if (s == NULL)
		return 1;
	for (; *s != '\0'; s++)
		if (!a_space((unsigned char)*s))
			return 0;
	return 1;
}

/* ---- header blocks ------------------------------------------------- */

static void
hdrs_free(struct hdrs *h)
{
	size_t	 i;

	for (i = 0; i < h->n; i++) {
		free(h->v[i].name);
		free(h->v[i].value);
	}
	free(h->v);
	h->v = NULL;
	h->n = 0;
}

static const char *
hdrs_get(const struct hdrs *h, const char *name)
{
	size_t	 i;

	for (i = 0; i < h->n; i++)
		if (strcasecmp(h->v[i].name, name) == 0)
			return h->v[i].value;
	return NULL;
}

/* A field name: printable ASCII without ':' (RFC 5322 ftext). */
static size_t
field_name_len(const char *p, size_t len)
{
	size_t	 i;

	for (i = 0; i < len; i++) {
		unsigned char	 c = (unsigned char)p[i];

		if (c == ':')
			break;
		if (c <= ' ' || c >= 0x7f)
			break;
	}
	if (i == 0 || i > 256)
		return 0;
	/* Obsolete syntax allows blanks before the colon. */
	{
		size_t	 j = i;

		while (j < len && (p[j] == ' ' || p[j] == '\t'))
			j++;
		if (j >= len || p[j] != ':')
			return 0;
	}
	return i;
}

static void
hdr_finish(struct parse *c, struct hdrs *h, struct buf *val)
{
	if (h->n == 0)
		return;
	free(h->v[h->n - 1].value);
	h->v[h->n - 1].value = buf_release(val);
	buf_init(val, MIME_HEADER_MAX);
	c->hdr_cut = 0;
}

/* Append a header line's bytes to the value: NULs and CRs become spaces. */
static void
hdr_append(struct parse *c, struct buf *val, const char *p, size_t len)
{
	size_t	 i, start;

	if (c->hdr_cut)
		return;
	if (val->len + len > MIME_HEADER_MAX) {
		size_t	 room = val->len < MIME_HEADER_MAX ?
		    MIME_HEADER_MAX - val->len : 0;

		defect(c, "header field too long");
		/*
		 * Cut at the last blank that fits, never inside a word: a
		 * cut encoded word would show as "=?utf-8?q?..." text.
		 */
		size_t	 lead = 0;

		len = room;
		while (lead < len && (p[lead] == ' ' || p[lead] == '\t'))
			lead++;
		while (room > 0 && p[room - 1] != ' ' && p[room - 1] != '\t')
			room--;
		if (room <= lead) {
			/* One long word: cut it, but before an open "=?". */
			const char	*ew = NULL, *q;

			for (q = p; q + 1 < p + len &&
			    (q = memmem(q, len - (size_t)(q - p), "=?", 2)) !=
			    NULL; q += 2)
				ew = q;
			if (ew != NULL && memmem(ew + 2, len - (size_t)(ew + 2 -
			    p), "?=", 2) == NULL)
				room = (size_t)(ew - p);
			else
				room = len;
		}
		len = room;
		c->hdr_cut = 1;		/* the rest of this field goes */
	}
	for (i = start = 0; i < len; i++) {
		if (p[i] == '\0' || p[i] == '\r') {
			buf_add(val, p + start, i - start);
			buf_addc(val, ' ');
			start = i + 1;
		}
	}
	buf_add(val, p + start, len - start);
}

/*
 * Split p into its header block and body: the fields go into h (unfolded,
 * raw), *bodyoff gets the body's offset.  Never fails: a line that is no
 * header field ends the block (and is a defect unless it is the blank
 * separator).
 */
static void
parse_headers(struct parse *c, const char *p, size_t len, int top,
    struct hdrs *h, size_t *bodyoff)
{
	struct buf	 val;
	size_t		 i = 0, e, ll, nl;
	int		 have = 0;

	buf_init(&val, MIME_HEADER_MAX);
	h->v = NULL;
	h->n = 0;
	/* An mbox "From " line in front of the message is not a header. */
	if (top && len >= 5 && memcmp(p, "From ", 5) == 0) {
		const char *q = memchr(p, '\n', len);

		i = q ? (size_t)(q - p) + 1 : len;
	}
	while (i < len) {
		const char	*line = p + i;
		const char	*q = memchr(line, '\n', len - i);

		e = q ? (size_t)(q - p) : len;
		nl = q ? e + 1 : len;
		ll = e - i;
		if (ll > 0 && line[ll - 1] == '\r')
			ll--;
		if (ll == 0) {			/* the blank separator */
			i = nl;
			break;
		}
		if (line[0] == ' ' || line[0] == '\t') {
			if (have)
				hdr_append(c, &val, line, ll);	/* unfold */
			else
				defect(c, "continuation line without field");
			i = nl;
			continue;
		}
		{
			size_t	 fl = field_name_len(line, ll);

			if (fl == 0) {
				/* Not a field: the body starts here. */
				defect(c, "header block not terminated");
				break;
			}
			if (have)
				hdr_finish(c, h, &val);
			if (h->n >= MIME_HEADERS_MAX) {
				defect(c, "too many header fields");
				have = 0;
				i = nl;
				continue;
			}
			h->v = xreallocarray(h->v, h->n + 1, sizeof *h->v);
			h->v[h->n].name = xstrndup(line, fl);
			h->v[h->n].value = NULL;
			h->n++;
			c->hdr_cut = 0;
			have = 1;
			{
				const char *colon = memchr(line, ':', ll);
				size_t	 off = (size_t)(colon - line) + 1;

				hdr_append(c, &val, line + off, ll - off);
			}
		}
		i = nl;
	}
	if (have)
		hdr_finish(c, h, &val);
	buf_free(&val);
	/* Fields that never got a value (cut short) get an empty one. */
	for (e = 0; e < h->n; e++)
		if (h->v[e].value == NULL)
			h->v[e].value = xstrdup("");
	*bodyoff = i > len ? len : i;
}

/* ---- Content-Type and friends -------------------------------------- */

static const char *
skip_cfws(const char *s)
{
	int	 depth;

	for (;;) {
		while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
			s++;
		if (*s != '(')
			return s;
		for (depth = 0; *s != '\0'; s++) {
			if (*s == '\\' && s[1] != '\0')
				s++;
			else if (*s == '(')
				depth++;
			else if (*s == ')' && --depth == 0) {
				s++;
				break;
			}
		}
	}
}

static int
tspecial_end(char ch)
{
	return ch == '\0' || ch == ';' || ch == ' ' || ch == '\t' ||
	    ch == '\r' || ch == '\n' || ch == '(' || ch == '"';
}

static void
ctype_free(struct ctype *ct)
{
	size_t	 i;

	for (i = 0; i < ct->np; i++) {
		free(ct->p[i].name);
		free(ct->p[i].value);
	}
	ct->np = 0;
}

/*
 * Parse "type/subtype; name=value; ..." (Content-Type) or "disposition;
 * params" (Content-Disposition, withslash 0).  Quoted values are unescaped
 * but marked unsafe when they needed escapes or lack their closing quote:
 * such a value is never used as a boundary.
 */
static void
ctype_parse(const char *v, struct ctype *ct, int withslash)
{
	const char	*s, *t;
	size_t		 n;

	ct->type[0] = '\0';
	ct->np = 0;
	if (v == NULL)
		return;
	s = skip_cfws(v);
	for (t = s; !tspecial_end(*t); t++)
		;
	n = (size_t)(t - s);
	if (n < sizeof ct->type && (!withslash || (memchr(s, '/', n) != NULL &&
	    s[0] != '/' && s[n - 1] != '/'))) {
		memcpy(ct->type, s, n);
		ct->type[n] = '\0';
		lower(ct->type);
	}
	s = t;
	while (*s != '\0' && ct->np < MIME_PARAMS_MAX) {
		struct buf	 b;
		const char	*name;
		size_t		 namelen;
		int		 unsafe = 0;

		s = skip_cfws(s);
		if (*s == ';') {
			s++;
			continue;
		}
		if (*s == '\0')
			break;
		name = s;
		while (*s != '\0' && *s != '=' && *s != ';' && *s != ' ' &&
		    *s != '\t')
			s++;
		namelen = (size_t)(s - name);
		s = skip_cfws(s);
		if (*s != '=') {
			/* A stray word: skip to the next parameter. */
			while (*s != '\0' && *s != ';')
				s++;
			continue;
		}
		s = skip_cfws(s + 1);
		buf_init(&b, MIME_HEADER_MAX);
		buf_add(&b, "", 0);
		if (*s == '"') {
			s++;
			while (*s != '\0' && *s != '"') {
				if (*s == '\\') {
					unsafe = 1;
					if (s[1] != '\0')
						s++;
				}
				buf_addc(&b, *s++);
			}
			if (*s == '"')
				s++;
			else
				unsafe = 1;
		} else {
			while (*s != '\0' && *s != ';' && *s != ' ' &&
			    *s != '\t' && *s != '(')
				buf_addc(&b, *s++);
		}
		if (namelen == 0) {
			buf_free(&b);
			continue;
		}
		ct->p[ct->np].name = xstrndup(name, namelen);
		lower(ct->p[ct->np].name);
		ct->p[ct->np].value = buf_release(&b);
		ct->p[ct->np].unsafe = unsafe;
		ct->np++;
	}
}

static const struct param *
param_get(const struct ctype *ct, const char *name)
{
	size_t	 i;

	for (i = 0; i < ct->np; i++)
		if (strcmp(ct->p[i].name, name) == 0)
			return &ct->p[i];
	return NULL;
}

/*
 * A parameter value, decoded to UTF-8: RFC 2231 (name*=, name*0*=,
 * name*1=, ... in any order), else the plain value with RFC 2047 words
 * (which many clients wrongly use in filenames).  NULL if absent.
 */
static char *
param_decoded(const struct ctype *ct, const char *name, const char *fallback)
{
	const struct param	*p;
	struct buf		 b;
	size_t			 nlen = strlen(name), i, k, found = 0;
	int			 encoded = 0;
	char			*out;

	/* name*=charset'lang'value */
	for (i = 0; i < ct->np; i++) {
		const char	*pn = ct->p[i].name;

		if (strncmp(pn, name, nlen) == 0 && pn[nlen] == '*' &&
		    pn[nlen + 1] == '\0')
			return charset_decode_rfc2231(ct->p[i].value, fallback);
	}
	/* Continuations: name*0, name*0*, name*1, ... taken in order. */
	buf_init(&b, MIME_HEADER_MAX);
	buf_add(&b, "", 0);
	for (k = 0; k < MIME_PARAMS_MAX; k++) {
		int	 got = 0;

		for (i = 0; i < ct->np; i++) {
			const char	*pn = ct->p[i].name, *e;
			char		*end;
			unsigned long	 idx;

			if (strncmp(pn, name, nlen) != 0 || pn[nlen] != '*' ||
			    !a_digit((unsigned char)pn[nlen + 1]))
				continue;
			idx = strtoul(pn + nlen + 1, &end, 10);
			if (idx != k || (*end != '\0' &&
			    !(end[0] == '*' && end[1] == '\0')))
				continue;
			e = end;
			if (*e == '*') {
				encoded = 1;
				/* Only segment 0 carries charset'lang'. */
				buf_adds(&b, ct->p[i].value);
			} else if (encoded) {
				/* A plain segment amid encoded ones: escape. */
				const char *v = ct->p[i].value;

				for (; *v != '\0'; v++) {
					if (*v == '%')
						buf_adds(&b, "%25");
					else
						buf_addc(&b, *v);
				}
			} else
				buf_adds(&b, ct->p[i].value);
			got = 1;
			found++;
			break;
		}
		if (!got)
			break;
	}
	if (found > 0) {
		if (encoded) {
			/* Segment 0 must be the one carrying charset'lang'. */
			if (strchr(b.data, '\'') == NULL) {
				char	*tmp;

				xasprintf(&tmp, "''%s", b.data);
				out = charset_decode_rfc2231(tmp, fallback);
				free(tmp);
			} else
				out = charset_decode_rfc2231(b.data, fallback);
		} else
			out = charset_decode_header(b.data, fallback, NULL);
		buf_free(&b);
		return out;
	}
	buf_free(&b);
	if ((p = param_get(ct, name)) == NULL)
		return NULL;
	return charset_decode_header(p->value, fallback, NULL);
}

/*
 * The boundary to split at, or NULL when there is none.  RFC 2046 wants 1
 * to 70 bchars not ending in a space; real clients send '#', '*', '!',
 * longer strings, a trailing space, an RFC 2231 boundary*= and even an
 * empty one, and every other parser splits at them.  So do we, recording
 * the breach as a defect.  Trailing blanks are dropped: a delimiter line
 * may end in transport padding anyway.  Only bytes that cannot appear in
 * one delimiter line (CR, LF) are refused; the length is bounded by the
 * header field cap.
 */
static char *
boundary_get(struct parse *c, const struct ctype *ct)
{
	static const char ok[] = "'()+_,-./:=? ";
	const struct param	*p = param_get(ct, "boundary");
	char			*b;
	size_t			 i, n;
	int			 strict = 1;

	if (p != NULL)
		b = xstrdup(p->value);
	else if ((b = param_decoded(ct, "boundary", NULL)) != NULL)
		defect(c, "RFC 2231 encoded boundary");
	else
		return NULL;
	n = strlen(b);
	if (strpbrk(b, "\r\n") != NULL) {
		free(b);
		return NULL;
	}
	if (p != NULL && p->unsafe)
		strict = 0;
	if (n == 0 || n > BOUNDARY_MAX || b[n - 1] == ' ')
		strict = 0;
	for (i = 0; i < n; i++)
		if (!a_alnum((unsigned char)b[i]) && strchr(ok, b[i]) == NULL)
			strict = 0;
	while (n > 0 && (b[n - 1] == ' ' || b[n - 1] == '\t'))
		b[--n] = '\0';
	if (!strict)
		defect(c, "multipart boundary not as RFC 2046 allows");
	return b;
}

/* ---- transfer encodings -------------------------------------------- */

static int
hexv(int ch)
{
	if (ch >= '0' && ch <= '9')
		return ch - '0';
	if (ch >= 'a' && ch <= 'f')
		return ch - 'a' + 10;
	if (ch >= 'A' && ch <= 'F')
		return ch - 'A' + 10;
	return -1;
}

static const signed char b64tab[256] = {
	['A'] = 1, ['B'] = 2, ['C'] = 3, ['D'] = 4, ['E'] = 5, ['F'] = 6,
	['G'] = 7, ['H'] = 8, ['I'] = 9, ['J'] = 10, ['K'] = 11, ['L'] = 12,
	['M'] = 13, ['N'] = 14, ['O'] = 15, ['P'] = 16, ['Q'] = 17,
	['R'] = 18, ['S'] = 19, ['T'] = 20, ['U'] = 21, ['V'] = 22,
	['W'] = 23, ['X'] = 24, ['Y'] = 25, ['Z'] = 26, ['a'] = 27,
	['b'] = 28, ['c'] = 29, ['d'] = 30, ['e'] = 31, ['f'] = 32,
	['g'] = 33, ['h'] = 34, ['i'] = 35, ['j'] = 36, ['k'] = 37,
	['l'] = 38, ['m'] = 39, ['n'] = 40, ['o'] = 41, ['p'] = 42,
	['q'] = 43, ['r'] = 44, ['s'] = 45, ['t'] = 46, ['u'] = 47,
	['v'] = 48, ['w'] = 49, ['x'] = 50, ['y'] = 51, ['z'] = 52,
	['0'] = 53, ['1'] = 54, ['2'] = 55, ['3'] = 56, ['4'] = 57,
	['5'] = 58, ['6'] = 59, ['7'] = 60, ['8'] = 61, ['9'] = 62,
	['+'] = 63, ['/'] = 64,		/* value + 1; 0 means "not base64" */
};

enum cte { CTE_IDENTITY, CTE_BASE64, CTE_QP };

static enum cte
cte_of(struct parse *c, const char *v)
{
	char	 tok[32];
	size_t	 n;

	if (v == NULL)
		return CTE_IDENTITY;
	v = skip_cfws(v);
	for (n = 0; n + 1 < sizeof tok && !tspecial_end(v[n]); n++)
		tok[n] = (char)a_lower((unsigned char)v[n]);
	tok[n] = '\0';
	if (strcmp(tok, "base64") == 0)
		return CTE_BASE64;
	if (strcmp(tok, "quoted-printable") == 0)
		return CTE_QP;
	if (n > 0 && strcmp(tok, "7bit") != 0 && strcmp(tok, "8bit") != 0 &&
	    strcmp(tok, "binary") != 0)
		defect(c, "unknown transfer encoding");
	return CTE_IDENTITY;
}

/*
 * After base64 padding at p[i]: the offset of a following base64 run
 * (next non-blank line made of base64 only), len when only blanks
 * follow, i + 1 when text that is not base64 follows.
 */
static size_t
b64_tail(const char *p, size_t len, size_t i)
{
	size_t	 j, k;

	for (j = i; j < len && p[j] == '='; j++)
		;
	while (j < len && a_space((unsigned char)p[j]))
		j++;
	if (j >= len)
		return len;
	for (k = j; k < len && p[k] != '\n' && p[k] != '\r'; k++)
		if (b64tab[(unsigned char)p[k]] == 0 && p[k] != '=')
			return i + 1;
	return j;
}

/*
 * Is a body declared base64 plain text?  Its first line holds characters
 * base64 never has (blanks inside, punctuation).
 */
static int
b64_is_text(const char *p, size_t len)
{
	size_t	 i = 0, bad = 0, n = 0;

	while (i < len && a_space((unsigned char)p[i]))
		i++;
	for (; i < len && p[i] != '\n' && p[i] != '\r'; i++, n++)
		if (b64tab[(unsigned char)p[i]] == 0 && p[i] != '=')
			bad++;
	return n > 0 && bad * 10 > n;
}

/*
 * Decode a part body.  With out NULL only the decoded size is computed
 * (attachments: we list their size, we do not keep their bytes).
 */
static size_t
cte_decode(enum cte e, const char *p, size_t len, struct buf *out)
{
	size_t		 i, n = 0, start;
	unsigned int	 acc = 0;
	int		 bits = 0, h, l, v;

	switch (e) {
	case CTE_BASE64:
		for (i = 0; i < len; i++) {
			if (p[i] == '=') {
				/*
				 * Padding ends the data.  Another base64 run
				 * may follow (concatenated encoders); plain
				 * text after it (a list footer) is kept as it
				 * is, not decoded into garbage.
				 */
				if ((start = b64_tail(p, len, i)) >= len)
					return n;
				if (start != i + 1) {
					i = start - 1;
					acc = 0;
					bits = 0;
					continue;
				}
				start = i + 1;
				while (start < len && p[start] == '=')
					start++;
				if (out != NULL)
					buf_add(out, p + start, len - start);
				return n + (len - start);
			}
			if ((v = b64tab[(unsigned char)p[i]]) == 0)
				continue;	/* CRLF, junk */
			acc = (acc << 6) | (unsigned int)(v - 1);
			bits += 6;
			if (bits >= 8) {
				bits -= 8;
				if (out != NULL && buf_addc(out,
				    (char)((acc >> bits) & 0xff)) == -1)
					return n;
				n++;
			}
		}
		return n;
	case CTE_QP:
		for (i = start = 0; i < len; i++) {
			if (p[i] != '=')
				continue;
			if (out != NULL)
				buf_add(out, p + start, i - start);
			n += i - start;
			if (i + 2 < len && (h = hexv((unsigned char)
			    p[i + 1])) >= 0 && (l = hexv((unsigned char)
			    p[i + 2])) >= 0) {
				if (out != NULL)
					buf_addc(out, (char)(h * 16 + l));
				n++;
				i += 2;
			} else {
				size_t	 j = i + 1;

				/* Soft line break, with stray blanks. */
				while (j < len && (p[j] == ' ' || p[j] == '\t'))
					j++;
				if (j < len && p[j] == '\r')
					j++;
				if (j < len && p[j] == '\n')
					i = j;
				else if (j >= len)
					i = len - 1;
				else {
					if (out != NULL)
						buf_addc(out, '=');
					n++;
				}
			}
			start = i + 1;
		}
		if (start < len) {
			if (out != NULL)
				buf_add(out, p + start, len - start);
			n += len - start;
		}
		return n;
	default:
		if (out != NULL)
			buf_add(out, p, len);
		return len;
	}
}

/* CRLF and lone CR to LF, in place. */
static void
crlf_to_lf(char *s)
{
	char	*o = s;

	for (; *s != '\0'; s++) {
		if (*s == '\r') {
			*o++ = '\n';
			if (s[1] == '\n')
				s++;
		} else
			*o++ = *s;
	}
	*o = '\0';
}

/* <meta charset=...> in an HTML part that named no charset. */
static void
html_meta_charset(const char *p, size_t len, char *out, size_t outsz)
{
	size_t	 i, n, lim = len < 4096 ? len : 4096;

	out[0] = '\0';
	for (i = 0; i + 8 < lim; i++) {
		if (strncasecmp(p + i, "charset=", 8) != 0)
			continue;
		i += 8;
		while (i < lim && (p[i] == '"' || p[i] == '\'' || p[i] == ' '))
			i++;
		for (n = 0; i + n < lim && n + 1 < outsz &&
		    (a_alnum((unsigned char)p[i + n]) || p[i + n] == '-' ||
		    p[i + n] == '_' || p[i + n] == ':' || p[i + n] == '.'); n++)
			out[n] = p[i + n];
		out[n] = '\0';
		return;
	}
}

/* ---- entities ------------------------------------------------------- */

/*
 * List an attachment.  Its bytes are not copied: the part is remembered
 * where it lies in the raw message, and decoded only if someone asks
 * (mime_attachment_data), so a large attachment costs no memory here.
 */
static void
add_attachment(struct parse *c, const char *name, const char *type,
    const char *body, size_t blen, enum cte e)
{
	struct mime_message	*m = c->m;
	struct mime_attachment	*a;

	if (m->nattachments >= MIME_PARTS_MAX || c->htmlonly)
		return;
	m->attachments = xreallocarray(m->attachments, m->nattachments + 1,
	    sizeof *m->attachments);
	a = &m->attachments[m->nattachments++];
	a->name = xstrdup(name ? name : "");
	a->type = xstrdup(type);
	a->size = cte_decode(e, body, blen, NULL);
	a->part = body;
	a->partlen = blen;
	a->cte = (int)e;
}

int
mime_attachment_data(const struct mime_attachment *a, char **out,
    size_t *len)
{
	struct buf	 b;

	buf_init(&b, MIME_MAX_SIZE);
	buf_add(&b, "", 0);
	cte_decode((enum cte)a->cte, a->part, a->partlen, &b);
	if (b.len != a->size) {
		buf_free(&b);
		return -1;
	}
	*len = b.len;
	*out = buf_release(&b);
	return 0;
}

/* Text of a text part, decoded and converted; appended to b. */
static void
add_text(struct parse *c, struct buf *b, const struct ctype *ct, enum cte e,
    const char *p, size_t len, int html)
{
	struct buf		 raw;
	const struct param	*cs = param_get(ct, "charset");
	char			 meta[64];
	const char		*label = cs ? cs->value : NULL;
	char			*u;
	int			 bad = 0;

	if (c->htmlonly && !html)
		return;
	buf_init(&raw, MIME_MAX_SIZE);
	buf_add(&raw, "", 0);
	if (e == CTE_BASE64 && b64_is_text(p, len)) {
		defect(c, "base64 part is plain text");
		e = CTE_IDENTITY;
	}
	cte_decode(e, p, len, &raw);
	if (label == NULL && html && !charset_valid_utf8(raw.data, raw.len)) {
		html_meta_charset(raw.data, raw.len, meta, sizeof meta);
		if (meta[0] != '\0')
			label = meta;
	}
	/*
	 * Raw 8-bit headers name no charset; the body's declared one is the
	 * best guess for them (same client, same settings).
	 */
	if (c->hint[0] == '\0' && label != NULL &&
	    strcasecmp(label, "us-ascii") != 0 &&
	    strncasecmp(label, "utf", 3) != 0)
		snprintf(c->hint, sizeof c->hint, "%s", label);
	u = charset_to_utf8(label, raw.data, raw.len, c->fallback, &bad);
	buf_free(&raw);
	/* A byte-order mark is no text. */
	if (strncmp(u, "\xef\xbb\xbf", 3) == 0)
		memmove(u, u + 3, strlen(u + 3) + 1);
	if (bad)
		defect(c, "unknown charset or undecodable bytes");
	crlf_to_lf(u);
	if (b->len > 0 && !html && u[0] != '\0') {
		/* Several text parts: one blank line between them. */
		while (b->len > 0 && b->data[b->len - 1] == '\n')
			b->data[--b->len] = '\0';
		buf_adds(b, "\n\n");
	}
	if (buf_adds(b, u) == -1)
		defect(c, "text too long");
	free(u);
}

/* Subject of an embedded message, for naming a forwarded-message part. */
static char *
embedded_subject(struct parse *c, const char *p, size_t len)
{
	struct hdrs	 h;
	struct parse	 tmp;
	size_t		 off;
	const char	*s;
	char		*out = NULL;

	memset(&tmp, 0, sizeof tmp);
	buf_init(&tmp.defects, MIME_DEFECTS_MAX);
	parse_headers(&tmp, p, len, 1, &h, &off);	/* may start "From " */
	if ((s = hdrs_get(&h, "Subject")) != NULL) {
		char	*d = charset_decode_header(s, c->fallback, NULL);

		if (*trim(d) != '\0')
			out = xstrdup(trim(d));
		free(d);
	}
	hdrs_free(&h);
	buf_free(&tmp.defects);
	return out;
}

/*
 * The Message-ID of an enclosed message (message/rfc822, or the headers a
 * bounce returns as text/rfc822-headers): how a bounce names its mail.
 */
static void
enclosed_id(struct parse *c, const char *p, size_t len)
{
	struct hdrs	 h;
	struct parse	 tmp;
	size_t		 off;
	char		*id;

	if (c->m->enclosed_ids.n >= 16)
		return;
	memset(&tmp, 0, sizeof tmp);
	buf_init(&tmp.defects, MIME_DEFECTS_MAX);
	parse_headers(&tmp, p, len, 0, &h, &off);
	if ((id = msgid(hdrs_get(&h, "Message-ID"), NULL)) != NULL) {
		strv_add(&c->m->enclosed_ids, id);
		free(id);
	}
	hdrs_free(&h);
	buf_free(&tmp.defects);
}

/* The content type an entity declares, for choosing an alternative. */
static void
peek_type(struct parse *c, const char *p, size_t len, char *type,
    size_t typesz, int *attachment)
{
	struct hdrs	 h;
	struct ctype	 ct, cd;
	size_t		 off;

	parse_headers(c, p, len, 0, &h, &off);
	ctype_parse(hdrs_get(&h, "Content-Type"), &ct, 1);
	ctype_parse(hdrs_get(&h, "Content-Disposition"), &cd, 0);
	snprintf(type, typesz, "%s", ct.type[0] ? ct.type : "text/plain");
	*attachment = strcmp(cd.type, "attachment") == 0;
	ctype_free(&ct);
	ctype_free(&cd);
	hdrs_free(&h);
}

/*
 * Split a multipart body at its boundary.  Each part runs from the line
 * after a delimiter to the line break before the next one.  Returns the
 * number of parts; *closed tells whether the close delimiter was seen.
 * Scans each byte once.
 */
static size_t
split_multipart(const char *p, size_t len, const char *bnd,
    const char **starts, size_t *lens, size_t max, int *closed)
{
	size_t		 blen = strlen(bnd), i = 0, n = 0, e, nl, k, k0;
	const char	*cur = NULL;

	*closed = 0;
	while (i < len) {
		const char	*line = p + i;
		const char	*q = memchr(line, '\n', len - i);

		e = q ? (size_t)(q - p) : len;
		nl = q ? e + 1 : len;
		if (e - i >= 2 + blen && line[0] == '-' && line[1] == '-' &&
		    memcmp(line + 2, bnd, blen) == 0) {
			int	 close = 0;

			k = i + 2 + blen;
			if (e - k >= 2 && p[k] == '-' && p[k + 1] == '-') {
				close = 1;
				k += 2;
			}
			/*
			 * Only transport padding may follow; text after a
			 * blank is ignored as mime4j and mail clients do
			 * ("--b-- end of message"), but "--bX" is no
			 * delimiter of "b".
			 */
			k0 = k;
			while (k < e && (p[k] == ' ' || p[k] == '\t' ||
			    p[k] == '\r'))
				k++;
			if (k == e || k > k0) {
				if (cur != NULL && n < max) {
					size_t	 end = i;

					/* The CRLF before belongs to us. */
					if (end > 0 && p[end - 1] == '\n')
						end--;
					if (end > 0 && p[end - 1] == '\r' &&
					    p + end > cur)
						end--;
					starts[n] = cur;
					lens[n] = p + end > cur ?
					    (size_t)(p + end - cur) : 0;
					n++;
				}
				if (close) {
					*closed = 1;
					return n;
				}
				cur = p + nl;
			}
		}
		i = nl;
	}
	if (cur != NULL && n < max) {
		starts[n] = cur;
		lens[n] = (size_t)(p + len - cur);
		n++;
	}
	return n;
}

static void
multipart(struct parse *c, const struct ctype *ct, const char *bnd,
    const char *body, size_t blen, size_t depth)
{
	const char		**starts;
	size_t			*lens, n, i, pick;
	int			 closed, alt, att, digest;
	char			 type[128];

	starts = xreallocarray(NULL, MIME_PARTS_MAX, sizeof *starts);
	lens = xreallocarray(NULL, MIME_PARTS_MAX, sizeof *lens);
	n = split_multipart(body, blen, bnd, starts, lens, MIME_PARTS_MAX,
	    &closed);
	if (n == 0) {
		defect(c, "multipart without parts");
		add_text(c, &c->plain, ct, CTE_IDENTITY, body, blen, 0);
		goto out;
	}
	if (n == MIME_PARTS_MAX)
		defect(c, "too many parts");
	else if (!closed)
		defect(c, "multipart not terminated");
	alt = strcmp(ct->type, "multipart/alternative") == 0;
	/* RFC 2046 5.1.5: a digest's parts are messages by default. */
	digest = strcmp(ct->type, "multipart/digest") == 0;
	if (!alt) {
		for (i = 0; i < n; i++)
			entity(c, starts[i], lens[i], depth + 1, digest);
		goto out;
	}
	/*
	 * Alternative: the plain text wins; failing that the last HTML (the
	 * richest, by RFC 2046's ordering); failing that a nested multipart
	 * (e.g. multipart/related around the HTML).  The HTML sibling of a
	 * plain text is still kept for m->html.
	 */
	pick = n;
	for (i = 0; i < n && pick == n; i++) {
		peek_type(c, starts[i], lens[i], type, sizeof type, &att);
		if (!att && strcmp(type, "text/plain") == 0)
			pick = i;
	}
	if (pick < n) {
		size_t	 rich = n;

		entity(c, starts[pick], lens[pick], depth + 1, 0);
		if (c->html.len > 0)
			goto out;
		/*
		 * The HTML twin, for m->html only: a text/html part, else
		 * the HTML inside a multipart (related, with its images).
		 */
		for (i = 0; i < n; i++) {
			if (i == pick)
				continue;
			peek_type(c, starts[i], lens[i], type, sizeof type,
			    &att);
			if (att)
				continue;
			if (strcmp(type, "text/html") == 0) {
				rich = i;
				break;
			}
			if (strncmp(type, "multipart/", 10) == 0 && rich == n)
				rich = i;
		}
		if (rich < n) {
			c->htmlonly++;
			entity(c, starts[rich], lens[rich], depth + 1, 0);
			c->htmlonly--;
		}
		goto out;
	}
	for (i = n; i-- > 0 && pick == n; ) {
		peek_type(c, starts[i], lens[i], type, sizeof type, &att);
		if (!att && strcmp(type, "text/html") == 0)
			pick = i;
	}
	for (i = 0; i < n && pick == n; i++) {
		peek_type(c, starts[i], lens[i], type, sizeof type, &att);
		if (strncmp(type, "multipart/", 10) == 0)
			pick = i;
	}
	entity(c, starts[pick < n ? pick : 0], lens[pick < n ? pick : 0],
	    depth + 1, 0);
out:
	free(starts);
	free(lens);
}

/* A part's header block, parsed: what entity() and deep_walk() decide on. */
struct part {
	struct hdrs	 h;
	struct ctype	 ct, cd;
	enum cte	 e;
	const char	*body;
	size_t		 blen;
};

static void
part_open(struct parse *c, struct part *pt, const char *p, size_t len,
    int top, int digest)
{
	size_t	 off;

	parse_headers(c, p, len, top, &pt->h, &off);
	pt->body = p + off;
	pt->blen = len - off;
	ctype_parse(hdrs_get(&pt->h, "Content-Type"), &pt->ct, 1);
	ctype_parse(hdrs_get(&pt->h, "Content-Disposition"), &pt->cd, 0);
	if (pt->ct.type[0] == '\0') {
		if (hdrs_get(&pt->h, "Content-Type") != NULL)
			defect(c, "bad Content-Type");
		snprintf(pt->ct.type, sizeof pt->ct.type, "%s",
		    digest ? "message/rfc822" : "text/plain");
	}
	pt->e = cte_of(c, hdrs_get(&pt->h, "Content-Transfer-Encoding"));
}

static void
part_close(struct part *pt)
{
	ctype_free(&pt->ct);
	ctype_free(&pt->cd);
	hdrs_free(&pt->h);
}

/*
 * A part that is not a multipart: body text, a forwarded message or an
 * attachment.  Text parts are body text unless their disposition says
 * attachment: a name= or filename= alone does not make one (mail clients
 * show such parts inline).
 */
static void
leaf(struct parse *c, const struct part *pt)
{
	const char	*type = pt->ct.type;
	char		*name;
	int		 inline_text;

	if ((name = param_decoded(&pt->cd, "filename", c->fallback)) == NULL)
		name = param_decoded(&pt->ct, "name", c->fallback);
	inline_text = (strcmp(type, "text/plain") == 0 ||
	    strcmp(type, "text/html") == 0) &&
	    strcmp(pt->cd.type, "attachment") != 0;

	if (inline_text) {
		if (strcmp(type, "text/html") == 0)
			add_text(c, &c->html, &pt->ct, pt->e, pt->body,
			    pt->blen, 1);
		else
			add_text(c, &c->plain, &pt->ct, pt->e, pt->body,
			    pt->blen, 0);
	} else if (strcmp(type, "message/rfc822") == 0 ||
	    strcmp(type, "message/global") == 0) {
		enclosed_id(c, pt->body, pt->blen);
		if (name == NULL || *name == '\0') {
			free(name);
			name = embedded_subject(c, pt->body, pt->blen);
		}
		add_attachment(c, name ? name : "forwarded message", type,
		    pt->body, pt->blen, pt->e);
	} else {
		if (strcmp(type, "text/rfc822-headers") == 0)
			enclosed_id(c, pt->body, pt->blen);
		add_attachment(c, name, type, pt->body, pt->blen, pt->e);
	}
	free(name);
}

static void
parts_reverse(const char **starts, size_t *lens, size_t n)
{
	size_t	 i;

	for (i = 0; i < n / 2; i++) {
		const char	*ts = starts[i];
		size_t		 tl = lens[i];

		starts[i] = starts[n - 1 - i];
		lens[i] = lens[n - 1 - i];
		starts[n - 1 - i] = ts;
		lens[n - 1 - i] = tl;
	}
}

/*
 * Below the depth limit the walk goes on without recursion: a work list
 * of parts, every multipart taken as mixed, so that text nested deeper
 * than the limit still reaches the body (the limit protects the stack,
 * not the content).  Bounded by MIME_PARTS_MAX like the rest.
 */
static void
deep_walk(struct parse *c, const char *bnd, const char *body, size_t blen,
    int digest)
{
	const char	**starts;
	size_t		 *lens, n, i, k, room, budget;
	int		 *dig, closed;
	struct part	  pt;
	char		 *b;

	budget = blen * 2 > DEEP_SCAN_MIN ? blen * 2 : DEEP_SCAN_MIN;
	starts = xreallocarray(NULL, MIME_PARTS_MAX, sizeof *starts);
	lens = xreallocarray(NULL, MIME_PARTS_MAX, sizeof *lens);
	dig = xreallocarray(NULL, MIME_PARTS_MAX, sizeof *dig);
	n = split_multipart(body, blen, bnd, starts, lens, MIME_PARTS_MAX,
	    &closed);
	for (i = 0; i < n; i++)
		dig[i] = digest;
	/* A stack, popped from the end: reversed, parts keep their order. */
	parts_reverse(starts, lens, n);
	while (n > 0) {
		n--;
		if (++c->nparts > MIME_PARTS_MAX) {
			defect(c, "too many parts");
			break;
		}
		part_open(c, &pt, starts[n], lens[n], 0, dig[n]);
		if (strncmp(pt.ct.type, "multipart/", 10) != 0) {
			leaf(c, &pt);
			part_close(&pt);
			continue;
		}
		if ((b = boundary_get(c, &pt.ct)) == NULL) {
			add_text(c, &c->plain, &pt.ct, CTE_IDENTITY, pt.body,
			    pt.blen, 0);
			part_close(&pt);
			continue;
		}
		/*
		 * Each level is scanned again by the next: a budget keeps a
		 * thousand nested levels of a large message from costing a
		 * thousand passes over it.
		 */
		if (pt.blen > budget) {
			defect(c, "nesting too deep to read whole");
			free(b);
			part_close(&pt);
			continue;
		}
		budget -= pt.blen;
		room = MIME_PARTS_MAX - n;
		k = split_multipart(pt.body, pt.blen, b, starts + n, lens + n,
		    room, &closed);
		free(b);
		for (i = 0; i < k; i++)
			dig[n + i] = strcmp(pt.ct.type, "multipart/digest") == 0;
		parts_reverse(starts + n, lens + n, k);
		n += k;
		part_close(&pt);
	}
	free(starts);
	free(lens);
	free(dig);
}

/*
 * One MIME entity (the message itself or a part): headers, then by type
 * recurse, collect text, or list an attachment.  digest: the parent is a
 * multipart/digest, whose parts default to message/rfc822.
 */
static void
entity(struct parse *c, const char *p, size_t len, size_t depth, int digest)
{
	struct part	 pt;
	char		*bnd;

	if (++c->nparts > MIME_PARTS_MAX) {
		defect(c, "too many parts");
		return;
	}
	part_open(c, &pt, p, len, depth == 0, digest);
	if (depth == 0) {
		free(c->m->content_type);
		c->m->content_type = xstrdup(pt.ct.type);
	}

	if (strncmp(pt.ct.type, "multipart/", 10) == 0) {
		if ((bnd = boundary_get(c, &pt.ct)) == NULL) {
			/* No boundary to split at: the text is the body. */
			defect(c, "multipart without boundary");
			add_text(c, &c->plain, &pt.ct, CTE_IDENTITY, pt.body,
			    pt.blen, 0);
		} else if (depth >= MIME_DEPTH_MAX) {
			defect(c, "multipart nested too deep");
			deep_walk(c, bnd, pt.body, pt.blen,
			    strcmp(pt.ct.type, "multipart/digest") == 0);
		} else
			multipart(c, &pt.ct, bnd, pt.body, pt.blen, depth);
		free(bnd);
	} else
		leaf(c, &pt);
	ctype_free(&pt.ct);
	ctype_free(&pt.cd);
	if (depth == 0) {
		/* The top-level fields are kept: move them out. */
		struct mime_message	*m = c->m;
		struct hdrs		 h = pt.h;
		size_t			 i;
		int			 bad = 0;

		m->headers = xcalloc(h.n ? h.n : 1, sizeof *m->headers);
		for (i = 0; i < h.n; i++) {
			char	*v = charset_decode_header(h.v[i].value,
			    c->hint[0] ? c->hint : c->fallback, &bad);
			char	*t = trim(v);

			m->headers[i].value = t == v ? v : xstrdup(t);
			if (t != v)
				free(v);
			m->headers[i].name = xstrdup(h.v[i].name);
		}
		m->nheaders = h.n;
		if (bad)
			defect(c, "unknown charset or undecodable bytes in header");
		c->top = h;
		return;
	}
	hdrs_free(&pt.h);
}

/* ---- addresses and identifiers ------------------------------------- */

/*
 * Length of the RFC 2047 encoded word at s ("=?cs?X?text?=", no blanks
 * inside), or 0.  Address parsing steps over such words whole: their text
 * may hold ':', ',', '<' or '"' that are not address syntax.
 */
static size_t
ew_len(const char *s, size_t len)
{
	size_t	 i, q = 0;

	if (len < 8 || s[0] != '=' || s[1] != '?')
		return 0;
	for (i = 2; i < len; i++) {
		if (a_space((unsigned char)s[i]))
			return 0;
		if (s[i] != '?')
			continue;
		q++;
		if (q == 2 && (i < 4 || s[i - 2] != '?' ||
		    strchr("bBqQ", s[i - 1]) == NULL))
			return 0;
		if (q >= 3 && i + 1 < len && s[i + 1] == '=')
			return i + 2;
	}
	return 0;
}

/*
 * Display name: quotes and escapes removed, blanks collapsed, comments
 * dropped ("Pete(A wonderful \\) chap)" is Pete) unless the name is
 * nothing but a comment.
 */
static char *
clean_name(const char *s, size_t len, int decode, const char *fallback)
{
	struct buf	 b;
	size_t		 i;
	int		 sp = 0, depth = 0, inq = 0, nocomments = 0;
	char		*out;

	for (i = 0; i < len; i++) {
		if (s[i] == '\\') {
			i++;
			if (depth == 0)
				nocomments = 1;
			continue;
		}
		if (s[i] == '"' && depth == 0)
			inq = !inq;
		else if (!inq && s[i] == '(')
			depth++;
		else if (!inq && s[i] == ')' && depth > 0)
			depth--;
		else if (depth == 0 && !a_space((unsigned char)s[i]))
			nocomments = 1;
	}
	buf_init(&b, MIME_HEADER_MAX);
	buf_add(&b, "", 0);
	depth = inq = 0;
	for (i = 0; i < len; i++) {
		char	 ch = s[i];

		if (ch == '"' && depth == 0) {
			inq = !inq;
			continue;
		}
		if (ch == '\\' && i + 1 < len)
			ch = s[++i];
		else if (nocomments && !inq && ch == '(') {
			depth++;
			continue;
		} else if (nocomments && !inq && ch == ')' && depth > 0) {
			depth--;
			sp = b.len > 0;
			continue;
		}
		if (depth > 0)
			continue;
		if (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n') {
			sp = b.len > 0;
			continue;
		}
		if (sp)
			buf_addc(&b, ' ');
		sp = 0;
		buf_addc(&b, ch);
	}
	if (!decode)
		return buf_release(&b);
	out = charset_decode_header(b.data, fallback, NULL);
	buf_free(&b);
	return out;
}

/* Address: blanks and comments dropped, route stripped, domain lowered. */
static char *
clean_addr(const char *s, size_t len)
{
	struct buf	 b;
	size_t		 i;
	int		 depth = 0, inq = 0;
	char		*out, *at, *colon, *u;

	buf_init(&b, MIME_HEADER_MAX);
	buf_add(&b, "", 0);
	for (i = 0; i < len; i++) {
		char	 ch = s[i];

		if (!inq && ch == '(') {
			depth++;
			continue;
		}
		if (depth > 0) {
			if (ch == '\\')
				i++;
			else if (ch == ')')
				depth--;
			continue;
		}
		if (ch == '"')
			inq = !inq;
		if (!inq && (ch == ' ' || ch == '\t' || ch == '\r' ||
		    ch == '\n' || ch == '<' || ch == '>'))
			continue;
		buf_addc(&b, ch);
	}
	out = buf_release(&b);
	if ((colon = strrchr(out, ':')) != NULL && out[0] == '@') {
		/* Obsolete source route "@a,@b:user@host". */
		memmove(out, colon + 1, strlen(colon + 1) + 1);
	}
	if ((at = strrchr(out, '@')) != NULL)
		lower(at);
	u = charset_to_utf8(NULL, out, strlen(out), NULL, NULL);
	free(out);
	return u;
}

/* The text of the first comment in s, for "addr (Name)" forms. */
static int
first_comment(const char *s, size_t len, size_t *start, size_t *clen)
{
	size_t	 i;
	int	 depth = 0, inq = 0;

	for (i = 0; i < len; i++) {
		if (s[i] == '\\') {
			i++;
			continue;
		}
		if (depth == 0 && s[i] == '"')
			inq = !inq;
		if (inq)
			continue;
		if (s[i] == '(') {
			if (depth++ == 0)
				*start = i + 1;
		} else if (s[i] == ')' && depth > 0 && --depth == 0) {
			*clen = i - *start;
			return 1;
		}
	}
	return 0;
}

/*
 * Where the '<' of an angle address is in s: the first outside quotes,
 * comments and encoded words, or len when there is none.
 */
static size_t
angle_start(const char *s, size_t len)
{
	size_t	 i, ew;
	int	 inq = 0, depth = 0;

	for (i = 0; i < len; i++) {
		if (s[i] == '\\') {
			i++;
			continue;
		}
		if (!inq && depth == 0 && (ew = ew_len(s + i, len - i)) > 0)
			i += ew - 1;
		else if (depth == 0 && s[i] == '"')
			inq = !inq;
		else if (!inq && s[i] == '(')
			depth++;
		else if (!inq && s[i] == ')' && depth > 0)
			depth--;
		else if (!inq && depth == 0 && s[i] == '<')
			return i;
	}
	return len;
}

/*
 * Whether s, with no angle address, is one bare address.  Blanks may sit
 * around '.' and '@' in the obsolete syntax ("john . doe @ host"), but two
 * words side by side ("Big Bug bb@bug.com", "a@b c@d") are no address,
 * and are never glued into one; nor are several words without an '@'.
 */
static int
bare_is_addr(const char *s, size_t len)
{
	size_t	 k;
	int	 words = 0, inword = 0, hasat = 0, glued = 0, q = 0, depth = 0;
	char	 prev = '\0';

	for (k = 0; k < len; k++) {
		char	 ch = s[k];

		if (ch == '\\' && k + 1 < len) {
			k++;
			continue;
		}
		if (depth == 0 && ch == '"')
			q = !q;
		if (!q && ch == '(') {
			depth++;
			continue;
		}
		if (!q && ch == ')' && depth > 0) {
			depth--;
			continue;
		}
		if (depth > 0)
			continue;
		if (!q && ch == '@')
			hasat = 1;
		if (q || !a_space((unsigned char)ch)) {
			if (!inword) {
				if (words > 0 && prev != '.' &&
				    prev != '@' && ch != '.' && ch != '@')
					glued = 1;
				words++;
			}
			inword = 1;
			prev = ch;
		} else
			inword = 0;
	}
	return (hasat || words <= 1) && !glued;
}

/* One address of a list, added to *out if it has a name or an address. */
static void
one_addr(const char *s, size_t len, int decode, const char *fallback,
    struct mime_addr **out, size_t *n)
{
	size_t	 lt, gt, cs, cl;
	char	*name, *addr;

	while (len > 0 && (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n'))
		s++, len--;
	if (len == 0 || *n >= MIME_ADDRS_MAX)
		return;
	if ((lt = angle_start(s, len)) < len) {
		const char	*g = memchr(s + lt, '>', len - lt);

		gt = g ? (size_t)(g - s) : len;
		addr = clean_addr(s + lt + 1, gt - lt - 1);
		name = clean_name(s, lt, decode, fallback);
		if (*name == '\0' && first_comment(s + gt, len - gt, &cs,
		    &cl)) {
			free(name);
			name = clean_name(s + gt + cs, cl, decode, fallback);
		}
	} else if (!bare_is_addr(s, len)) {
		addr = xstrdup("");
		name = clean_name(s, len, decode, fallback);
	} else {
		addr = clean_addr(s, len);
		if (first_comment(s, len, &cs, &cl))
			name = clean_name(s + cs, cl, decode, fallback);
		else
			name = xstrdup("");
	}
	if (*name == '\0' && *addr == '\0') {
		free(name);
		free(addr);
		return;
	}
	*out = xreallocarray(*out, *n + 1, sizeof **out);
	(*out)[*n].name = name;
	(*out)[*n].addr = addr;
	(*n)++;
}

/*
 * Split an address list at top-level commas (not inside quotes, comments
 * or angle brackets); group syntax "name: a, b;" drops the group name.
 */
static void
addr_list(const char *s, int decode, const char *fallback,
    struct mime_addr **out, size_t *n)
{
	size_t	 i, start = 0, len = strlen(s), ew;
	int	 inq = 0, depth = 0, angle = 0;

	*out = NULL;
	*n = 0;
	for (i = 0; i < len; i++) {
		char	 ch = s[i];

		if (ch == '\\' && (inq || depth)) {
			i++;
			continue;
		}
		if (depth == 0 && ch == '"') {
			inq = !inq;
			continue;
		}
		if (inq)
			continue;
		if (ch == '(') {
			depth++;
			continue;
		}
		if (depth > 0) {
			if (ch == ')')
				depth--;
			continue;
		}
		if (!angle && (ew = ew_len(s + i, len - i)) > 0) {
			i += ew - 1;	/* an encoded word is one atom */
			continue;
		}
		if (ch == '<')
			angle = 1;
		else if (ch == '>')
			angle = 0;
		else if (!angle && ch == ':') {
			start = i + 1;		/* group name */
		} else if (!angle && (ch == ',' || ch == ';')) {
			one_addr(s + start, i - start, decode, fallback, out, n);
			start = i + 1;
		}
	}
	if (start < len)
		one_addr(s + start, len - start, decode, fallback, out, n);
}

int
mime_parse_addrs(const char *s, struct mime_addr **out, size_t *n)
{
	if (s == NULL) {
		*out = NULL;
		*n = 0;
		return -1;
	}
	addr_list(s, 0, NULL, out, n);
	return 0;
}

void
mime_addrs_free(struct mime_addr *a, size_t n)
{
	size_t	 i;

	if (a == NULL)
		return;
	for (i = 0; i < n; i++) {
		free(a[i].name);
		free(a[i].addr);
	}
	free(a);
}

/* local@domain, both parts non-empty, one '@' outside quotes. */
static int
from_plausible(const char *a)
{
	const char	*at = strrchr(a, '@');

	return at != NULL && at != a && at[1] != '\0' &&
	    strpbrk(a, " \t<>,;") == NULL;
}

/* "<id@host>" -> "id@host"; without brackets the first word. */
static char *
msgid(const char *v, const char **end)
{
	const char	*lt, *gt, *s;
	char		*id, *o, *r;

	if (end != NULL)
		*end = NULL;
	if (v == NULL)
		return NULL;
	if ((lt = strchr(v, '<')) != NULL && (gt = strchr(lt, '>')) != NULL) {
		if (end != NULL)
			*end = gt + 1;
		id = xstrndup(lt + 1, (size_t)(gt - lt - 1));
	} else {
		if (end != NULL || lt != NULL)
			return NULL;
		s = skip_cfws(v);
		for (gt = s; *gt != '\0' && *gt != ' ' && *gt != '\t'; gt++)
			;
		id = xstrndup(s, (size_t)(gt - s));
	}
	for (o = r = id; *r != '\0'; r++)
		if (!a_space((unsigned char)*r))
			*o++ = *r;
	*o = '\0';
	if (*id == '\0') {
		free(id);
		return NULL;
	}
	return id;
}

static time_t
parse_date(const char *v)
{
	struct mailimf_date_time	*dt = NULL;
	struct tm			 tm;
	size_t				 idx = 0;
	time_t				 t;
	int				 z, off;

	if (v == NULL || strlen(v) > 256)
		return 0;
	if (mailimf_date_time_parse(v, strlen(v), &idx, &dt) !=
	    MAILIMF_NO_ERROR || dt == NULL)
		return 0;
	if (dt->dt_year < 100)
		dt->dt_year += dt->dt_year < 50 ? 2000 : 1900;
	if (dt->dt_year < 1970 || dt->dt_year > 9999 || dt->dt_month < 1 ||
	    dt->dt_month > 12 || dt->dt_day < 1 || dt->dt_day > 31 ||
	    dt->dt_hour < 0 || dt->dt_hour > 23 || dt->dt_min < 0 ||
	    dt->dt_min > 59 || dt->dt_sec < 0 || dt->dt_sec > 60 ||
	    dt->dt_zone < -2359 || dt->dt_zone > 2359) {
		mailimf_date_time_free(dt);
		return 0;
	}
	memset(&tm, 0, sizeof tm);
	tm.tm_year = dt->dt_year - 1900;
	tm.tm_mon = dt->dt_month - 1;
	tm.tm_mday = dt->dt_day;
	tm.tm_hour = dt->dt_hour;
	tm.tm_min = dt->dt_min;
	tm.tm_sec = dt->dt_sec;
	z = dt->dt_zone;
	mailimf_date_time_free(dt);
	/* libetpan 1.9.4 reads the obsolete zone "UT" as +0001. */
	if (z == 1) {
		const char	*u = strcasestr(v, " UT");

		if (u != NULL && (u[3] == '\0' || u[3] == ' ' ||
		    u[3] == '\t' || u[3] == '('))
			z = 0;
	}
	off = (z / 100) * 3600 + (z % 100) * 60;
	if ((t = timegm(&tm)) == (time_t)-1)
		return 0;
	return t - off;
}

/*
 * The text the language guesser sees: subject and the customer's own
 * lines, not the quoted history (often in the desk's language) nor the
 * signature.
 */
static void
guess_lang(struct mime_message *m)
{
	struct buf	 b;
	const char	*s = m->body, *e;

	buf_init(&b, MIME_LANG_TEXT * 2);
	buf_adds(&b, m->subject);
	buf_addc(&b, '\n');
	while (*s != '\0' && b.len < MIME_LANG_TEXT) {
		size_t	 ll;

		e = strchr(s, '\n');
		ll = e ? (size_t)(e - s) : strlen(s);
		if (ll == 3 && memcmp(s, "-- ", 3) == 0)
			break;
		if (ll > 0 && s[0] != '>')
			buf_add(&b, s, ll < MIME_LANG_TEXT ? ll : MIME_LANG_TEXT);
		buf_addc(&b, '\n');
		if (e == NULL)
			break;
		s = e + 1;
	}
	lang_guess(b.data, m->lang);
	buf_free(&b);
}

/* ---- the skeleton of a large message -------------------------------- */

/*
 * A message over SKEL_MIN is parsed from a skeleton: a copy without the
 * middle of its large base64 runs.  Only whole lines of base64 alphabet
 * (a multiple of 4 characters, no padding) are cut, only in the body of a
 * part whose Content-Type is neither text/, message/ nor multipart/, only
 * after the first SKEL_KEEP bytes of that body, and never its last such
 * line.  No boundary can start with those characters, so the structure
 * the parser sees is the message's own; what it loses is attachment bytes
 * it never reads, and each cut is remembered so that every attachment is
 * then pointed at its bytes in the raw message, its size exact.  The raw
 * message is read once, window by window, and each window given back
 * (rawmsg_done): a 25 MiB attachment never sits in memory.
 */
#define SKEL_MIN	RAWMSG_SPILL
#define SKEL_KEEP	(64U * 1024)

struct skel_cut {
	size_t	 at;		/* skeleton offset where bytes were cut */
	size_t	 bytes;		/* raw bytes cut there */
	size_t	 chars;		/* of which base64 characters */
};

struct skel {
	struct buf	 out;
	struct skel_cut	*cut;
	size_t		 ncut;
	/* The line being held back: cut if another like it follows. */
	const char	*held;
	size_t		 heldlen, heldchars;
};

enum skel_ct { SKEL_CT_NONE, SKEL_CT_TEXTLIKE, SKEL_CT_OTHER };

/* Characters of a whole base64 line (no CR/LF), 0 if it is not one. */
static size_t
skel_b64_line(const char *p, size_t len)
{
	size_t	 i, n;

	n = len;
	if (n > 0 && p[n - 1] == '\n')
		n--;
	if (n > 0 && p[n - 1] == '\r')
		n--;
	if (n == 0 || n % 4 != 0)
		return 0;
	for (i = 0; i < n; i++)
		if (b64tab[(unsigned char)p[i]] == 0)
			return 0;
	return n;
}

static enum skel_ct
skel_ctype(const char *p, size_t len)
{
	static const char *const textlike[] = { "text/", "message/",
	    "multipart/" };
	size_t	 i, k;

	for (i = 13; i < len && (p[i] == ' ' || p[i] == '\t'); i++)
		;
	if (i >= len || p[i] == '\r' || p[i] == '\n')
		return SKEL_CT_NONE;
	for (k = 0; k < sizeof textlike / sizeof textlike[0]; k++)
		if (len - i >= strlen(textlike[k]) &&
		    strncasecmp(p + i, textlike[k], strlen(textlike[k])) == 0)
			return SKEL_CT_TEXTLIKE;
	return SKEL_CT_OTHER;
}

static void
skel_unhold(struct skel *sk)
{
	if (sk->held != NULL)
		buf_add(&sk->out, sk->held, sk->heldlen);
	sk->held = NULL;
}

/* The held line is cut: note it at the skeleton's current end. */
static void
skel_cut_held(struct skel *sk)
{
	struct skel_cut	*c = sk->ncut ? &sk->cut[sk->ncut - 1] : NULL;

	if (c == NULL || c->at != sk->out.len) {
		sk->cut = xreallocarray(sk->cut, sk->ncut + 1, sizeof *sk->cut);
		c = &sk->cut[sk->ncut++];
		c->at = sk->out.len;
		c->bytes = c->chars = 0;
	}
	c->bytes += sk->heldlen;
	c->chars += sk->heldchars;
	sk->held = NULL;
}

static void
skel_build(const char *raw, size_t len, struct skel *sk)
{
	const char	*p = raw, *end = raw + len, *nl, *given = raw;
	enum skel_ct	 ct = SKEL_CT_NONE;
	size_t		 n, chars, kept = 0;
	int		 inhdr = 1, cuttable = 0;

	memset(sk, 0, sizeof *sk);
	buf_init(&sk->out, MIME_MAX_SIZE);
	buf_add(&sk->out, "", 0);
	for (; p < end; p += n) {
		nl = memchr(p, '\n', (size_t)(end - p));
		n = nl != NULL ? (size_t)(nl - p) + 1 : (size_t)(end - p);
		if (n >= 2 && p[0] == '-' && p[1] == '-') {
			/* A boundary, or what could be one: a new part. */
			skel_unhold(sk);
			inhdr = 1;
			ct = SKEL_CT_NONE;
			cuttable = 0;
			kept = 0;
		} else if (inhdr) {
			if (n == 1 || (n == 2 && p[0] == '\r')) {
				inhdr = 0;
				cuttable = ct == SKEL_CT_OTHER;
			} else if (n > 13 && strncasecmp(p, "Content-Type:",
			    13) == 0)
				ct = skel_ctype(p, n);
		} else if (cuttable && kept >= SKEL_KEEP &&
		    (chars = skel_b64_line(p, n)) > 0) {
			if (sk->held != NULL)
				skel_cut_held(sk);
			sk->held = p;
			sk->heldlen = n;
			sk->heldchars = chars;
			goto next;
		} else
			kept += n;
		skel_unhold(sk);
		buf_add(&sk->out, p, n);
next:
		if ((size_t)(p + n - given) >= RAWMSG_WINDOW) {
			/* The held line stays readable: a dropped page is
			 * only read from the file again. */
			rawmsg_done(given, (size_t)(p + n - given));
			given = p + n;
		}
	}
	skel_unhold(sk);
	rawmsg_done(given, (size_t)(end - given));
}

/* The raw offset of skeleton offset off. */
static size_t
skel_rawoff(const struct skel *sk, size_t off)
{
	size_t	 i, add = 0;

	for (i = 0; i < sk->ncut && sk->cut[i].at <= off; i++)
		add += sk->cut[i].bytes;
	return off + add;
}

/*
 * Point each attachment at its bytes in the raw message and count what
 * was cut from it into its size (base64: 3 bytes per 4 characters; cuts
 * hold whole 4-character groups, so the count is exact).
 */
static void
skel_remap(const struct skel *sk, struct mime_message *m)
{
	struct mime_attachment	*a;
	size_t			 i, k, so, eo, rs, re;

	for (i = 0; i < m->nattachments; i++) {
		a = &m->attachments[i];
		if (a->part < sk->out.data ||
		    a->part > sk->out.data + sk->out.len)
			continue;
		so = (size_t)(a->part - sk->out.data);
		eo = so + a->partlen;
		rs = skel_rawoff(sk, so);
		re = skel_rawoff(sk, eo);
		for (k = 0; k < sk->ncut; k++)
			if (sk->cut[k].at > so && sk->cut[k].at < eo)
				a->size += a->cte == CTE_BASE64 ?
				    sk->cut[k].chars / 4 * 3 :
				    sk->cut[k].bytes;
		a->part = m->raw + rs;
		a->partlen = re - rs;
	}
}

/* The digest of a message, read window by window. */
static void
raw_digest(const char *raw, size_t len, char out[65])
{
	struct crypto_hash	*h = crypto_sha256_new();
	size_t			 off, n;

	for (off = 0; off < len; off += n) {
		n = len - off < RAWMSG_WINDOW ? len - off : RAWMSG_WINDOW;
		crypto_hash_add(h, raw + off, n);
		rawmsg_done(raw + off, n);
	}
	crypto_hash_hex(h, out);
}

/*
 * From, To, Cc and Reply-To, from the raw top-level fields, decoded name
 * by name after the split: a decoded display name may hold commas.
 */
static void
top_addresses(struct parse *c, const char *hfb)
{
	struct mime_message	*m = c->m;
	struct hdrs		*h = &c->top;
	struct mime_addr	*a, **lp;
	const char		*v;
	size_t			 n, i, k, *np;

	m->from.name = xstrdup("");
	m->from.addr = xstrdup("");
	if ((v = hdrs_get(h, "From")) != NULL) {
		addr_list(v, 1, hfb, &a, &n);
		if (n > 0) {
			free(m->from.name);
			free(m->from.addr);
			m->from = a[0];
			a[0].name = a[0].addr = NULL;
		}
		mime_addrs_free(a, n);
		/*
		 * Only exactly one mailbox is a sender we may answer:
		 * anything else leaves the address empty (the pipeline then
		 * answers nobody) and says why.
		 */
		if (!from_plausible(m->from.addr) || n != 1) {
			defect(c, n > 1 ? "From: holds several addresses" :
			    "From: is not one mailbox");
			free(m->from.addr);
			m->from.addr = xstrdup("");
		}
	}
	for (i = 0; i < h->n; i++) {
		if (strcasecmp(h->v[i].name, "To") == 0) {
			lp = &m->to;
			np = &m->nto;
		} else if (strcasecmp(h->v[i].name, "Cc") == 0) {
			lp = &m->cc;
			np = &m->ncc;
		} else
			continue;
		/* Several To: fields are joined. */
		addr_list(h->v[i].value, 1, hfb, &a, &n);
		for (k = 0; k < n && *np < MIME_ADDRS_MAX; k++) {
			*lp = xreallocarray(*lp, *np + 1, sizeof **lp);
			(*lp)[(*np)++] = a[k];
			a[k].name = a[k].addr = NULL;
		}
		mime_addrs_free(a, n);
	}
	if ((v = hdrs_get(h, "Reply-To")) != NULL) {
		addr_list(v, 1, hfb, &a, &n);
		if (n > 0) {
			m->reply_to = xcalloc(1, sizeof *m->reply_to);
			m->reply_to[0] = a[0];
			a[0].name = a[0].addr = NULL;
		}
		mime_addrs_free(a, n);
	}
}

/* Return-Path, the Message-IDs a message names, and its date. */
static void
top_ids(struct parse *c)
{
	struct mime_message	*m = c->m;
	struct hdrs		*h = &c->top;
	const char		*v, *lt, *gt, *end;
	char			*id;

	if ((v = hdrs_get(h, "Return-Path")) != NULL) {
		if ((lt = strchr(v, '<')) != NULL) {
			gt = strchr(lt, '>');
			m->return_path = clean_addr(lt + 1, gt ?
			    (size_t)(gt - lt - 1) : strlen(lt + 1));
		} else
			m->return_path = clean_addr(v, strlen(v));
	}
	m->message_id = msgid(hdrs_get(h, "Message-ID"), NULL);
	m->in_reply_to = msgid(hdrs_get(h, "In-Reply-To"), NULL);
	if ((v = hdrs_get(h, "References")) != NULL) {
		while (m->references.n < MIME_REFS_MAX &&
		    (id = msgid(v, &end)) != NULL) {
			if (!strv_has(&m->references, id))
				strv_add(&m->references, id);
			free(id);
			v = end;
		}
	}
	m->date = parse_date(hdrs_get(h, "Date"));
	if (hdrs_get(h, "Date") != NULL && m->date == 0)
		defect(c, "bad Date");
}

/* The body: the plain text, or the HTML as text when there is none. */
static void
top_body(struct parse *c)
{
	struct mime_message	*m = c->m;

	if (c->html.len > 0)
		m->html = buf_release(&c->html);
	/*
	 * Some clients send an empty text/plain alternative beside the real
	 * HTML: blank plain text does not win over HTML.
	 */
	if (!blank(c->plain.data) || m->html == NULL)
		m->body = buf_release(&c->plain);
	else {
		m->body = html_to_text(m->html, strlen(m->html));
		m->body_html = 1;
	}
	buf_free(&c->plain);
	buf_free(&c->html);
	if (m->content_type == NULL)
		m->content_type = xstrdup("text/plain");
}

/* The entities, from the message or, when it is large, its skeleton. */
static void
parse_entities(struct parse *c, const char *raw, size_t len)
{
	struct skel	 sk;

	/*
	 * A message that cycles its encoded words through more charsets than
	 * charset.c caches cannot buy an iconv_open per word.
	 */
	charset_budget(MIME_ICONV_OPENS);
	if (len > SKEL_MIN) {
		skel_build(raw, len, &sk);
		entity(c, sk.out.data, sk.out.len, 0, 0);
		skel_remap(&sk, c->m);
		/* Pointers into the skeleton may remain (a part the remap
		 * did not know): it lives as long as the message. */
		c->m->skeleton = buf_release(&sk.out);
		free(sk.cut);
	} else
		entity(c, raw, len, 0, 0);
}

int
mime_parse(const char *raw, size_t len, const char *fallback,
    struct mime_message **out, char **cause)
{
	struct mime_message	*m;
	struct parse		 c;
	const char		*v;

	*out = NULL;
	if (cause != NULL)
		*cause = NULL;
	if (raw == NULL || len == 0) {
		if (cause != NULL)
			*cause = xstrdup("empty message");
		return -1;
	}
	if (len > MIME_MAX_SIZE) {
		if (cause != NULL)
			xasprintf(cause, "message too large (%zu bytes)", len);
		return -1;
	}

	m = xcalloc(1, sizeof *m);
	m->raw = raw;
	m->rawlen = len;
	memset(&c, 0, sizeof c);
	c.m = m;
	c.fallback = fallback;
	buf_init(&c.plain, MIME_MAX_SIZE * 2);
	buf_init(&c.html, MIME_MAX_SIZE * 2);
	buf_init(&c.defects, MIME_DEFECTS_MAX);

	parse_entities(&c, raw, len);
	m->subject = xstrdup((v = mime_header(m, "Subject")) ? v : "");
	top_addresses(&c, c.hint[0] ? c.hint : fallback);
	top_ids(&c);
	hdrs_free(&c.top);
	charset_budget(0);
	top_body(&c);

	guess_lang(m);
	/* The digest names a message only when it has no Message-ID. */
	if (m->message_id == NULL || *m->message_id == '\0')
		raw_digest(raw, len, m->digest);
	if (c.defects.len > 0)
		m->defects = buf_release(&c.defects);
	buf_free(&c.defects);
	*out = m;
	return 0;
}

const char *
mime_header(const struct mime_message *m, const char *name)
{
	size_t	 i;

	for (i = 0; i < m->nheaders; i++)
		if (strcasecmp(m->headers[i].name, name) == 0)
			return m->headers[i].value;
	return NULL;
}

void
mime_free(struct mime_message *m)
{
	size_t	 i;

	if (m == NULL)
		return;
	for (i = 0; i < m->nheaders; i++) {
		free(m->headers[i].name);
		free(m->headers[i].value);
	}
	free(m->headers);
	free(m->message_id);
	free(m->in_reply_to);
	strv_free(&m->references);
	strv_free(&m->enclosed_ids);
	free(m->subject);
	free(m->from.name);
	free(m->from.addr);
	mime_addrs_free(m->to, m->nto);
	mime_addrs_free(m->cc, m->ncc);
	mime_addrs_free(m->reply_to, 1);
	free(m->return_path);
	free(m->body);
	free(m->html);
	for (i = 0; i < m->nattachments; i++) {
		free(m->attachments[i].name);
		free(m->attachments[i].type);
	}
	free(m->attachments);
	free(m->content_type);
	free(m->skeleton);
	free(m->defects);
	free(m);
}
