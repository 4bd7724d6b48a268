/*
 * outmsg.c -- building outgoing messages, header by header.
 *
 * The body is UTF-8 in quoted-printable: readable in any client, safe over
 * any relay (no 8BITMIME needed), and with lines short enough for RFC 5322.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "charset.h"
#include "clock.h"
#include "crypto.h"
#include "outmsg.h"
#include "xmalloc.h"

#define OUTMSG_MAX	(60U * 1024 * 1024)
#define OUTMSG_NAME_MAX	200	/* display name, bytes */

int
outmsg_addr_ok(const char *addr)
{
	const char	*s, *at;

	if (addr == NULL || (at = strchr(addr, '@')) == NULL || at == addr ||
	    at[1] == '\0' || strchr(at + 1, '@') != NULL || strlen(addr) > 254)
		return 0;
	for (s = addr; *s; s++)
		if ((unsigned char)*s <= ' ' || *s == '<' || *s == '>' ||
		    *s == '(' || *s == ')' || *s == ',' || *s == ';' ||
		    *s == '"' || *s == '\\' || (unsigned char)*s == 0x7f)
			return 0;
	return 1;
}

/* Flatten CR and LF (and other controls) that must not reach a header. */
static char *
flatten(const char *s)
{
	char	*d = xstrdup(s ? s : ""), *p;

	for (p = d; *p; p++)
		if ((unsigned char)*p < ' ' || (unsigned char)*p == 0x7f)
			*p = ' ';
	return d;
}

static int
needs_encoding(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s >= 0x7f)
			return 1;
	return 0;
}

/* Name: text, as RFC 2047 words or plain, folded by charset.c. */
static void
add_text_header(struct buf *b, const char *name, const char *value)
{
	char	*flat = flatten(value), *enc;

	enc = charset_encode_header(flat, strlen(name) + 2);
	buf_printf(b, "%s: %s\r\n", name, enc);
	free(enc);
	free(flat);
}

/* Name: "Display" <addr>, the display name quoted or encoded. */
static void
add_addr_header(struct buf *b, const char *name, const char *display,
    const char *addr)
{
	char		*flat, *enc;
	const char	*s;

	flat = flatten(display);
	if (*flat == '\0')
		buf_printf(b, "%s: <%s>\r\n", name, addr);
	else if (needs_encoding(flat)) {
		enc = charset_encode_header(flat, strlen(name) + 2);
		buf_printf(b, "%s: %s <%s>\r\n", name, enc, addr);
		free(enc);
	} else {
		/* A quoted name is not folded: keep it to a sane length. */
		if (strlen(flat) > OUTMSG_NAME_MAX)
			flat[OUTMSG_NAME_MAX] = '\0';
		buf_printf(b, "%s: \"", name);
		for (s = flat; *s; s++) {
			if (*s == '"' || *s == '\\')
				buf_addc(b, '\\');
			buf_addc(b, *s);
		}
		buf_printf(b, "\" <%s>\r\n", addr);
	}
	free(flat);
}

/* A Message-ID from the clock and 96 random bits, under our domain. */
static char *
mint_message_id(const char *from_addr)
{
	unsigned char	 r[12];
	char		 hex[25], *id;
	const char	*dom = strchr(from_addr, '@');
	size_t		 i;

	if (crypto_random(r, sizeof r) == -1)
		memset(r, 0, sizeof r);
	for (i = 0; i < sizeof r; i++)
		snprintf(hex + 2 * i, 3, "%02x", r[i]);
	xasprintf(&id, "%lld.%s@%s", (long long)time(NULL), hex,
	    dom ? dom + 1 : "localhost");
	return id;
}

/* Message-IDs go between brackets; refuse any that would break out. */
static int
msgid_ok(const char *id)
{
	const char	*s;

	if (id == NULL || *id == '\0' || strlen(id) > 900)
		return 0;
	for (s = id; *s; s++)
		if ((unsigned char)*s <= ' ' || *s == '<' || *s == '>' ||
		    (unsigned char)*s >= 0x7f)
			return 0;
	return 1;
}

/* A MIME type we may write as it is: type/subtype of token characters. */
static int
type_ok(const char *t)
{
	const char	*slash;

	if (t == NULL || (slash = strchr(t, '/')) == NULL || slash == t ||
	    slash[1] == '\0' || strlen(t) > 100)
		return 0;
	for (; *t != '\0'; t++)
		if (!isalnum((unsigned char)*t) && strchr("!#$&^_.+-/", *t) ==
		    NULL)
			return 0;
	return 1;
}

/* One attached file: base64 in 76-column lines, its name RFC 2231-encoded. */
static void
add_file(struct buf *b, const char *boundary, const struct outmsg_file *f)
{
	static const char b64[] =
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	const unsigned char *p = (const unsigned char *)f->data;
	const char	*n;
	size_t		 i, col = 0;
	unsigned int	 v;

	buf_printf(b, "--%s\r\nContent-Type: %s\r\n"
	    "Content-Transfer-Encoding: base64\r\n"
	    "Content-Disposition: attachment", boundary,
	    type_ok(f->type) ? f->type : "application/octet-stream");
	if (f->name != NULL && *f->name != '\0') {
		buf_adds(b, ";\r\n filename*=UTF-8''");
		for (n = f->name; *n != '\0' && n - f->name < 200; n++) {
			if (isalnum((unsigned char)*n) || strchr(".-_", *n))
				buf_addc(b, *n);
			else
				buf_printf(b, "%%%02X", (unsigned char)*n);
		}
	}
	buf_adds(b, "\r\n\r\n");
	for (i = 0; i < f->len; i += 3) {
		v = (unsigned int)p[i] << 16;
		if (i + 1 < f->len)
			v |= (unsigned int)p[i + 1] << 8;
		if (i + 2 < f->len)
			v |= p[i + 2];
		buf_addc(b, b64[(v >> 18) & 63]);
		buf_addc(b, b64[(v >> 12) & 63]);
		buf_addc(b, i + 1 < f->len ? b64[(v >> 6) & 63] : '=');
		buf_addc(b, i + 2 < f->len ? b64[v & 63] : '=');
		if ((col += 4) >= 76) {
			buf_adds(b, "\r\n");
			col = 0;
		}
	}
	if (col > 0)
		buf_adds(b, "\r\n");
}

/* Quoted-printable (RFC 2045) of UTF-8 text with LF line ends. */
static void
add_qp(struct buf *b, const char *text)
{
	const unsigned char *s = (const unsigned char *)text;
	int	 col = 0;

	for (; *s; s++) {
		if (*s == '\r')
			continue;
		if (*s == '\n') {
			buf_adds(b, "\r\n");
			col = 0;
			continue;
		}
		/* Soft break before going past 76 characters. */
		if (col >= 73) {
			buf_adds(b, "=\r\n");
			col = 0;
		}
		if ((*s >= 33 && *s <= 126 && *s != '=') ||
		    ((*s == ' ' || *s == '\t') && s[1] != '\n' &&
		    s[1] != '\r' && s[1] != '\0')) {
			/*
			 * A leading dot survives any SMTP client this way,
			 * and "From " any mbox that would quote it.
			 */
			if (col == 0 && (*s == '.' || (*s == 'F' &&
			    strncmp((const char *)s, "From ", 5) == 0))) {
				buf_printf(b, "=%02X", *s);
				col += 3;
			} else {
				buf_addc(b, (char)*s);
				col++;
			}
		} else {
			buf_printf(b, "=%02X", *s);
			col += 3;
		}
	}
	if (col > 0)
		buf_adds(b, "\r\n");
}

/* The addresses a message goes from, to and answers to: -1 and a cause. */
static int
check_addrs(const struct outmsg *o, char **cause)
{
	if (!outmsg_addr_ok(o->from_addr)) {
		xasprintf(cause, "bad sender address");
		return -1;
	}
	if (!outmsg_addr_ok(o->to_addr)) {
		xasprintf(cause, "bad recipient address");
		return -1;
	}
	if (o->reply_to != NULL && !outmsg_addr_ok(o->reply_to)) {
		xasprintf(cause, "bad reply address");
		return -1;
	}
	return 0;
}

/* References:, folded, the last 20: enough to thread, short enough to send. */
static void
add_references(struct buf *b, const struct strv *refs)
{
	size_t	 i;
	int	 any = 0;

	if (refs == NULL || refs->n == 0)
		return;
	for (i = refs->n > 20 ? refs->n - 20 : 0; i < refs->n; i++) {
		if (!msgid_ok(refs->v[i]))
			continue;
		buf_printf(b, "%s<%s>", any ? "\r\n " : "References: ",
		    refs->v[i]);
		any = 1;
	}
	if (any)
		buf_adds(b, "\r\n");
}

/* Every header up to and with MIME-Version, Message-ID <id>. */
static void
add_headers(struct buf *b, const struct outmsg *o, const char *id)
{
	char		 date[64];
	time_t		 t = o->date ? o->date : clock_now();
	struct tm	 tm;

	gmtime_r(&t, &tm);
	strftime(date, sizeof date, "%a, %d %b %Y %H:%M:%S +0000", &tm);
	buf_printf(b, "Date: %s\r\n", date);
	add_addr_header(b, "From", o->from_name, o->from_addr);
	add_addr_header(b, "To", o->to_name, o->to_addr);
	if (o->reply_to != NULL)
		add_addr_header(b, "Reply-To", o->from_name, o->reply_to);
	add_text_header(b, "Subject", o->subject);
	buf_printf(b, "Message-ID: <%s>\r\n", id);
	if (msgid_ok(o->in_reply_to))
		buf_printf(b, "In-Reply-To: <%s>\r\n", o->in_reply_to);
	add_references(b, o->references);
	if (o->auto_submitted != NULL)
		buf_printf(b, "Auto-Submitted: %s\r\n", o->auto_submitted);
	buf_printf(b, "X-Loop: %s\r\n", o->from_addr);
	if (o->case_ref != NULL && msgid_ok(o->case_ref))
		buf_printf(b, "X-Support-Case: %s\r\n", o->case_ref);
	buf_adds(b, "MIME-Version: 1.0\r\n");
}

/* The forwarded message as it came, with CRLF line ends. */
static void
add_forward(struct buf *b, const char *boundary, const struct outmsg *o)
{
	size_t	 i;

	buf_printf(b, "--%s\r\nContent-Type: message/rfc822\r\n"
	    "Content-Disposition: attachment; filename=\"%s\"\r\n\r\n",
	    boundary, "message.eml");
	for (i = 0; i < o->attach_len; i++) {
		if (o->attach_raw[i] == '\n' &&
		    (i == 0 || o->attach_raw[i - 1] != '\r'))
			buf_addc(b, '\r');
		buf_addc(b, o->attach_raw[i]);
	}
	if (o->attach_len > 0 && o->attach_raw[o->attach_len - 1] != '\n')
		buf_adds(b, "\r\n");
}

/*
 * The body: one text part, or with files or a forwarded message, a
 * multipart/mixed with the text first.
 */
static void
add_body(struct buf *b, const struct outmsg *o)
{
	char		 boundary[64];
	unsigned char	 r[8];
	size_t		 i;

	if (o->attach_raw == NULL && o->nfiles == 0) {
		buf_adds(b, "Content-Type: text/plain; charset=UTF-8\r\n"
		    "Content-Transfer-Encoding: quoted-printable\r\n\r\n");
		add_qp(b, o->body ? o->body : "");
		return;
	}
	if (crypto_random(r, sizeof r) == -1)
		memset(r, 0, sizeof r);
	snprintf(boundary, sizeof boundary,
	    "=_supportd_%02x%02x%02x%02x%02x%02x%02x%02x",
	    r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7]);
	buf_printf(b, "Content-Type: multipart/mixed; "
	    "boundary=\"%s\"\r\n\r\n", boundary);
	buf_printf(b, "--%s\r\nContent-Type: text/plain; "
	    "charset=UTF-8\r\nContent-Transfer-Encoding: "
	    "quoted-printable\r\n\r\n", boundary);
	add_qp(b, o->body ? o->body : "");
	for (i = 0; i < o->nfiles; i++)
		add_file(b, boundary, &o->files[i]);
	if (o->attach_raw != NULL)
		add_forward(b, boundary, o);
	buf_printf(b, "--%s--\r\n", boundary);
}

int
outmsg_build(const struct outmsg *o, char **raw, size_t *rawlen,
    char **message_id, char **cause)
{
	struct buf	 b;
	char		*id;

	if (check_addrs(o, cause) == -1)
		return -1;
	id = mint_message_id(o->from_addr);
	buf_init(&b, OUTMSG_MAX);
	add_headers(&b, o, id);
	add_body(&b, o);
	if (b.len >= OUTMSG_MAX - 16) {
		buf_free(&b);
		free(id);
		xasprintf(cause, "message too large");
		return -1;
	}
	*rawlen = b.len;
	*raw = buf_release(&b);
	*message_id = id;
	return 0;
}
