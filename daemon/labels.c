/*
 * labels.c -- "supportctl rules eval": the rules run over mails whose
 * right answer is written in their headers (X-Expect-Queue,
 * X-Expect-Priority, X-Expect-Language), as SpamAssassin's mass-check runs
 * spam rules over sorted mail.  An admin improving rules on their own mail
 * sees the accuracy per language and queue, where the rules go wrong (a
 * confusion matrix) and, for each wrong mail, the rule that decided and the
 * text it matched.  Nothing is stored: the rules only read the message.
 * The same walk over labelled mail feeds "supportctl rules train".
 */
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "labels.h"
#include "mime.h"
#include "quote.h"

#define LABELS_MAX_MAILS	100000
#define LABELS_MAX_NAMES	64	/* queues, priorities, languages shown */

struct labels_row {
	char	*file;
	char	*lang;
	char	*wantq, *wantp;
	char	*gotq, *gotp;
	char	*queue_by, *priority_by;
};

struct labels {
	struct labels_opts	 o;
	struct labels_row	*v;
	size_t			 n;
	size_t			 unlabelled;
};

struct labels *
labels_new(const struct labels_opts *o)
{
	struct labels	*l = xcalloc(1, sizeof *l);

	l->o = *o;
	return l;
}

void
labels_free(struct labels *l)
{
	size_t	 i;

	if (l == NULL)
		return;
	for (i = 0; i < l->n; i++) {
		free(l->v[i].file);
		free(l->v[i].lang);
		free(l->v[i].wantq);
		free(l->v[i].wantp);
		free(l->v[i].gotq);
		free(l->v[i].gotp);
		free(l->v[i].queue_by);
		free(l->v[i].priority_by);
	}
	free(l->v);
	free(l);
}

static void
labels_err(struct strv *errors, const char *path, const char *what)
{
	char	*s;

	xasprintf(&s, "%s: %s", path, what);
	strv_add(errors, s);
	free(s);
}

/* The whole file, capped at the size the MIME parser accepts. */
static char *
labels_read(const char *path, size_t *len, struct strv *errors)
{
	FILE		*f;
	struct buf	 b;
	char		 chunk[65536];
	size_t		 n;
	int		 bad = 0;

	if ((f = fopen(path, "rb")) == NULL) {
		labels_err(errors, path, strerror(errno));
		return NULL;
	}
	buf_init(&b, MIME_MAX_SIZE);
	while (!bad && (n = fread(chunk, 1, sizeof chunk, f)) > 0)
		if (buf_add(&b, chunk, n) == -1)
			bad = 1;
	if (bad || ferror(f)) {
		labels_err(errors, path, bad ? "too large" : "read error");
		fclose(f);
		buf_free(&b);
		return NULL;
	}
	fclose(f);
	*len = b.len;
	if (b.data == NULL)
		buf_adds(&b, "");
	return buf_release(&b);
}

/*
 * The first word of a label, or dflt when absent; lower case for
 * comparing, control characters as '?' since it is shown on terminals.
 */
static char *
labels_word(const char *s, const char *dflt)
{
	char	*w, *p;

	if (s == NULL || *(s += strspn(s, " \t")) == '\0')
		s = dflt;
	w = xstrndup(s, strcspn(s, " \t\r\n"));
	for (p = w; *p != '\0'; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p - 'A' + 'a');
		else if ((unsigned char)*p < 0x20 || *p == 0x7f)
			*p = '?';
	return w;
}

static int
labels_file(struct labels *l, const char *path, struct strv *errors)
{
	struct mime_message	*m;
	struct rules_input	 in;
	struct rules_result	 rr;
	struct labels_row	*row;
	char			*raw, *cause = NULL;
	const char		*q;
	size_t			 len;

	if (l->n == LABELS_MAX_MAILS) {
		labels_err(errors, path, "too many mails, rest not read");
		return -1;
	}
	if ((raw = labels_read(path, &len, errors)) == NULL)
		return -1;
	if (mime_parse(raw, len, l->o.fallback_charset, &m, &cause) == -1) {
		labels_err(errors, path, cause);
		free(cause);
		free(raw);
		return -1;
	}
	if ((q = mime_header(m, "X-Expect-Queue")) == NULL) {
		l->unlabelled++;
		mime_free(m);
		free(raw);
		return 0;
	}
	if (l->o.train != NULL) {
		char	*wq = labels_word(q, "?");
		char	*wp = labels_word(mime_header(m, "X-Expect-Priority"),
		    "normal");
		/* The model learns from what it will read: the mail's
		 * own text, its quoted history left out. */
		char	*own = quote_own_text(m->body, strlen(m->body));
		int	 rv = learn_train_add(l->o.train, m->subject, own,
		    wq, wp);

		free(own);

		if (rv == -1)
			labels_err(errors, path, "labels not learnable (a "
			    "name of letters, digits, _ - . and at most 16 "
			    "queues or priorities)");
		free(wq);
		free(wp);
		mime_free(m);
		free(raw);
		return rv;
	}
	memset(&in, 0, sizeof in);
	in.msg = m;
	in.mailbox = l->o.mailbox ? l->o.mailbox : "";
	in.is_new = 1;
	rules_eval(l->o.rules, &in, &rr, NULL);
	l->v = xreallocarray(l->v, l->n + 1, sizeof *l->v);
	row = &l->v[l->n++];
	row->file = xstrdup(path);
	row->lang = labels_word(mime_header(m, "X-Expect-Language"),
	    m->lang[0] ? m->lang : "?");
	row->wantq = labels_word(q, "?");
	row->wantp = labels_word(mime_header(m, "X-Expect-Priority"),
	    "normal");
	row->gotq = labels_word(rr.queue, l->o.default_queue);
	row->gotp = labels_word(rr.priority, "normal");
	row->queue_by = xstrdup(rr.queue_by ? rr.queue_by :
	    "no rule named a queue: the configured default");
	row->priority_by = xstrdup(rr.priority_by ? rr.priority_by :
	    "no rule set a priority");
	rules_result_free(&rr);
	mime_free(m);
	free(raw);
	return 0;
}

static int
labels_is_eml(const struct dirent *d)
{
	size_t	 n = strlen(d->d_name);

	return d->d_name[0] != '.' && n > 4 &&
	    strcmp(d->d_name + n - 4, ".eml") == 0;
}

static int
labels_not_dot(const struct dirent *d)
{
	return d->d_name[0] != '.';
}

/* Every *.eml of dir, then (if sub) of each subdirectory: no deeper. */
static int
labels_dir(struct labels *l, const char *dir, int sub, struct strv *errors)
{
	struct dirent	**ents;
	struct stat	 st;
	char		*p;
	int		 n, i, rv = 0;

	if ((n = scandir(dir, &ents, labels_not_dot, alphasort)) == -1) {
		labels_err(errors, dir, strerror(errno));
		return -1;
	}
	for (i = 0; i < n; i++) {
		xasprintf(&p, "%s/%s", dir, ents[i]->d_name);
		if (stat(p, &st) == 0 && S_ISREG(st.st_mode) &&
		    labels_is_eml(ents[i])) {
			if (labels_file(l, p, errors) == -1)
				rv = -1;
		}
		free(p);
	}
	for (i = 0; sub && i < n; i++) {
		xasprintf(&p, "%s/%s", dir, ents[i]->d_name);
		if (stat(p, &st) == 0 && S_ISDIR(st.st_mode) &&
		    labels_dir(l, p, 0, errors) == -1)
			rv = -1;
		free(p);
	}
	for (i = 0; i < n; i++)
		free(ents[i]);
	free(ents);
	return rv;
}

int
labels_add(struct labels *l, const char *path, struct strv *errors)
{
	struct stat	 st;

	if (stat(path, &st) == -1) {
		labels_err(errors, path, strerror(errno));
		return -1;
	}
	if (S_ISDIR(st.st_mode))
		return labels_dir(l, path, 1, errors);
	return labels_file(l, path, errors);
}

/* Tallies */

struct labels_tally {
	const char	*name;
	size_t		 n, queue, priority, both;
};

static int
labels_queue_ok(const struct labels_row *r)
{
	return strcmp(r->wantq, r->gotq) == 0;
}

static int
labels_priority_ok(const struct labels_row *r)
{
	return strcmp(r->wantp, r->gotp) == 0;
}

/* Index of name in names (added if new and there is room), or -1. */
static int
labels_index(const char **names, size_t *n, const char *name)
{
	size_t	 i;

	for (i = 0; i < *n; i++)
		if (strcmp(names[i], name) == 0)
			return (int)i;
	if (*n == LABELS_MAX_NAMES)
		return -1;
	names[*n] = name;
	return (int)(*n)++;
}

static void
labels_count(struct labels_tally *t, const struct labels_row *r)
{
	t->n++;
	t->queue += labels_queue_ok(r);
	t->priority += labels_priority_ok(r);
	t->both += labels_queue_ok(r) && labels_priority_ok(r);
}

/* Tally by language (by = 0) or by expected queue (by = 1). */
static size_t
labels_tally(const struct labels *l, int by, struct labels_tally *t)
{
	const char	*names[LABELS_MAX_NAMES];
	size_t		 n = 0, i;
	int		 k;

	for (i = 0; i < l->n; i++) {
		k = labels_index(names, &n, by ? l->v[i].wantq : l->v[i].lang);
		if (k < 0)
			continue;
		t[k].name = names[k];	/* t was zeroed by the caller */
		labels_count(&t[k], &l->v[i]);
	}
	return n;
}

double
labels_worst(const struct labels *l)
{
	struct labels_tally	 t[LABELS_MAX_NAMES];
	size_t			 n, i;
	double			 worst = 100.0, p;

	memset(t, 0, sizeof t);
	n = labels_tally(l, 0, t);
	for (i = 0; i < n; i++) {
		p = 100.0 * (double)t[i].both / (double)t[i].n;
		if (p < worst)
			worst = p;
	}
	return worst;
}

static double
pct(size_t a, size_t n)
{
	return n ? 100.0 * (double)a / (double)n : 0.0;
}

/* Text from mail, safe on a terminal: control characters as \xNN. */
static void
labels_puts(FILE *f, const char *s)
{
	for (; *s != '\0'; s++) {
		unsigned char	 c = (unsigned char)*s;

		if (c < 0x20 || c == 0x7f)
			fprintf(f, "\\x%02x", c);
		else
			fputc(c, f);
	}
}

static void
json_str(FILE *f, const char *s)
{
	fputc('"', f);
	for (; *s != '\0'; s++) {
		unsigned char	 c = (unsigned char)*s;

		if (c == '"' || c == '\\')
			fprintf(f, "\\%c", c);
		else if (c < 0x20 || c == 0x7f)
			fprintf(f, "\\u%04x", c);
		else
			fputc(c, f);
	}
	fputc('"', f);
}

/* Confusion matrix of want against got, for queues (pri = 0) or priorities. */
static void
labels_matrix(const struct labels *l, int pri, FILE *f, int json)
{
	const char	*names[LABELS_MAX_NAMES];
	size_t		 n = 0, i, j, k, c;
	int		 a, b;

	for (i = 0; i < l->n; i++) {
		(void)labels_index(names, &n, pri ? l->v[i].wantp :
		    l->v[i].wantq);
		(void)labels_index(names, &n, pri ? l->v[i].gotp :
		    l->v[i].gotq);
	}
	if (!json) {
		fprintf(f, "\n%s: rows what the mail expects, columns what the "
		    "rules chose\n%-12s", pri ? "priority" : "queue", "");
		for (j = 0; j < n; j++)
			fprintf(f, " %10.10s", names[j]);
		fputc('\n', f);
	} else
		fputc('{', f);
	for (i = 0; i < n; i++) {
		if (json) {
			fprintf(f, "%s", i ? "," : "");
			json_str(f, names[i]);
			fputs(":{", f);
		} else
			fprintf(f, "%-12.12s", names[i]);
		for (j = 0, k = 0; j < n; j++) {
			for (c = 0, a = 0; a < (int)l->n; a++) {
				const struct labels_row *r = &l->v[a];

				b = strcmp(pri ? r->wantp : r->wantq,
				    names[i]) == 0 && strcmp(pri ? r->gotp :
				    r->gotq, names[j]) == 0;
				c += (size_t)b;
			}
			if (json) {
				if (c == 0)
					continue;
				fprintf(f, "%s", k++ ? "," : "");
				json_str(f, names[j]);
				fprintf(f, ":%zu", c);
			} else
				fprintf(f, " %10zu", c);
		}
		fputs(json ? "}" : "\n", f);
	}
	if (json)
		fputc('}', f);
}

static void
labels_table(FILE *f, const char *title, const struct labels_tally *t,
    size_t n, const struct labels_tally *all)
{
	size_t	 i;

	fprintf(f, "\n%-12s %6s %8s %9s %8s\n", title, "mails", "queue",
	    "priority", "both");
	for (i = 0; i <= n; i++) {
		const struct labels_tally *x = i < n ? &t[i] : all;

		if (i == n && all == NULL)
			break;
		fprintf(f, "%-12.12s %6zu %7.1f%% %8.1f%% %7.1f%%\n",
		    i < n ? x->name : "all", x->n, pct(x->queue, x->n),
		    pct(x->priority, x->n), pct(x->both, x->n));
	}
}

static void
labels_json_tally(FILE *f, const struct labels_tally *t, size_t n)
{
	size_t	 i;

	fputc('{', f);
	for (i = 0; i < n; i++) {
		fprintf(f, "%s", i ? "," : "");
		json_str(f, t[i].name);
		fprintf(f, ":{\"mails\":%zu,\"queue\":%zu,\"priority\":%zu,"
		    "\"both\":%zu}", t[i].n, t[i].queue, t[i].priority,
		    t[i].both);
	}
	fputc('}', f);
}

void
labels_print(const struct labels *l, FILE *f, int json)
{
	struct labels_tally	 bylang[LABELS_MAX_NAMES];
	struct labels_tally	 byq[LABELS_MAX_NAMES];
	struct labels_tally	 all;
	size_t			 nl, nq, i, k;
	const struct labels_row	*r;

	memset(bylang, 0, sizeof bylang);
	memset(byq, 0, sizeof byq);
	memset(&all, 0, sizeof all);
	nl = labels_tally(l, 0, bylang);
	nq = labels_tally(l, 1, byq);
	for (i = 0; i < l->n; i++)
		labels_count(&all, &l->v[i]);
	if (json) {
		fprintf(f, "{\"mails\":%zu,\"unlabelled\":%zu,\"queue\":%zu,"
		    "\"priority\":%zu,\"both\":%zu,\"languages\":", all.n,
		    l->unlabelled, all.queue, all.priority, all.both);
		labels_json_tally(f, bylang, nl);
		fputs(",\"queues\":", f);
		labels_json_tally(f, byq, nq);
		fputs(",\"queue_confusion\":", f);
		labels_matrix(l, 0, f, 1);
		fputs(",\"priority_confusion\":", f);
		labels_matrix(l, 1, f, 1);
		fputs(",\"wrong\":[", f);
		for (i = 0, k = 0; i < l->n; i++) {
			r = &l->v[i];
			if (labels_queue_ok(r) && labels_priority_ok(r))
				continue;
			fputs(k++ ? ",{\"file\":" : "{\"file\":", f);
			json_str(f, r->file);
			fputs(",\"language\":", f);
			json_str(f, r->lang);
			fputs(",\"want\":{\"queue\":", f);
			json_str(f, r->wantq);
			fputs(",\"priority\":", f);
			json_str(f, r->wantp);
			fputs("},\"got\":{\"queue\":", f);
			json_str(f, r->gotq);
			fputs(",\"priority\":", f);
			json_str(f, r->gotp);
			fputs("},\"queue_by\":", f);
			json_str(f, r->queue_by);
			fputs(",\"priority_by\":", f);
			json_str(f, r->priority_by);
			fputc('}', f);
		}
		fputs("]}\n", f);
		return;
	}
	fprintf(f, "%zu labelled mails", all.n);
	if (l->unlabelled)
		fprintf(f, " (%zu without X-Expect-Queue, not counted)",
		    l->unlabelled);
	fputc('\n', f);
	labels_table(f, "language", bylang, nl, &all);
	labels_table(f, "queue", byq, nq, NULL);
	labels_matrix(l, 0, f, 0);
	labels_matrix(l, 1, f, 0);
	for (i = 0, k = 0; i < l->n; i++) {
		r = &l->v[i];
		if (labels_queue_ok(r) && labels_priority_ok(r))
			continue;
		if (k++ == 0)
			fprintf(f, "\nwrong:\n");
		labels_puts(f, r->file);
		fprintf(f, " [%s]: want %s/%s, got %s/%s\n", r->lang,
		    r->wantq, r->wantp, r->gotq, r->gotp);
		if (!labels_queue_ok(r)) {
			fputs("  queue: ", f);
			labels_puts(f, r->queue_by);
			fputc('\n', f);
		}
		if (!labels_priority_ok(r)) {
			fputs("  priority: ", f);
			labels_puts(f, r->priority_by);
			fputc('\n', f);
		}
	}
	if (k == 0)
		fprintf(f, "\nwrong: none\n");
}
