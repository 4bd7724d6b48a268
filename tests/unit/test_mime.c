/*
 * test_mime.c -- the message parser against the corpus in tests/corpus/mime:
 * real charsets of Greek, Polish and Spanish mail, MIME structures, and a
 * hostile corpus (bad boundaries, unterminated multiparts, deep nesting,
 * huge header lines, NUL bytes, garbage) that must parse without a crash,
 * a leak or a fatal().
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "charset.h"
#include "crypto.h"
#include "mime.h"
#include "test.h"
#include "xmalloc.h"

#define CORPUS	"tests/corpus/mime/"

static struct mime_message *
load(const char *name, char **rawp)
{
	struct mime_message	*m = NULL;
	char			 path[512], *cause = NULL;
	size_t			 len;

	snprintf(path, sizeof path, CORPUS "%s", name);
	*rawp = test_slurp(path, &len);
	if (mime_parse(*rawp, len, NULL, &m, &cause) != 0) {
		fprintf(stderr, "%s: %s\n", name, cause ? cause : "?");
		free(cause);
		return NULL;
	}
	return m;
}

static void
done(struct mime_message *m, char *raw)
{
	mime_free(m);
	free(raw);
}

/* What every output string must be, whatever came in: valid UTF-8, LF. */
static void
check_utf8(const char *s)
{
	CHECK(s != NULL);
	if (s == NULL)
		return;
	CHECK(strchr(s, '\r') == NULL);
	CHECK(charset_valid_utf8(s, strlen(s)));
}

/* No replacement character, no typical mojibake of UTF-8 read as Latin. */
static void
check_clean(const char *s)
{
	check_utf8(s);
	if (s == NULL)
		return;
	CHECK(strstr(s, "\xef\xbf\xbd") == NULL);
	CHECK(strstr(s, "Ã") == NULL);
	CHECK(strstr(s, "Î") == NULL);
	CHECK(strstr(s, "Ï") == NULL);
	CHECK(strstr(s, "Å") == NULL);
	CHECK(strchr(s, '\r') == NULL);
	CHECK(charset_valid_utf8(s, strlen(s)));
}

static const char el_body[] = "Καλησπέρα σας,\n\nΘα ήθελα επιστροφή χρημάτων "
    "για την παραγγελία 123456. Άλλο ένα θέμα: το προϊόν ήρθε σπασμένο.\n\n"
    "Ευχαριστώ,\nΜαρία\n";
static const char pl_body[] = "Dzień dobry,\n\nZwrot pieniędzy, zamówienie nr "
    "123456, źle, żółć. Proszę o szybką odpowiedź.\n\nPozdrawiam,\n"
    "Łukasz Ślęzak\n";

static void
test_greek_iso(void)
{
	char			*raw;
	struct mime_message	*m = load("greek-iso8859-7.eml", &raw);

	if (m == NULL) {
		CHECK(0);
		return;
	}
	CHECK_STR(m->subject, "Επιστροφή χρημάτων για την παραγγελία");
	CHECK_STR(m->body, el_body);
	CHECK_STR(m->from.name, "Μαρία Παπαδοπούλου");
	CHECK_STR(m->from.addr, "Maria@example.gr");
	CHECK_STR(m->return_path, "maria@example.gr");
	CHECK_STR(m->message_id, "el1@example.gr");
	CHECK_INT(m->date, 1738569600);
	CHECK_STR(m->lang, "el");
	CHECK_STR(m->content_type, "text/plain");
	CHECK(m->defects == NULL);
	check_clean(m->body);
	check_clean(m->subject);
	done(m, raw);
}

static void
test_greek_win(void)
{
	char			*raw;
	struct mime_message	*m = load("greek-windows-1253.eml", &raw);

	if (m == NULL) {
		CHECK(0);
		return;
	}
	CHECK_STR(m->subject, "Άκυρη χρέωση");
	CHECK_STR(m->body, el_body);
	CHECK_STR(m->from.name, "Γιώργος");
	CHECK_STR(m->lang, "el");
	CHECK(m->defects == NULL);
	check_clean(m->body);
	done(m, raw);
}

static void
test_polish(void)
{
	char			*raw;
	struct mime_message	*m = load("polish-iso8859-2.eml", &raw);

	if (m == NULL) {
		CHECK(0);
		return;
	}
	CHECK_STR(m->subject, "Zwrot pieniędzy, zamówienie nr 123456");
	CHECK_STR(m->body, pl_body);
	CHECK_STR(m->from.name, "Łukasz Ślęzak");
	CHECK_STR(m->to[0].name, "Support");
	CHECK_STR(m->lang, "pl");
	CHECK_STR(m->content_type, "multipart/mixed");
	CHECK_INT(m->nattachments, 1);
	if (m->nattachments == 1) {
		CHECK_STR(m->attachments[0].name, "faktura_żółć.pdf");
		CHECK_STR(m->attachments[0].type, "application/pdf");
		CHECK_INT(m->attachments[0].size, 13 + 256);
	}
	CHECK(m->defects == NULL);
	check_clean(m->body);
	done(m, raw);

	m = load("polish-windows-1250.eml", &raw);
	if (m == NULL) {
		CHECK(0);
		return;
	}
	CHECK_STR(m->subject, "Źle naliczona opłata, żółć");
	CHECK_STR(m->body, pl_body);
	CHECK_STR(m->lang, "pl");
	check_clean(m->body);
	done(m, raw);
}

static void
test_spanish(void)
{
	char			*raw;
	struct mime_message	*m = load("spanish-latin1-cp1252.eml", &raw);

	if (m == NULL) {
		CHECK(0);
		return;
	}
	CHECK_STR(m->subject, "Devolución del pedido, señor, ¿cuándo?");
	CHECK_STR(m->body, "Hola,\n\nDevolución del pedido, señor, ¿cuándo? "
	    "Me dijeron “pronto” y pagué 25€ — todavía nada.\n\nSaludos,\n"
	    "José Núñez\n");
	CHECK_STR(m->from.name, "José Núñez");
	CHECK_STR(m->from.addr, "jose@example.es");
	CHECK_STR(m->lang, "es");
	CHECK(m->defects == NULL);
	check_clean(m->body);
	done(m, raw);

	m = load("spanish-iso8859-15.eml", &raw);
	if (m == NULL) {
		CHECK(0);
		return;
	}
	CHECK_STR(m->body, "Buenos días,\nEl pedido llegó roto. ¿Pueden "
	    "enviarme otro? Precio: 30 €.\n");
	CHECK_STR(m->lang, "es");
	check_clean(m->body);
	done(m, raw);
}

static void
test_alternative(void)
{
	char			*raw;
	struct mime_message	*m = load("alternative.eml", &raw);

	if (m == NULL) {
		CHECK(0);
		return;
	}
	CHECK_STR(m->body, "Hello, my order 123456 has not arrived yet. Can "
	    "you check it please?");
	CHECK_INT(m->body_html, 0);
	CHECK_CONTAINS(m->html, "<b>123456</b>");
	CHECK_INT(m->nattachments, 0);
	CHECK_STR(m->lang, "en");
	CHECK_STR(m->from.name, "John Smith");
	done(m, raw);
}

static void
test_alternative_blank_plain(void)
{
	char			*raw;
	struct mime_message	*m = load("alternative-empty-plain.eml", &raw);

	if (m == NULL) {
		CHECK(0);
		return;
	}
	CHECK_INT(m->body_html, 1);
	CHECK_STR(m->body, "Dzień dobry, proszę o zwrot pieniędzy.");
	CHECK_STR(m->subject, "Zamówienie");
	CHECK_STR(m->lang, "pl");
	done(m, raw);
}

static void
test_html_only(void)
{
	char			*raw;
	struct mime_message	*m = load("html-only.eml", &raw);

	if (m == NULL) {
		CHECK(0);
		return;
	}
	CHECK_INT(m->body_html, 1);
	CHECK_STR(m->body, "Hello there,& welcome <friend>\n\nLine one\n"
	    "Line two\n\n- first\n- second €5 – “quoted”\n\na b\nc d\n\n"
	    "See tracking <https://example.com/track?id=1>");
	CHECK(strstr(m->body, "alert") == NULL);
	CHECK(strstr(m->body, "color") == NULL);
	CHECK_CONTAINS(m->html, "<script>");
	check_clean(m->body);
	done(m, raw);
}

static void
test_nested(void)
{
	char			*raw;
	struct mime_message	*m = load("nested.eml", &raw);

	if (m == NULL) {
		CHECK(0);
		return;
	}
	CHECK_STR(m->body, "See the forwarded message below.");
	CHECK_INT(m->body_html, 0);
	/* The HTML twin sits in multipart/related: kept, images not listed. */
	CHECK_CONTAINS(m->html, "<i>forwarded</i>");
	CHECK_INT(m->nattachments, 2);
	if (m->nattachments == 2) {
		CHECK_STR(m->attachments[0].name, "Παραστατικό.pdf");
		CHECK_STR(m->attachments[0].type, "application/pdf");
		CHECK_INT(m->attachments[0].size, 11);
		/* A forwarded message is an attachment named by its subject. */
		CHECK_STR(m->attachments[1].name, "Delivery failed");
		CHECK_STR(m->attachments[1].type, "message/rfc822");
	}
	CHECK(m->defects == NULL);
	done(m, raw);
}

static void
test_mixed(void)
{
	char			*raw;
	struct mime_message	*m = load("mixed-two-text.eml", &raw);

	if (m == NULL) {
		CHECK(0);
		return;
	}
	CHECK_STR(m->body, "First part.\n\nSecond part: żółć.\n");
	CHECK_INT(m->nattachments, 1);
	if (m->nattachments == 1) {
		CHECK_STR(m->attachments[0].name, "photo.jpg");
		CHECK_STR(m->attachments[0].type, "image/jpeg");
		CHECK_INT(m->attachments[0].size, 6);
	}
	done(m, raw);

	m = load("rfc2231-continuation.eml", &raw);
	if (m == NULL) {
		CHECK(0);
		return;
	}
	CHECK_STR(m->body, "attached");
	CHECK_INT(m->nattachments, 2);
	if (m->nattachments == 2) {
		CHECK_STR(m->attachments[0].name, "Zamówienie żółć.txt");
		CHECK_STR(m->attachments[0].type, "application/octet-stream");
		CHECK_INT(m->attachments[0].size, 3);
		CHECK_STR(m->attachments[1].name, "plain name.csv");
		CHECK_STR(m->attachments[1].type, "text/csv");
	}
	done(m, raw);
}

static void
test_addresses(void)
{
	char			*raw;
	struct mime_message	*m = load("addresses.eml", &raw);

	if (m == NULL) {
		CHECK(0);
		return;
	}
	CHECK_STR(m->from.name, "Núñez, José");
	CHECK_STR(m->from.addr, "Jose.Nunez@example.es");
	CHECK_STR(m->return_path, "");
	CHECK_INT(m->nto, 3);
	if (m->nto == 3) {
		CHECK_STR(m->to[0].name, "");
		CHECK_STR(m->to[0].addr, "support@desk.example");
		CHECK_STR(m->to[1].name, "Smith, John");
		CHECK_STR(m->to[1].addr, "JOHN@example.com");
		CHECK_STR(m->to[2].name, "Μαρία");
		CHECK_STR(m->to[2].addr, "maria@example.gr");
	}
	CHECK_INT(m->ncc, 3);
	if (m->ncc == 3) {
		CHECK_STR(m->cc[0].addr, "ann@example.com");
		CHECK_STR(m->cc[1].addr, "bob@example.com");
		CHECK_STR(m->cc[2].addr, "carol@example.com");
		CHECK_STR(m->cc[2].name, "Carol C");
	}
	CHECK(m->reply_to != NULL);
	if (m->reply_to != NULL)
		CHECK_STR(m->reply_to->addr, "replies@example.com");
	CHECK_STR(m->message_id, "abc.123@mail.example.es");
	CHECK_STR(m->in_reply_to, "CS-1042.1@desk.example");
	CHECK_INT(m->references.n, 3);
	if (m->references.n == 3) {
		CHECK_STR(m->references.v[0], "first@x");
		CHECK_STR(m->references.v[2], "CS-1042.1@desk.example");
	}
	CHECK_INT(m->date, 1738679415);
	CHECK_STR(mime_header(m, "message-id"), "<abc.123@mail.example.es>");
	CHECK_STR(mime_header(m, "FROM"),
	    "\"Núñez, José\" <Jose.Nunez@Example.ES>");
	CHECK(mime_header(m, "X-None") == NULL);
	done(m, raw);
}

static void
test_headers_8bit(void)
{
	char			*raw;
	struct mime_message	*m = load("raw-8bit-headers.eml", &raw);

	if (m == NULL) {
		CHECK(0);
		return;
	}
	CHECK_STR(m->subject, "Zwrot pieniędzy");
	CHECK_STR(m->from.name, "José");
	done(m, raw);

	m = load("unknown-charset.eml", &raw);
	if (m == NULL) {
		CHECK(0);
		return;
	}
	CHECK(m->defects != NULL);
	CHECK_STR(m->subject, "Pedido señor");
	CHECK_STR(m->body, "Hola señor, ¿dónde está mi pedido?\n");
	done(m, raw);
}

/* Raw 8-bit text without a charset: the caller's fallback decides. */
static void
test_fallback(void)
{
	static const char raw[] = "Subject: \xe3\xe9\xe1\r\n\r\n"
	    "\xc5\xf0\xe9\xf3\xf4\xf1\xef\xf6\xde\r\n";
	struct mime_message	*m;

	CHECK_INT(mime_parse(raw, sizeof raw - 1, "ISO-8859-7", &m, NULL), 0);
	CHECK_STR(m->subject, "για");
	CHECK_STR(m->body, "Επιστροφή\n");
	mime_free(m);
	CHECK_INT(mime_parse(raw, sizeof raw - 1, NULL, &m, NULL), 0);
	check_utf8(m->body);		/* windows-1252: wrong but valid */
	mime_free(m);
}

static void
test_qp_b64(void)
{
	static const char raw[] = "Content-Type: text/plain; charset=utf-8\r\n"
	    "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
	    "Zwrot pieni=C4=99dzy, bardzo d=\r\nługi wiersz =3D ok=\r\n"
	    "=\r\n= \r\nend=4\r\n";
	static const char raw2[] = "Content-Type: text/plain; charset=utf-8\r\n"
	    "Content-Transfer-Encoding: BASE64\r\n\r\n"
	    "zpXPgM65z4PP\r\nhM+Bzr/Phs6u\r\n";
	struct mime_message	*m;

	CHECK_INT(mime_parse(raw, sizeof raw - 1, NULL, &m, NULL), 0);
	CHECK_STR(m->body, "Zwrot pieniędzy, bardzo długi wiersz = ok"
	    "end=4\n");
	mime_free(m);
	CHECK_INT(mime_parse(raw2, sizeof raw2 - 1, NULL, &m, NULL), 0);
	CHECK_STR(m->body, "Επιστροφή");
	mime_free(m);
}

static void
test_hostile_corpus(void)
{
	char			*raw;
	struct mime_message	*m;

	/*
	 * Boundaries RFC 2046 forbids but clients accept are split at, with
	 * a defect; only a multipart without any boundary is one text.
	 */
	m = load("bad-boundary-quote.eml", &raw);
	CHECK(m != NULL);
	if (m != NULL) {
		CHECK_CONTAINS(m->defects, "boundary not as RFC 2046 allows");
		CHECK_STR(m->body, "hello");
		done(m, raw);
	}
	m = load("bad-boundary-long.eml", &raw);
	CHECK(m != NULL);
	if (m != NULL) {
		CHECK_CONTAINS(m->defects, "boundary not as RFC 2046 allows");
		CHECK_STR(m->body, "hi");
		done(m, raw);
	}
	m = load("bad-boundary-missing.eml", &raw);
	CHECK(m != NULL);
	if (m != NULL) {
		CHECK_CONTAINS(m->defects, "multipart without boundary");
		CHECK_STR(m->body, "text without parts\n");
		done(m, raw);
	}
	m = load("bad-boundary-unterminated-quote.eml", &raw);
	CHECK(m != NULL);
	if (m != NULL) {
		CHECK_CONTAINS(m->defects, "boundary not as RFC 2046 allows");
		done(m, raw);
	}
	m = load("unterminated.eml", &raw);
	CHECK(m != NULL);
	if (m != NULL) {
		CHECK_CONTAINS(m->defects, "multipart not terminated");
		CHECK_STR(m->body, "first\n\nsecond, and the message ends here");
		done(m, raw);
	}
	m = load("boundary-prefix.eml", &raw);
	CHECK(m != NULL);
	if (m != NULL) {
		CHECK_STR(m->body, "inner text");
		CHECK_INT(m->nattachments, 1);
		CHECK(m->defects == NULL);
		done(m, raw);
	}
	m = load("nul-bytes.eml", &raw);
	CHECK(m != NULL);
	if (m != NULL) {
		CHECK_STR(m->subject, "nul here");
		CHECK_STR(m->body, "bodywithnuls\n");
		done(m, raw);
	}
	m = load("no-headers.eml", &raw);
	CHECK(m != NULL);
	if (m != NULL) {
		CHECK_STR(m->subject, "");
		CHECK_STR(m->from.addr, "");
		CHECK_CONTAINS(m->body, "Just some text");
		CHECK(m->message_id == NULL);
		CHECK(m->return_path == NULL);
		CHECK(m->reply_to == NULL);
		CHECK_INT(m->date, 0);
		done(m, raw);
	}
	m = load("headers-only.eml", &raw);
	CHECK(m != NULL);
	if (m != NULL) {
		CHECK_STR(m->subject, "no body");
		CHECK_STR(m->body, "");
		done(m, raw);
	}
	m = load("lf-only.eml", &raw);
	CHECK(m != NULL);
	if (m != NULL) {
		CHECK_STR(m->body, "line1\nline2");
		done(m, raw);
	}
	m = load("deep-nesting.eml", &raw);
	CHECK(m != NULL);
	if (m != NULL) {
		CHECK_CONTAINS(m->defects, "nested too deep");
		CHECK_STR(m->subject, "deep");
		done(m, raw);
	}
	m = load("huge-header.eml", &raw);
	CHECK(m != NULL);
	if (m != NULL) {
		CHECK_CONTAINS(m->defects, "header field too long");
		CHECK_INT(strlen(m->subject), 64 * 1024 - 1);
		CHECK_STR(m->body, "small body\n");
		CHECK_STR(m->from.addr, "big@example.com");
		done(m, raw);
	}
	m = load("missing-headers.eml", &raw);
	CHECK(m != NULL);
	if (m != NULL) {
		CHECK_STR(m->body, "Zwrot pieniędzy");
		CHECK_STR(m->subject, "");
		CHECK_STR(m->from.name, "");
		CHECK_STR(m->from.addr, "");
		CHECK_INT(m->nto, 0);
		CHECK(m->to == NULL);
		done(m, raw);
	}
	m = load("garbage.eml", &raw);
	CHECK(m != NULL);
	if (m != NULL) {
		CHECK(m->defects != NULL);
		CHECK_STR(m->lang, "");
		check_utf8(m->body);
		done(m, raw);
	}
}

static void
test_limits(void)
{
	struct mime_message	*m = NULL;
	struct buf		 b;
	char			*cause = NULL;
	size_t			 i;

	CHECK_INT(mime_parse("", 0, NULL, &m, &cause), -1);
	CHECK(m == NULL);
	CHECK(cause != NULL);
	free(cause);
	cause = NULL;
	/* Refused before a single byte is read. */
	CHECK_INT(mime_parse("x", MIME_MAX_SIZE + 1, NULL, &m, &cause), -1);
	CHECK_CONTAINS(cause, "too large");
	free(cause);

	/* 1000 nested multiparts. */
	buf_init(&b, 0);
	buf_adds(&b, "Subject: deep\r\n");
	for (i = 0; i < 1000; i++)
		buf_printf(&b, "Content-Type: multipart/mixed; boundary=b%zu"
		    "\r\n\r\n--b%zu\r\n", i, i);
	buf_adds(&b, "Content-Type: text/plain\r\n\r\ndeepest\r\n");
	CHECK_INT(mime_parse(b.data, b.len, NULL, &m, NULL), 0);
	CHECK_CONTAINS(m->defects, "nested too deep");
	mime_free(m);
	buf_free(&b);

	/* A 2 MB header line and a header of 100000 folded lines. */
	buf_init(&b, 0);
	buf_adds(&b, "Subject: ");
	for (i = 0; i < 2 * 1024 * 1024; i++)
		buf_addc(&b, 'a' + (char)(i % 26));
	buf_adds(&b, "\r\nX-Fold: x");
	for (i = 0; i < 100000; i++)
		buf_adds(&b, "\r\n =?utf-8?q?=C5=BC?=");
	buf_adds(&b, "\r\n\r\nbody\r\n");
	CHECK_INT(mime_parse(b.data, b.len, NULL, &m, NULL), 0);
	CHECK_CONTAINS(m->defects, "header field too long");
	CHECK(strlen(m->subject) <= 64 * 1024);
	CHECK_STR(m->body, "body\n");
	mime_free(m);
	buf_free(&b);

	/* 5000 parts and 5000 header fields. */
	buf_init(&b, 0);
	buf_adds(&b, "Content-Type: multipart/mixed; boundary=p\r\n");
	for (i = 0; i < 5000; i++)
		buf_printf(&b, "X-H%zu: v\r\n", i);
	buf_adds(&b, "\r\n");
	for (i = 0; i < 5000; i++)
		buf_adds(&b, "--p\r\nContent-Type: image/gif; name=a.gif\r\n"
		    "\r\nGIF\r\n");
	buf_adds(&b, "--p--\r\n");
	CHECK_INT(mime_parse(b.data, b.len, NULL, &m, NULL), 0);
	CHECK_CONTAINS(m->defects, "too many parts");
	CHECK_CONTAINS(m->defects, "too many header fields");
	CHECK(m->nattachments < 5000);
	mime_free(m);
	buf_free(&b);
}

/* Every corpus file, whole and cut short at many points. */
static void
test_every_file(void)
{
	DIR		*d;
	struct dirent	*de;
	int		 nfiles = 0;

	if ((d = opendir(CORPUS)) == NULL) {
		CHECK(0);
		return;
	}
	while ((de = readdir(d)) != NULL) {
		char			 path[512];
		char			*raw;
		size_t			 len, cut, step, k;
		struct mime_message	*m;

		if (strstr(de->d_name, ".eml") == NULL)
			continue;
		nfiles++;
		snprintf(path, sizeof path, CORPUS "%s", de->d_name);
		raw = test_slurp(path, &len);
		step = len / 40 ? len / 40 : 1;
		for (cut = len; cut > 0; cut = cut > step ? cut - step : 0) {
			/* A copy of exactly cut bytes, so ASan sees overreads. */
			char	*copy = xmalloc(cut);

			memcpy(copy, raw, cut);
			CHECK_INT(mime_parse(copy, cut, NULL, &m, NULL), 0);
			check_utf8(m->body);
			check_utf8(m->subject);
			for (k = 0; k < m->nheaders; k++) {
				CHECK(strchr(m->headers[k].value, '\n') ==
				    NULL);
				CHECK(charset_valid_utf8(m->headers[k].value,
				    strlen(m->headers[k].value)));
			}
			for (k = 0; k < m->nattachments; k++)
				CHECK(charset_valid_utf8(m->attachments[k].name,
				    strlen(m->attachments[k].name)));
			/* A message without a Message-ID is named by digest. */
			CHECK_INT(strlen(m->digest), m->message_id ? 0 : 64);
			mime_free(m);
			free(copy);
		}
		free(raw);
	}
	closedir(d);
	CHECK(nfiles >= 20);
}

static void
test_public_addrs(void)
{
	struct mime_addr	*a;
	size_t			 n;

	CHECK_INT(mime_parse_addrs("Νίκος Π. <nikos@Example.GR>, "
	    "\"Smith, J\" <j@x.com>, bare@Host.ORG, <>, Only Name, "
	    "undisclosed-recipients:;", &a, &n), 0);
	CHECK_INT(n, 4);
	if (n == 4) {
		CHECK_STR(a[0].name, "Νίκος Π.");
		CHECK_STR(a[0].addr, "nikos@example.gr");
		CHECK_STR(a[1].name, "Smith, J");
		CHECK_STR(a[2].addr, "bare@host.org");
		CHECK_STR(a[2].name, "");
		CHECK_STR(a[3].name, "Only Name");
		CHECK_STR(a[3].addr, "");
	}
	mime_addrs_free(a, n);
}

static void
test_dates(void)
{
	static const struct {
		const char	*date;
		long long	 t;
	} d[] = {
		{ "Mon, 3 Feb 2025 10:00:00 +0200", 1738569600 },
		{ "Mon,  3 Feb 2025 10:00:00 +0200 (EET)", 1738569600 },
		{ "3 Feb 2025 10:00 GMT", 1738576800 },
		{ "Mon, 3 Feb 2025 10:00:00 UT", 1738576800 },
		{ "Mon, 03 Feb 2025 10:00:00 EST", 1738594800 },
		{ "Mon, 3 Feb 25 10:00:00 +0000", 1738576800 },
		{ "Thu, 1 Jan 1970 00:00:00 -0100", 3600 },
		{ "2025-02-03T10:00:00Z", 0 },
		{ "yesterday", 0 },
		{ "Mon, 3 Feb 2025 25:00:00 +0000", 0 },
	};
	struct mime_message	*m;
	char			*raw;
	size_t			 i;

	for (i = 0; i < sizeof d / sizeof d[0]; i++) {
		xasprintf(&raw, "Date: %s\r\n\r\nx\r\n", d[i].date);
		CHECK_INT(mime_parse(raw, strlen(raw), NULL, &m, NULL), 0);
		if (m->date != d[i].t)
			fprintf(stderr, "date \"%s\"\n", d[i].date);
		CHECK_INT(m->date, d[i].t);
		if (d[i].t == 0)
			CHECK_CONTAINS(m->defects, "bad Date");
		mime_free(m);
		free(raw);
	}
}

static void
test_digest(void)
{
	static const char raw[] = "Subject: x\r\n\r\ny\r\n";
	struct mime_message	*m;
	char			 want[65];

	crypto_sha256_hex(raw, sizeof raw - 1, want);
	CHECK_INT(mime_parse(raw, sizeof raw - 1, NULL, &m, NULL), 0);
	CHECK_STR(m->digest, want);
	CHECK(m->raw == raw);
	CHECK_INT(m->rawlen, sizeof raw - 1);
	mime_free(m);
}

/* Not a pass/fail gate (sanitizers and valgrind are slow): a number. */
static void
test_speed(void)
{
	char			*raw;
	size_t			 len, i, n = 2000;
	struct timespec		 t0, t1;
	struct mime_message	*m;
	double			 secs;

	raw = test_slurp(CORPUS "polish-iso8859-2.eml", &len);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (i = 0; i < n; i++) {
		if (mime_parse(raw, len, NULL, &m, NULL) == 0)
			mime_free(m);
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	secs = (double)(t1.tv_sec - t0.tv_sec) +
	    (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	printf("speed: %.0f messages/s\n", secs > 0 ? (double)n / secs : 0.0);
	free(raw);
}

/* Parse a message given as a string; the test fails if it is refused. */
static struct mime_message *
parse_str(const char *raw)
{
	struct mime_message	*m = NULL;

	if (mime_parse(raw, strlen(raw), NULL, &m, NULL) != 0)
		return NULL;
	return m;
}

/* A two-part mixed message with the given boundary parameter text. */
static void
check_boundary(const char *param, const char *delim, int strict)
{
	struct mime_message	*m;
	char			*raw;

	xasprintf(&raw, "From: a@example.com\r\nContent-Type: multipart/mixed;"
	    " %s\r\n\r\n--%s\r\nContent-Type: text/plain\r\n\r\nthe text\r\n"
	    "--%s\r\nContent-Type: application/pdf; name=\"f.pdf\"\r\n\r\n"
	    "PDF\r\n--%s--\r\n", param, delim, delim, delim);
	m = parse_str(raw);
	CHECK(m != NULL);
	if (m != NULL) {
		CHECK_STR(m->body, "the text");
		CHECK_INT(m->nattachments, 1);
		if (m->nattachments == 1)
			CHECK_STR(m->attachments[0].name, "f.pdf");
		if (strict)
			CHECK(m->defects == NULL);
		else
			CHECK_CONTAINS(m->defects, "boundary");
		mime_free(m);
	}
	free(raw);
}

static void
test_boundary_hash(void)
{
	check_boundary("boundary=\"==#abc\"", "==#abc", 0);
}

static void
test_boundary_star_bang(void)
{
	check_boundary("boundary=\"*!x*\"", "*!x*", 0);
}

static void
test_boundary_space_inside(void)
{
	check_boundary("boundary=\"a b c\"", "a b c", 1);
}

static void
test_boundary_trailing_space(void)
{
	check_boundary("boundary=\"abc \"", "abc", 0);
}

static void
test_boundary_long(void)
{
	check_boundary("boundary=\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
	    "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"",
	    "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
	    "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 0);
}

static void
test_boundary_empty(void)
{
	check_boundary("boundary=\"\"", "", 0);
}

static void
test_boundary_rfc2231(void)
{
	check_boundary("boundary*0*=us-ascii''ab%3Dc; boundary*1=de", "ab=cde",
	    0);
}

static void
test_multipart_digest(void)
{
	struct mime_message	*m = parse_str(
	    "From: list@example.com\r\nSubject: digest\r\n"
	    "Content-Type: multipart/digest; boundary=d\r\n\r\n"
	    "--d\r\n\r\nFrom: x@example.com\r\nSubject: first\r\n\r\none\r\n"
	    "--d\r\n\r\nFrom: y@example.com\r\nSubject: second\r\n\r\ntwo\r\n"
	    "--d--\r\n");

	CHECK(m != NULL);
	if (m == NULL)
		return;
	CHECK_STR(m->body, "");
	CHECK_INT(m->nattachments, 2);
	if (m->nattachments == 2) {
		CHECK_STR(m->attachments[0].name, "first");
		CHECK_STR(m->attachments[0].type, "message/rfc822");
		CHECK_STR(m->attachments[1].name, "second");
	}
	mime_free(m);
}

static void
test_inline_named_text(void)
{
	struct mime_message	*m = parse_str(
	    "From: a@example.com\r\n"
	    "Content-Type: multipart/mixed; boundary=b\r\n\r\n"
	    "--b\r\nContent-Type: text/plain; name=\"msg.txt\"\r\n\r\n"
	    "what I wrote\r\n--b\r\n"
	    "Content-Type: text/plain; name=\"log.txt\"\r\n"
	    "Content-Disposition: attachment; filename=\"log.txt\"\r\n\r\n"
	    "a log\r\n--b--\r\n");

	CHECK(m != NULL);
	if (m == NULL)
		return;
	CHECK_STR(m->body, "what I wrote");
	CHECK_INT(m->nattachments, 1);
	if (m->nattachments == 1)
		CHECK_STR(m->attachments[0].name, "log.txt");
	mime_free(m);
}

static void
test_text_below_depth_limit(void)
{
	struct mime_message	*m;
	struct buf		 b;
	size_t			 i;

	buf_init(&b, 0);
	buf_adds(&b, "From: a@example.com\r\nSubject: deep\r\n");
	for (i = 0; i < 30; i++)
		buf_printf(&b, "Content-Type: multipart/mixed; boundary=b%zu"
		    "\r\n\r\n--b%zu\r\n", i, i);
	buf_adds(&b, "Content-Type: text/plain\r\n\r\ndeepest text\r\n");
	for (i = 30; i-- > 0; )
		buf_printf(&b, "--b%zu\r\nContent-Type: image/png; "
		    "name=\"p%zu.png\"\r\n\r\nPNG\r\n--b%zu--\r\n", i, i, i);
	m = parse_str(b.data);
	buf_free(&b);
	CHECK(m != NULL);
	if (m == NULL)
		return;
	CHECK_CONTAINS(m->defects, "nested too deep");
	CHECK_STR(m->body, "deepest text");
	CHECK_INT(m->nattachments, 30);
	mime_free(m);
}

static void
test_from_encoded_colon(void)
{
	struct mime_message	*m = parse_str(
	    "From: =?utf-8?Q?Support_Team:_Anna?= <anna@example.com>\r\n\r\nx\r\n");

	CHECK(m != NULL);
	if (m == NULL)
		return;
	CHECK_STR(m->from.name, "Support Team: Anna");
	CHECK_STR(m->from.addr, "anna@example.com");
	mime_free(m);
}

static void
test_from_bare_words(void)
{
	struct mime_message	*m = parse_str(
	    "From: Big Bug bb@bug.com\r\n\r\nx\r\n");

	CHECK(m != NULL);
	if (m == NULL)
		return;
	CHECK_STR(m->from.addr, "");
	CHECK_CONTAINS(m->defects, "From: is not one mailbox");
	mime_free(m);
}

static void
test_from_two_bare_addrs(void)
{
	struct mime_message	*m = parse_str(
	    "From: tim@example.com concierge@example.com\r\n\r\nx\r\n");

	CHECK(m != NULL);
	if (m == NULL)
		return;
	CHECK_STR(m->from.addr, "");
	CHECK(m->defects != NULL);
	mime_free(m);
}

static void
test_from_two_mailboxes(void)
{
	struct mime_message	*m = parse_str(
	    "From: Ann <ann@example.com>, bob@example.com\r\n\r\nx\r\n");

	CHECK(m != NULL);
	if (m == NULL)
		return;
	CHECK_STR(m->from.addr, "");
	CHECK_CONTAINS(m->defects, "From: holds several addresses");
	mime_free(m);
}

static void
test_from_obsolete_spaces(void)
{
	struct mime_message	*m = parse_str(
	    "From: john . doe @ example.com (John)\r\n\r\nx\r\n");

	CHECK(m != NULL);
	if (m == NULL)
		return;
	CHECK_STR(m->from.addr, "john.doe@example.com");
	CHECK_STR(m->from.name, "John");
	mime_free(m);
}

static void
test_base64_footer(void)
{
	/* "hello world" in base64, then a list footer in plain text. */
	struct mime_message	*m = parse_str(
	    "From: a@example.com\r\nContent-Transfer-Encoding: base64\r\n\r\n"
	    "aGVsbG8gd29ybGQ=\r\n-- \r\nlist footer: http://lists.example\r\n");

	CHECK(m != NULL);
	if (m == NULL)
		return;
	CHECK_STR(m->body, "hello world\n-- \nlist footer: http://lists.example\n");
	mime_free(m);
}

static void
test_base64_concatenated(void)
{
	struct mime_message	*m = parse_str(
	    "From: a@example.com\r\nContent-Transfer-Encoding: base64\r\n\r\n"
	    "aGk=\r\nIHRoZXJl\r\n");

	CHECK(m != NULL);
	if (m == NULL)
		return;
	CHECK_STR(m->body, "hi there");
	mime_free(m);
}

static void
test_base64_plain_text(void)
{
	struct mime_message	*m = parse_str(
	    "From: a@example.com\r\nContent-Transfer-Encoding: base64\r\n\r\n"
	    "Hello, this is not base64 at all!\r\n");

	CHECK(m != NULL);
	if (m == NULL)
		return;
	CHECK_STR(m->body, "Hello, this is not base64 at all!\n");
	CHECK_CONTAINS(m->defects, "base64 part is plain text");
	mime_free(m);
}

static void
test_header_cap_word_boundary(void)
{
	struct mime_message	*m;
	struct buf		 b;

	buf_init(&b, 0);
	buf_adds(&b, "From: a@example.com\r\nSubject:");
	while (b.len < 70 * 1024)
		buf_adds(&b, " =?utf-8?q?caf=C3=A9?=\r\n");
	buf_adds(&b, "\r\nbody\r\n");
	m = parse_str(b.data);
	buf_free(&b);
	CHECK(m != NULL);
	if (m == NULL)
		return;
	CHECK_CONTAINS(m->defects, "header field too long");
	CHECK(strstr(m->subject, "=?") == NULL);
	CHECK(strstr(m->subject, "?=") == NULL);
	CHECK_CONTAINS(m->subject, "café");
	mime_free(m);
}

static void
test_raw_header_body_charset(void)
{
	/* Raw ISO-8859-7 in the Subject, the body declares ISO-8859-7. */
	struct mime_message	*m = parse_str(
	    "From: a@example.com\r\nSubject: \xc5\xf0\xe9\xf3\xf4\xf1\xef\xf6\xde\r\n"
	    "Content-Type: text/plain; charset=iso-8859-7\r\n\r\n\xe1\r\n");

	CHECK(m != NULL);
	if (m == NULL)
		return;
	CHECK_STR(m->subject, "Επιστροφή");
	CHECK_STR(m->body, "α\n");
	mime_free(m);
}

static void
test_delimiter_trailing_text(void)
{
	struct mime_message	*m = parse_str(
	    "From: a@example.com\r\nContent-Type: multipart/mixed; boundary=b"
	    "\r\n\r\n--b this text is ignored\r\nContent-Type: text/plain\r\n"
	    "\r\nfirst part\r\n--bX not a delimiter\r\n"
	    "--b-- and the end\r\nepilogue\r\n");

	CHECK(m != NULL);
	if (m == NULL)
		return;
	CHECK_STR(m->body, "first part\n--bX not a delimiter");
	mime_free(m);
}

static void
test_boundary_very_long(void)
{
	struct buf	 b;
	char		*delim, *param;
	size_t		 i;

	buf_init(&b, 0);
	for (i = 0; i < 100; i++)
		buf_adds(&b, "0123456789abcdefghijklmnopqrstuvwxyz'()+_,-./:=?");
	delim = buf_release(&b);	/* 4,900 characters */
	xasprintf(&param, "boundary=\"%s\"", delim);
	check_boundary(param, delim, 0);
	free(param);
	free(delim);
}

static void
test_embedded_mbox_from(void)
{
	/* A forwarded message that starts with an mbox "From " line. */
	struct mime_message	*m = parse_str(
	    "From: a@example.com\r\nContent-Type: multipart/mixed; boundary=b"
	    "\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nsee below\r\n--b\r\n"
	    "Content-Type: message/rfc822\r\n\r\n"
	    "From someone Tue Jul 10 18:50:15 2012\r\n"
	    "Subject: Some subject\r\n\r\nhi\r\n--b--\r\n");

	CHECK(m != NULL);
	if (m == NULL)
		return;
	CHECK_INT(m->nattachments, 1);
	if (m->nattachments == 1)
		CHECK_STR(m->attachments[0].name, "Some subject");
	mime_free(m);
}

/* Base64 of n bytes, 76 characters a line, CRLF. */
static void
b64_lines(struct buf *b, const unsigned char *in, size_t n)
{
	static const char	 t[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	    "abcdefghijklmnopqrstuvwxyz0123456789+/";
	size_t			 i, col = 0;
	unsigned int		 v;

	for (i = 0; i < n; i += 3) {
		v = (unsigned int)in[i] << 16;
		if (i + 1 < n)
			v |= (unsigned int)in[i + 1] << 8;
		if (i + 2 < n)
			v |= in[i + 2];
		buf_addc(b, t[(v >> 18) & 63]);
		buf_addc(b, t[(v >> 12) & 63]);
		buf_addc(b, i + 1 < n ? t[(v >> 6) & 63] : '=');
		buf_addc(b, i + 2 < n ? t[v & 63] : '=');
		if ((col += 4) == 76) {
			buf_adds(b, "\r\n");
			col = 0;
		}
	}
	if (col)
		buf_adds(b, "\r\n");
}

/*
 * A message over 1 MiB is parsed from a skeleton without the middle of
 * its large base64 attachments: the text before and after them, every
 * attachment's name, its exact size and its bytes (decoded from the raw
 * message) must be what they are; a large text part is never cut; the
 * digest is of the whole message.
 */
static void
test_large_skeleton(void)
{
	struct mime_message	*m = NULL;
	struct buf		 b;
	unsigned char		*bin;
	size_t			 nbin = 3 * 1024 * 1024 + 2, ntext = 1536 * 1024;
	size_t			 i, len;
	char			*data, *cause = NULL, *text, dig[65];

	bin = xmalloc(nbin);
	for (i = 0; i < nbin; i++)
		bin[i] = (unsigned char)(i * 131 + (i >> 9));
	text = xmalloc(ntext);
	for (i = 0; i < ntext; i++)
		text[i] = "ab cd\n"[i % 6];
	buf_init(&b, 64U * 1024 * 1024);
	buf_adds(&b, "From: a@example.com\r\nSubject: log\r\n"
	    "Content-Type: multipart/mixed; boundary=\"B\"\r\n\r\n"
	    "--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
	    "before the log\r\n"
	    "--B\r\nContent-Type: application/octet-stream; name=\"a.bin\"\r\n"
	    "Content-Transfer-Encoding: base64\r\n\r\n");
	b64_lines(&b, bin, nbin);
	buf_adds(&b, "--B\r\nContent-Type: text/plain; charset=utf-8\r\n"
	    "Content-Transfer-Encoding: base64\r\n\r\n");
	b64_lines(&b, (unsigned char *)text, ntext);
	buf_adds(&b, "--B\r\nContent-Type: image/png; name=\"b.png\"\r\n"
	    "Content-Transfer-Encoding: base64\r\n\r\n");
	b64_lines(&b, bin + 5, 2000);
	buf_adds(&b, "--B--\r\n");

	CHECK_INT(mime_parse(b.data, b.len, NULL, &m, &cause), 0);
	if (m == NULL)
		goto out;
	/* Parsed from a skeleton: the large attachment's middle cut. */
	CHECK(m->skeleton != NULL && strlen(m->skeleton) < b.len - nbin);
	CHECK(strncmp(m->body, "before the log", 14) == 0);
	CHECK_INT(strlen(m->body), 14 + 2 + ntext);
	CHECK_INT(m->nattachments, 2);
	if (m->nattachments == 2) {
		CHECK_STR(m->attachments[0].name, "a.bin");
		CHECK_INT(m->attachments[0].size, nbin);
		CHECK_INT(mime_attachment_data(&m->attachments[0], &data,
		    &len), 0);
		CHECK(len == nbin && memcmp(data, bin, nbin) == 0);
		free(data);
		CHECK_STR(m->attachments[1].name, "b.png");
		CHECK_INT(m->attachments[1].size, 2000);
		CHECK_INT(mime_attachment_data(&m->attachments[1], &data,
		    &len), 0);
		CHECK(len == 2000 && memcmp(data, bin + 5, 2000) == 0);
		free(data);
	}
	crypto_sha256_hex(b.data, b.len, dig);
	CHECK_STR(m->digest, dig);
out:
	mime_free(m);
	buf_free(&b);
	free(bin);
	free(text);
}

int
main(void)
{
	RUN(test_greek_iso);
	RUN(test_greek_win);
	RUN(test_polish);
	RUN(test_spanish);
	RUN(test_alternative);
	RUN(test_alternative_blank_plain);
	RUN(test_html_only);
	RUN(test_nested);
	RUN(test_mixed);
	RUN(test_addresses);
	RUN(test_headers_8bit);
	RUN(test_fallback);
	RUN(test_qp_b64);
	RUN(test_hostile_corpus);
	RUN(test_limits);
	RUN(test_every_file);
	RUN(test_public_addrs);
	RUN(test_dates);
	RUN(test_digest);
	RUN(test_boundary_hash);
	RUN(test_boundary_star_bang);
	RUN(test_boundary_space_inside);
	RUN(test_boundary_trailing_space);
	RUN(test_boundary_long);
	RUN(test_boundary_empty);
	RUN(test_boundary_rfc2231);
	RUN(test_multipart_digest);
	RUN(test_inline_named_text);
	RUN(test_text_below_depth_limit);
	RUN(test_from_encoded_colon);
	RUN(test_from_bare_words);
	RUN(test_from_two_bare_addrs);
	RUN(test_from_two_mailboxes);
	RUN(test_from_obsolete_spaces);
	RUN(test_base64_footer);
	RUN(test_base64_concatenated);
	RUN(test_base64_plain_text);
	RUN(test_header_cap_word_boundary);
	RUN(test_raw_header_body_charset);
	RUN(test_large_skeleton);
	RUN(test_delimiter_trailing_text);
	RUN(test_boundary_very_long);
	RUN(test_embedded_mbox_from);
	RUN(test_speed);
	TEST_DONE();
}
