/*
 * test_quote.c -- the new text of a reply: every rule of quote.c on its own,
 * then the agent reply corpus (tests/corpus/agents: Thunderbird, Outlook,
 * Outlook on the web, Gmail, Apple Mail in en, el, es, pl) parsed by
 * mime_parse() and compared with each mail's NAME.txt.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "html.h"
#include "mime.h"
#include "quote.h"
#include "test.h"
#include "xmalloc.h"

#define CORPUS	"tests/corpus/agents/"

/* quote_strip() on a C string, with its info. */
static char *
strip(const char *text, int flags, struct quote_info *qi)
{
	char	*s = quote_strip(text, strlen(text), flags, qi);

	CHECK(strlen(s) <= strlen(text));
	return s;
}

/* The agent's text of body is want. */
static void
check_agent(const char *body, const char *want)
{
	char	*s = strip(body, 0, NULL);

	CHECK_STR(s, want);
	free(s);
}

static void
test_no_quote(void)
{
	struct quote_info	 qi;
	char			*s = strip("Hello,\n\nall done.\n", 0, &qi);

	CHECK_STR(s, "Hello,\n\nall done.");
	CHECK_INT(qi.mark, QUOTE_NONE);
	CHECK_INT(qi.truncated, 0);
	free(s);
}

static void
test_empty(void)
{
	check_agent("", "");
	check_agent("\n\n  \n", "");
	check_agent("> only a quote\n", "");
}

/* CRLF, trailing blanks, leading blank lines, runs of blank lines. */
static void
test_whitespace(void)
{
	check_agent("\r\n\r\nOne  \r\n\r\n\r\n\r\nTwo\t\r\n", "One\n\nTwo");
	check_agent("a\xc2\xa0\nb", "a\nb");	/* NBSP at the end */
}

static void
test_not_nul_terminated(void)
{
	const char	 text[] = "Kept\n> quoted";
	char		*s;

	s = quote_strip(text, 4, 0, NULL);
	CHECK_STR(s, "Kept");
	free(s);
}

static void
test_signature(void)
{
	struct quote_info	 qi;
	char			*s;

	s = strip("Done.\n\n-- \nJan\n+30 210 000\n", 0, &qi);
	CHECK_STR(s, "Done.");
	CHECK_INT(qi.signature, 1);
	free(s);
	/* Clients that lose the trailing space. */
	check_agent("Done.\n--\nJan\n", "Done.");
	/* "---" or "-- x" is text, not a signature. */
	check_agent("Done.\n---\nJan", "Done.\n---\nJan");
	check_agent("Done.\n-- x\nJan", "Done.\n-- x\nJan");
}

static void
test_customer_keeps_signature(void)
{
	const char	*body = "Help!\n-- \nMaria, +34 600\n\n"
	    "On Mon, 2 Mar 2026 at 09:00, Desk <d@example.com> wrote:\n"
	    "> ack\n";
	char		*s;

	s = quote_customer_text(body, strlen(body));
	CHECK_STR(s, "Help!\n--\nMaria, +34 600");
	free(s);
	s = quote_agent_text(body, strlen(body));
	CHECK_STR(s, "Help!");
	free(s);
}

static void
test_prefix_top_posted(void)
{
	struct quote_info	 qi;
	char			*s;

	s = strip("Answer.\n\n> question\n> more\n", 0, &qi);
	CHECK_STR(s, "Answer.");
	CHECK_INT(qi.mark, QUOTE_PREFIX);
	CHECK_INT(qi.interleaved, 0);
	free(s);
	/* Nested and indented quotes. */
	check_agent("Answer.\n>> old\n > older\n>\n", "Answer.");
}

static void
test_prefix_bottom_posted(void)
{
	struct quote_info	 qi;
	char			*s;

	s = strip("> question?\n\nAnswer.\n", 0, &qi);
	CHECK_STR(s, "Answer.");
	CHECK_INT(qi.interleaved, 1);
	free(s);
}

static void
test_prefix_interleaved(void)
{
	check_agent("> one?\n\nYes.\n\n> two?\n\nNo.\n", "Yes.\n\nNo.");
	/* An empty quoted line ends the quoted paragraph. */
	check_agent("> one?\n>\nYes.\n", "Yes.");
}

/* A line right under a quoted line is its wrapped rest: dropped. */
static void
test_prefix_lazy_continuation(void)
{
	check_agent("Ok.\n\n> a long quoted line that the client\nwrapped "
	    "without a prefix\nand more\n\nAfter.\n", "Ok.\n\nAfter.");
}

static void
test_attribution_english(void)
{
	struct quote_info	 qi;
	char			*s;

	s = strip("Sure.\n\nOn Tue, Mar 3, 2026 at 10:00 AM Support Desk "
	    "<support@example.com> wrote:\n> x\n", 0, &qi);
	CHECK_STR(s, "Sure.");
	CHECK_INT(qi.mark, QUOTE_ATTRIBUTION);
	free(s);
	/* Thunderbird, no address. */
	check_agent("Sure.\n\nOn 3/3/26 10:00, Support Desk wrote:\n> x\n",
	    "Sure.");
	/* Apple Mail. */
	check_agent("Sure.\n\nOn 3 Mar 2026, at 10:00, Desk <d@example.com> "
	    "wrote:\n\n> x\n", "Sure.");
}

static void
test_attribution_localized(void)
{
	check_agent("Hola.\n\nEl mar, 3 mar 2026 a las 10:00, Desk "
	    "(<d@example.com>) escribió:\n\n> x\n", "Hola.");
	check_agent("Hola.\n\nEl 3/3/26 a las 10:00, Desk escribió:\n> x\n",
	    "Hola.");
	check_agent("Cześć.\n\nW dniu 3.03.2026 o 10:00, Desk pisze:\n> x\n",
	    "Cześć.");
	check_agent("Cześć.\n\nwt., 3 mar 2026 o 10:00 Desk <d@example.com> "
	    "napisał(a):\n\n> x\n", "Cześć.");
	check_agent("Cześć.\n\nWiadomość napisana przez Desk <d@example.com> "
	    "w dniu 3 mar 2026, o godz. 10:00:\n\nnot marked\n", "Cześć.");
	/* Zimbra: dashes, date, name and address, verb. */
	check_agent("Ok.\n\n----- 2 lip 2020 o 11:00, Desk d@example.com "
	    "napisał(a):\n\n> x\n", "Ok.");
	/* mutt and Gnus. */
	check_agent("Ok.\n\nDesk <d@example.com> writes:\n\n> x\n", "Ok.");
	check_agent("Γεια.\n\nΣτις Τρί 3 Μαρ 2026 στις 10:00 π.μ., ο/η Desk "
	    "<d@example.com> έγραψε:\n\n> x\n", "Γεια.");
}

static void
test_attribution_wrapped(void)
{
	check_agent("Sure.\n\nOn Tue, Mar 3, 2026 at 10:00 AM Support Desk <\n"
	    "support@example.com> wrote:\n\n> x\n", "Sure.");
	check_agent("Cześć.\n\nwt., 3 mar 2026 o 10:00 Desk <d@example.com>\n"
	    "napisał(a):\n\n> x\n", "Cześć.");
	/* Three lines, then no '>' under it (converted HTML). */
	check_agent("Sure.\n\nOn Tuesday, March 3, 2026,\nat 10:00 AM, "
	    "Support Desk\n<support@example.com> wrote:\nquoted text\n",
	    "Sure.");
	/* Apple Mail's Polish one, wrapped inside the date. */
	check_agent("Ok.\n\nWiadomość napisana przez Desk <d@example.com> w "
	    "dniu 21 lis\n2025, o godz. 03:55:\n\n> x\n", "Ok.");
	/* KMail's "Dnia ..." with the verb on the next line. */
	check_agent("Ok.\n\nDnia niedziela 10 kwiecień 2011 o 18:00:14 Desk\n"
	    "napisał(a):\n> x\n", "Ok.");
	/* The line above an attribution is no part of it. */
	check_agent("Thanks!\nOn 3/3/26 10:00, Support Desk <d@example.com> "
	    "wrote:\n> x\n", "Thanks!");
}

/* Interleaved text is kept after an attribution with '>' under it. */
static void
test_attribution_bottom_posted(void)
{
	check_agent("On 3/3/26 10:00, Support Desk wrote:\n> q\n\nAnswer\n",
	    "Answer");
}

/* Attribution without '>' under it (HTML converted): the rest goes. */
static void
test_attribution_unmarked_quote(void)
{
	struct quote_info	 qi;
	char			*s;

	s = strip("Sure.\n\nOn 3/3/26 10:00, Desk <d@example.com> wrote:\n"
	    "\nquoted\n\nnot mine either\n", 0, &qi);
	CHECK_STR(s, "Sure.");
	CHECK_INT(qi.truncated, 1);
	free(s);
}

/* "wrote:" alone in an agent's sentence is not an attribution. */
static void
test_attribution_false_positives(void)
{
	check_agent("As the customer wrote:\nit broke.\n",
	    "As the customer wrote:\nit broke.");
	check_agent("On Monday the customer wrote:\nit broke.\n",
	    "On Monday the customer wrote:\nit broke.");
	check_agent("Note:\nsee below.", "Note:\nsee below.");
	/* A short line under a line with a date is no wrapped one either. */
	check_agent("Meet at 10:00.\nJan wrote:\nok\n",
	    "Meet at 10:00.\nJan wrote:\nok");
	/* A sentence above a "Name wrote:" attribution stays. */
	check_agent("On Monday we start.\nJan wrote:\n> x\n",
	    "On Monday we start.");
	check_agent("Thanks\nJan wrote:\n> x\n", "Thanks");
}

/* "Name wrote:" with no date or address counts when '>' follows. */
static void
test_attribution_name_only(void)
{
	check_agent("Sure.\n\nSupport Desk wrote:\n> x\n", "Sure.");
	/* Thunderbird's Greek and Polish "author wrote" forms. */
	check_agent("Εντάξει.\n\nο/η Support Desk έγραψε:\n> x\n", "Εντάξει.");
	check_agent("Dobrze.\n\nSupport Desk pisze:\n> x\n", "Dobrze.");
}

static void
test_outlook_headers(void)
{
	struct quote_info	 qi;
	char			*s;

	s = strip("Done.\n\nFrom: Support Desk <support@example.com>\n"
	    "Sent: Tuesday, March 3, 2026 10:00 AM\nTo: Jan <j@example.com>\n"
	    "Subject: [CS-1] x\n\nquoted\n", 0, &qi);
	CHECK_STR(s, "Done.");
	CHECK_INT(qi.mark, QUOTE_HEADERS);
	free(s);
	/* Bold in a text rendering, French spacing, Outlook for Mac. */
	check_agent("Done.\n*From:* Desk\n*Sent:* today\n*To:* me\n",
	    "Done.");
	check_agent("Fait.\nDe : Desk\nEnvoyé : mardi\nÀ : moi\nObjet : x\n",
	    "Fait.");
	check_agent("Done.\nFrom: Desk <d@example.com>\nDate: Tuesday, 3 "
	    "March 2026 at 10:00\nTo: Jan\nSubject: x\n", "Done.");
}

static void
test_outlook_headers_localized(void)
{
	check_agent("Εντάξει.\n\nΑπό: Desk <d@example.com>\nΣτάλθηκε: Τρίτη, "
	    "3 Μαρτίου 2026 10:00 πμ\nΠρος: Νίκος\nΚοιν.: Άννα\nΘέμα: x\n",
	    "Εντάξει.");
	check_agent("Vale.\n\nDe: Desk <d@example.com>\nEnviado el: martes, 3 "
	    "de marzo de 2026 10:00\nPara: Lucía\nCC: Ana\nAsunto: x\n",
	    "Vale.");
	check_agent("Vale.\n\nDe: Desk\nEnviado: martes\nPara: Lucía\n"
	    "Asunto: x\n", "Vale.");
	check_agent("Dobrze.\n\nOd: Desk <d@example.com>\nWysłane: wtorek, 3 "
	    "marca 2026 10:00\nDo: Jan\nDW: Anna\nTemat: x\n", "Dobrze.");
}

/* One "From:" line, or From: with one more field, is text. */
static void
test_outlook_headers_false_positives(void)
{
	check_agent("From: our billing team\nTo: you\n\nthanks",
	    "From: our billing team\nTo: you\n\nthanks");
	check_agent("From: now on\nwe answer faster.",
	    "From: now on\nwe answer faster.");
}

static void
test_separators(void)
{
	struct quote_info	 qi;
	char			*s;

	s = strip("Ok.\n\n-----Original Message-----\nFrom: x\n", 0, &qi);
	CHECK_STR(s, "Ok.");
	CHECK_INT(qi.mark, QUOTE_SEPARATOR);
	free(s);
	check_agent("Ok.\n-------- Original Message --------\nSubject: x\n",
	    "Ok.");
	check_agent("Ok.\n-----Mensaje original-----\nDe: x\n", "Ok.");
	check_agent("Ok.\n-----Wiadomość oryginalna-----\nOd: x\n", "Ok.");
	check_agent("Ok.\n-------- Αρχικό μήνυμα --------\nΘέμα: x\n", "Ok.");
	check_agent("Ok.\n-------- Treść oryginalnej wiadomości --------\n"
	    "Temat: x\n", "Ok.");
	check_agent("Ok.\n---------- Forwarded message ---------\nFrom: x\n",
	    "Ok.");
	/* Outlook on the web: a rule, then the header block. */
	check_agent("Ok.\n\n________________________________\nFrom: Desk\n"
	    "Sent: Tuesday\nTo: Jan\nSubject: x\n\nquoted\n", "Ok.");
	/* A rule or a dashed title of the agent's own is text. */
	check_agent("Ok.\n__________\nmore\n", "Ok.\n__________\nmore");
	check_agent("Ok.\n--- Steps ---\n1. x\n", "Ok.\n--- Steps ---\n1. x");
}

/* The first mark ends the text even after a kept '>' interleave. */
static void
test_mixed_marks(void)
{
	check_agent("> q\n\nA.\n\n-----Original Message-----\nB\n", "A.");
	check_agent("A.\n\n-- \nsig\n\n> q\n\nnot kept\n", "A.");
}

/* Command lines are the agent's own text: the parser downstream sees them. */
static void
test_commands_kept(void)
{
	check_agent("#assign jan\n#priority high\n\nText.\n\nOn 3/3/26 10:00,"
	    " Desk wrote:\n> q\n", "#assign jan\n#priority high\n\nText.");
}

/* The caller's marker ends the text where no client's format is known. */
static void
test_marker(void)
{
	const char		*body = "Ok.\nDesk schrieb am 3.3.:\n"
	    "##- reply above -##\nNew case\n";
	struct quote_info	 qi;
	char			*s;

	s = quote_strip_marker(body, strlen(body), 0, "##- reply above -##",
	    &qi);
	CHECK_STR(s, "Ok.\nDesk schrieb am 3.3.:");
	CHECK_INT(qi.mark, QUOTE_MARKER);
	free(s);
	/* Quoted, it is only quoted: the answer under it stays. */
	body = "> ##- reply above -##\n\nAnswer\n";
	s = quote_strip_marker(body, strlen(body), 0, "##- reply above -##",
	    &qi);
	CHECK_STR(s, "Answer");
	CHECK_INT(qi.mark, QUOTE_PREFIX);
	free(s);
	s = quote_strip_marker(body, strlen(body), 0, "", NULL);
	CHECK_STR(s, "Answer");
	free(s);
}

static void
test_mark_names(void)
{
	CHECK_STR(quote_mark_name(QUOTE_NONE), "none");
	CHECK_STR(quote_mark_name(QUOTE_SEPARATOR), "separator");
	CHECK_STR(quote_mark_name(QUOTE_MARKER), "marker");
	CHECK_STR(quote_mark_name(QUOTE_NMARKS), "?");
}

/* Bounded: a long hostile body (many '>', long lines) is handled whole. */
static void
test_large_input(void)
{
	struct buf	 b;
	char		*s;
	size_t		 i;

	buf_init(&b, BUF_DEFAULT_MAX);
	buf_adds(&b, "Top.\n");
	for (i = 0; i < 20000; i++)
		buf_adds(&b, i % 3 ? "> quoted line wrote:\n" :
		    "On x wrote:\nFrom: a\n");
	for (i = 0; i < 100000; i++)
		buf_addc(&b, 'x');
	s = quote_strip(b.data, b.len, 0, NULL);
	CHECK(strlen(s) <= b.len);
	CHECK(strncmp(s, "Top.", 4) == 0);
	free(s);
	buf_free(&b);
}

/* Spaces (and NBSP) collapsed, for text that html.c rewraps. */
static char *
squash(const char *s)
{
	struct buf	 b;
	int		 sp = 0;

	buf_init(&b, BUF_DEFAULT_MAX);
	buf_add(&b, "", 0);
	for (; *s != '\0'; s++) {
		if (*s == ' ' || *s == '\n' || *s == '\t') {
			sp = 1;
			continue;
		}
		if (sp && b.len > 0)
			buf_addc(&b, ' ');
		sp = 0;
		buf_addc(&b, *s);
	}
	return buf_release(&b);
}

static int
corpus_one(const char *name, int *html_checked)
{
	struct mime_message	*m = NULL;
	char			 path[512], *raw, *want, *got, *cause = NULL;
	char			*h, *hgot, *a, *c;
	size_t			 len, wl;
	int			 ok = 1;

	snprintf(path, sizeof path, CORPUS "%s", name);
	raw = test_slurp(path, &len);
	if (mime_parse(raw, len, NULL, &m, &cause) != 0) {
		fprintf(stderr, "%s: %s\n", name, cause ? cause : "?");
		free(cause);
		free(raw);
		return 0;
	}
	snprintf(path + strlen(path) - 4, 5, ".txt");
	want = test_slurp(path, &wl);
	if (wl > 0 && want[wl - 1] == '\n')
		want[wl - 1] = '\0';
	got = quote_agent_text(m->body, strlen(m->body));
	if (strcmp(got, want) != 0) {
		fprintf(stderr, "%s: got \"%s\"\nwant \"%s\"\n", name, got,
		    want);
		ok = 0;
	}
	if (!charset_valid_utf8(got, strlen(got)))
		ok = 0;
	/* The HTML alternative gives the same words. */
	if (m->html != NULL && !m->body_html) {
		h = html_to_text(m->html, strlen(m->html));
		hgot = quote_agent_text(h, strlen(h));
		a = squash(hgot);
		c = squash(want);
		if (strcmp(a, c) != 0) {
			fprintf(stderr, "%s (html): got \"%s\"\nwant \"%s\"\n",
			    name, a, c);
			ok = 0;
		}
		(*html_checked)++;
		free(a);
		free(c);
		free(hgot);
		free(h);
	}
	free(got);
	free(want);
	mime_free(m);
	free(raw);
	return ok;
}

static void
test_agents_corpus(void)
{
	struct dirent	**ents;
	int		  n, i, total = 0, ok = 0, html = 0;
	size_t		  l;

	if ((n = scandir(CORPUS, &ents, NULL, alphasort)) == -1) {
		perror(CORPUS);
		CHECK(!"corpus directory");
		return;
	}
	for (i = 0; i < n; i++) {
		l = strlen(ents[i]->d_name);
		if (l > 4 && strcmp(ents[i]->d_name + l - 4, ".eml") == 0) {
			total++;
			ok += corpus_one(ents[i]->d_name, &html);
		}
		free(ents[i]);
	}
	free(ents);
	printf("agents corpus: %d of %d mails right (%d HTML alternatives "
	    "checked too)\n", ok, total, html);
	CHECK(total >= 16);
	CHECK_INT(ok, total);
}

int
main(void)
{
	RUN(test_no_quote);
	RUN(test_empty);
	RUN(test_whitespace);
	RUN(test_not_nul_terminated);
	RUN(test_signature);
	RUN(test_customer_keeps_signature);
	RUN(test_prefix_top_posted);
	RUN(test_prefix_bottom_posted);
	RUN(test_prefix_interleaved);
	RUN(test_prefix_lazy_continuation);
	RUN(test_attribution_english);
	RUN(test_attribution_localized);
	RUN(test_attribution_wrapped);
	RUN(test_attribution_bottom_posted);
	RUN(test_attribution_unmarked_quote);
	RUN(test_attribution_false_positives);
	RUN(test_attribution_name_only);
	RUN(test_outlook_headers);
	RUN(test_outlook_headers_localized);
	RUN(test_outlook_headers_false_positives);
	RUN(test_separators);
	RUN(test_mixed_marks);
	RUN(test_commands_kept);
	RUN(test_marker);
	RUN(test_mark_names);
	RUN(test_large_input);
	RUN(test_agents_corpus);
	TEST_DONE();
}
