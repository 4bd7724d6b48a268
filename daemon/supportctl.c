/*
 * supportctl.c -- the admin's command line: feed mail in, look at cases,
 * the outbox and the quarantine, deliver the outbox, check and try rules.
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "charset.h"
#include "clock.h"
#include "desk.h"
#include "ingest.h"
#include "json.h"
#include "labels.h"
#include "log.h"
#include "mime.h"
#include "outbox.h"
#include "outmsg.h"
#include "rawmsg.h"
#include "report.h"
#include "rules.h"
#include "thread.h"
#include "workq.h"
#include "xmalloc.h"

#ifndef SUPPORTD_CONF
#define SUPPORTD_CONF	"/etc/supportd/supportd.conf"
#endif

static const char *conffile = SUPPORTD_CONF;

static void
usage_to(FILE *f)
{
	fprintf(f,
	    "usage: supportctl [-hv] [-c file] [--version] command [args]\n"
	    "  ingest [--mailbox name] [--quiet] [file.eml ...]\n"
	    "  cases [--json] [--status s] [--queue q]\n"
	    "  show ref [--json]\n"
	    "  outbox [--json]\n"
	    "  send\n"
	    "  quarantine [--json] | quarantine show|retry Q-n\n"
	    "  rules check | rules test file.eml [--mailbox name]\n"
	    "  report [--from date] [--to date] [--json | --html file]\n"
	    "  rules eval [--json] [--mailbox name] [--min percent] dir|file "
	    "...\n"
	    "  rules train [--min-count n] [--charset cs] -o model dir|file "
	    "...\n"
	    "  assign ref name | take ref | status ref status |\n"
	    "  comment ref [file] | reply ref file | merge ref other\n"
	    "      --as agent [--json]\n"
	    "  stats [--json]\n"
	    "  migrate --to postgresql://...\n"
	    "See supportctl(1).\n");
}

static void __attribute__((noreturn))
usage(void)
{
	usage_to(stderr);
	exit(2);
}

static void
print_errors(const struct strv *errors)
{
	size_t	 i;

	for (i = 0; i < errors->n; i++)
		fprintf(stderr, "%s\n", errors->v[i]);
}

/* An exit status an MTA understands: try again later (sysexits.h). */
#define EX_TEMPFAIL	75

/* Open the desk or exit with status (1, or EX_TEMPFAIL for a pipe). */
static void
open_desk_or(struct desk *d, int status)
{
	struct strv	 errors;

	memset(&errors, 0, sizeof errors);
	if (desk_open(conffile, d, &errors) == -1) {
		print_errors(&errors);
		strv_free(&errors);
		exit(status);
	}
	strv_free(&errors);
}

static void
open_desk(struct desk *d)
{
	open_desk_or(d, 1);
}

/*
 * A message from a file, or stdin for "-": a large file mapped, not read
 * into memory; a large stdin spilled to a temporary file and mapped.
 */
static int
load_msg(const char *path, struct rawmsg *r)
{
	char	*cause = NULL;
	int	 fd, rv;

	if (strcmp(path, "-") == 0)
		fd = STDIN_FILENO;
	else if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1) {
		fprintf(stderr, "supportctl: %s: %s\n", path, strerror(errno));
		return -1;
	}
	rv = rawmsg_read_fd(r, fd, MIME_MAX_SIZE, &cause);
	if (fd != STDIN_FILENO)
		close(fd);
	if (rv == -1) {
		fprintf(stderr, "supportctl: %s: %s\n", path, cause);
		free(cause);
		rawmsg_free(r);
	}
	return rv;
}

/* Read a whole file, or stdin for "-", with the parser's size cap. */
static int
slurp(const char *path, char **out, size_t *len)
{
	FILE		*f;
	struct buf	 b;
	char		 chunk[65536];
	size_t		 n;

	if (strcmp(path, "-") == 0)
		f = stdin;
	else if ((f = fopen(path, "rb")) == NULL) {
		fprintf(stderr, "supportctl: %s: %s\n", path, strerror(errno));
		return -1;
	}
	buf_init(&b, MIME_MAX_SIZE);
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		if (buf_add(&b, chunk, n) == -1) {
			fprintf(stderr, "supportctl: %s: larger than %u bytes\n",
			    path, MIME_MAX_SIZE);
			buf_free(&b);
			if (f != stdin)
				fclose(f);
			return -1;
		}
	if (ferror(f)) {
		fprintf(stderr, "supportctl: %s: read error\n", path);
		buf_free(&b);
		if (f != stdin)
			fclose(f);
		return -1;
	}
	if (f != stdin)
		fclose(f);
	*len = b.len;
	*out = buf_release(&b);
	return 0;
}

/* Messages a transaction of "ingest" holds at most. */
#define INGEST_BATCH	200

/* Every file of a batch that could not be stored, and why. */
static void
batch_failed(const struct strv *names, const char *cause)
{
	size_t	 i;

	for (i = 0; i < names->n; i++)
		fprintf(stderr, "supportctl: %s: %s\n", names->v[i],
		    cause ? cause : "failed");
}

/* A file to ingest, read and prepared ahead of its turn. */
struct ingest_slot {
	struct rawmsg		 raw;
	struct ingest_prep	 prep;
	int			 failed;	/* could not be read (said) */
};

struct ingest_ahead_arg {
	const struct desk	*d;
	char			**files;
	struct ingest_slot	*slot;
};

#define INGEST_AHEAD	32	/* files read and prepared ahead */

/* On a worker thread: what needs no store. */
static void
ingest_ahead(void *arg, size_t i)
{
	struct ingest_ahead_arg	*a = arg;
	struct ingest_slot	*sl = &a->slot[i];

	if (load_msg(a->files[i], &sl->raw) == -1) {
		sl->failed = 1;
		return;
	}
	ingest_prepare(a->d, sl->raw.p, sl->raw.len, &sl->prep);
}

/* The files of one transaction, and their lines once it is committed. */
struct ingest_batch {
	struct strv	 lines, names;
	int		 n;
	int		 tempfail;
};

static void
ingest_batch_commit(struct desk *d, struct ingest_batch *b)
{
	char	*cause = NULL;
	size_t	 k;

	if (store_commit(d->st, &cause) == -1) {
		store_rollback(d->st);
		batch_failed(&b->names, cause);
		b->tempfail += (int)b->names.n;
	} else
		for (k = 0; k < b->lines.n; k++)
			printf("%s\n", b->lines.v[k]);
	free(cause);
	strv_free(&b->lines);
	strv_free(&b->names);
	b->n = 0;
}

/* The store is busy or failing: nothing of the batch was kept. */
static void
ingest_batch_fail(struct desk *d, struct ingest_batch *b, const char *file,
    char *cause)
{
	store_rollback(d->st);
	strv_add(&b->names, file);
	batch_failed(&b->names, cause);
	b->tempfail += (int)b->names.n;
	strv_free(&b->lines);
	strv_free(&b->names);
	free(cause);
	b->n = 0;
}

/*
 * Files are stored a batch per transaction (one fsync a batch, not one a
 * message); each message still has its own savepoint, and a line is
 * printed only once its batch is committed.  The next files are read and
 * prepared (parsed, folded, guessed) on the other cores meanwhile.  The
 * files that failed for the store's sake, *errors those unreadable.
 */
static int
ingest_files(struct desk *d, const struct ingest_opts *o, char **files,
    int nfiles, int *errors)
{
	struct ingest_batch	 b;
	struct ingest_result	 res;
	struct ingest_ahead_arg	 ia;
	struct ingest_slot	*sl;
	struct workq		*q;
	char			*cause, *line;
	int			 i;

	memset(&b, 0, sizeof b);
	ia.d = d;
	ia.files = files;
	ia.slot = xcalloc((size_t)nfiles, sizeof *ia.slot);
	for (i = 0; i < nfiles; i++)
		rawmsg_init(&ia.slot[i].raw, MIME_MAX_SIZE);
	q = workq_start((size_t)nfiles, (size_t)nfiles, INGEST_AHEAD,
	    ingest_workers(d), ingest_ahead, charset_cache_clear, &ia);
	for (i = 0; i < nfiles; i++) {
		if (b.n >= INGEST_BATCH)
			ingest_batch_commit(d, &b);
		workq_wait(q, (size_t)i);
		sl = &ia.slot[i];
		if (sl->failed) {
			(*errors)++;
			continue;
		}
		cause = NULL;
		if ((b.n == 0 && store_begin(d->st, &cause) == -1) ||
		    ingest_prepared(d, o, sl->raw.p, sl->raw.len, &sl->prep,
		    &res, &cause) == -1)
			ingest_batch_fail(d, &b, files[i], cause);
		else {
			b.n++;
			strv_add(&b.names, files[i]);
			xasprintf(&line, "%s\t%s\t%s", res.ref[0] ? res.ref :
			    "-", ingest_what_name(res.what), res.note);
			strv_add(&b.lines, line);
			free(line);
		}
		ingest_prep_free(&sl->prep);
		rawmsg_free(&sl->raw);
	}
	if (b.n > 0)
		ingest_batch_commit(d, &b);
	workq_finish(q);
	free(ia.slot);
	return b.tempfail;
}

static int
cmd_ingest(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "mailbox", required_argument, NULL, 'm' },
		{ "quiet", no_argument, NULL, 'q' },
		{ NULL, 0, NULL, 0 }
	};
	struct desk		 d;
	struct ingest_opts	 o;
	const struct mailbox_conf *mc;
	int			 ch, errors = 0, tempfail;
	char			*stdin_only[] = { (char *)"-" };
	char			**files;
	int			 nfiles;

	memset(&o, 0, sizeof o);
	o.mailbox = "";
	optind = 0;
	while ((ch = getopt_long(argc, argv, "m:q", opts, NULL)) != -1) {
		switch (ch) {
		case 'm':
			o.mailbox = optarg;
			break;
		case 'q':
			o.quiet = 1;
			break;
		default:
			usage();
		}
	}
	files = argc > optind ? argv + optind : stdin_only;
	nfiles = argc > optind ? argc - optind : 1;

	/*
	 * A store that cannot be opened (read-only, gone, a config being
	 * edited) is the admin's to fix, not the customer's fault: the MTA
	 * defers the mail instead of bouncing it.
	 */
	open_desk_or(&d, EX_TEMPFAIL);
	if ((mc = config_mailbox(d.conf, o.mailbox)) != NULL)
		o.queue = mc->queue;
	tempfail = ingest_files(&d, &o, files, nfiles, &errors);
	desk_close(&d);
	if (tempfail)
		return EX_TEMPFAIL;
	return errors ? 1 : 0;
}

/*
 * Text for a terminal: what a customer wrote may hold escape sequences
 * (clear the screen, write the clipboard), so every C0 and C1 control but
 * tab and newline is shown as \xNN.  Returns a string owned by the arena.
 */
static struct strv	 arena;

static const char *
E(const char *s)
{
	struct buf		 b;
	const unsigned char	*p;

	if (s == NULL)
		return "";
	buf_init(&b, BUF_DEFAULT_MAX);
	for (p = (const unsigned char *)s; *p != '\0'; p++) {
		if ((*p < 0x20 && *p != '\t' && *p != '\n') || *p == 0x7f)
			buf_printf(&b, "\\x%02x", *p);
		else if (*p == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f) {
			buf_printf(&b, "\\x%02x", p[1]);
			p++;
		} else
			buf_addc(&b, (char)*p);
	}
	strv_add(&arena, b.data ? b.data : "");
	buf_free(&b);
	return arena.v[arena.n - 1];
}

static const char *
datetime(time_t t)
{
	char		 s[32];
	struct tm	 tm;

	gmtime_r(&t, &tm);
	strftime(s, sizeof s, "%Y-%m-%d %H:%M:%S", &tm);
	strv_add(&arena, s);
	return arena.v[arena.n - 1];
}

static void
json_case(struct json *j, const struct store_case *c)
{
	size_t	 i;

	json_key(j, "ref");
	json_string(j, c->ref);
	json_key(j, "status");
	json_string(j, case_status_name(c->status));
	json_key(j, "queue");
	json_string(j, c->queue);
	json_key(j, "priority");
	json_string(j, case_priority_name(c->priority));
	json_key(j, "subject");
	json_string(j, c->subject);
	json_key(j, "customer");
	json_string(j, c->customer);
	json_key(j, "customer_name");
	json_string(j, c->customer_name);
	json_key(j, "language");
	json_string(j, c->language);
	json_key(j, "tags");
	json_open(j, '[');
	for (i = 0; i < c->tags.n; i++)
		json_string(j, c->tags.v[i]);
	json_close(j, ']');
	json_key(j, "assignee");
	json_string(j, c->assignee);
	json_key(j, "linked");
	json_string(j, c->linked_ref);
	json_key(j, "created");
	json_time(j, c->created);
	json_key(j, "updated");
	json_time(j, c->updated);
}

/* Print a finished buffer and free it; 0. */
static int
emit(struct buf *b)
{
	if (b->len > 0)
		fwrite(b->data, 1, b->len, stdout);
	buf_free(b);
	strv_free(&arena);
	return 0;
}

static int
store_failed(char *cause)
{
	fprintf(stderr, "supportctl: %s\n", cause ? cause : "store failed");
	free(cause);
	return 1;
}

static int
cmd_cases(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "status", required_argument, NULL, 's' },
		{ "queue", required_argument, NULL, 'q' },
		{ NULL, 0, NULL, 0 }
	};
	struct desk		 d;
	struct store_case	*c;
	struct buf		 b;
	struct json		 j;
	enum case_status	 st;
	const char		*status = NULL, *queue = NULL;
	char			*cause = NULL;
	size_t			 n, i;
	int			 ch, json = 0, rv;

	optind = 0;
	while ((ch = getopt_long(argc, argv, "js:q:", opts, NULL)) != -1) {
		switch (ch) {
		case 'j':
			json = 1;
			break;
		case 's':
			status = optarg;
			break;
		case 'q':
			queue = optarg;
			break;
		default:
			usage();
		}
	}
	if (optind != argc)
		usage();
	if (status != NULL && case_status_parse(status, &st) == -1) {
		fprintf(stderr, "supportctl: %s: not a status\n", status);
		return 1;
	}
	open_desk(&d);
	rv = store_cases_list(d.st, status, queue, &c, &n, &cause);
	desk_close(&d);
	if (rv == -1)
		return store_failed(cause);
	buf_init(&b, BUF_DEFAULT_MAX);
	if (json) {
		json_init(&j, &b);
		json_open(&j, '[');
		for (i = 0; i < n; i++) {
			json_open(&j, '{');
			json_case(&j, &c[i]);
			json_key(&j, "messages");
			json_int(&j, c[i].nmessages);
			json_close(&j, '}');
		}
		json_close(&j, ']');
		buf_addc(&b, '\n');
	} else
		for (i = 0; i < n; i++)
			buf_printf(&b, "%-10s %-9s %-10s %-7s %-4s %-28.28s "
			    "%s\n", E(c[i].ref), case_status_name(c[i].status),
			    E(c[i].queue), case_priority_name(c[i].priority),
			    E(c[i].language), E(c[i].customer),
			    E(c[i].subject));
	store_cases_free(c, n);
	return emit(&b);
}

static void
show_json(struct buf *b, const struct store_case_detail *cd)
{
	struct json	 j;
	size_t		 i;

	json_init(&j, b);
	json_open(&j, '{');
	json_case(&j, &cd->c);
	json_key(&j, "messages");
	json_open(&j, '[');
	for (i = 0; i < cd->nmsgs; i++) {
		const struct store_msg_row *m = &cd->msgs[i];

		json_open(&j, '{');
		json_key(&j, "id");
		json_int(&j, m->id);
		json_key(&j, "direction");
		json_string(&j, m->direction);
		json_key(&j, "kind");
		json_string(&j, m->kind);
		json_key(&j, "message_id");
		json_string(&j, m->message_id);
		json_key(&j, "from");
		json_string(&j, m->sender);
		json_key(&j, "subject");
		json_string(&j, m->subject);
		json_key(&j, "date");
		json_time(&j, m->date);
		json_key(&j, "language");
		json_string(&j, m->language);
		json_key(&j, "body");
		json_string(&j, m->body);
		json_key(&j, "attachments");
		json_raw(&j, m->attachments);
		json_close(&j, '}');
	}
	json_close(&j, ']');
	json_key(&j, "events");
	json_open(&j, '[');
	for (i = 0; i < cd->nevents; i++) {
		json_open(&j, '{');
		json_key(&j, "at");
		json_time(&j, cd->events[i].at);
		json_key(&j, "kind");
		json_string(&j, cd->events[i].kind);
		json_key(&j, "actor");
		json_string(&j, cd->events[i].actor);
		json_key(&j, "detail");
		json_string(&j, cd->events[i].detail);
		json_close(&j, '}');
	}
	json_close(&j, ']');
	json_close(&j, '}');
	buf_addc(b, '\n');
}

static void
show_text(struct buf *b, const struct store_case_detail *cd)
{
	const struct store_case	*c = &cd->c;
	size_t			 i;

	buf_printf(b, "%s  %s", E(c->ref), E(c->subject));
	if (c->linked_ref != NULL)
		buf_printf(b, "  (follows %s)", E(c->linked_ref));
	buf_printf(b, "\nstatus:   %s\nqueue:    %s\npriority: %s\n"
	    "customer: %s <%s>\nlanguage: %s\nassignee: %s\ntags:     ",
	    case_status_name(c->status), E(c->queue),
	    case_priority_name(c->priority), E(c->customer_name),
	    E(c->customer), E(c->language), c->assignee ? E(c->assignee) :
	    "-");
	for (i = 0; i < c->tags.n; i++)
		buf_printf(b, "%s%s", i ? " " : "", E(c->tags.v[i]));
	buf_printf(b, "%s\ncreated:  %s\nupdated:  %s\n", c->tags.n ? "" : "-",
	    datetime(c->created), datetime(c->updated));
	for (i = 0; i < cd->nmsgs; i++) {
		const struct store_msg_row *m = &cd->msgs[i];

		buf_printf(b, "\n--- %s %s %s  %s\nSubject: %s\n\n%s",
		    datetime(m->date), m->direction, m->kind, E(m->sender),
		    E(m->subject), E(m->body));
	}
	buf_adds(b, "\n--- events\n");
	for (i = 0; i < cd->nevents; i++)
		buf_printf(b, "%s%s  %-14s %-24s %s", i ? "\n" : "",
		    datetime(cd->events[i].at), E(cd->events[i].kind),
		    E(cd->events[i].actor), E(cd->events[i].detail));
	buf_addc(b, '\n');
}

static int
cmd_show(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ NULL, 0, NULL, 0 }
	};
	struct desk		 d;
	struct store_case_detail cd;
	struct buf		 b;
	char			*cause = NULL;
	int			 ch, json = 0, r;

	optind = 0;
	while ((ch = getopt_long(argc, argv, "j", opts, NULL)) != -1) {
		if (ch == 'j')
			json = 1;
		else
			usage();
	}
	if (optind + 1 != argc)
		usage();
	open_desk(&d);
	r = store_case_detail(d.st, argv[optind], &cd, &cause);
	desk_close(&d);
	if (r == -1)
		return store_failed(cause);
	if (r == 0) {
		fprintf(stderr, "supportctl: %s: no such case\n",
		    E(argv[optind]));
		strv_free(&arena);
		return 1;
	}
	buf_init(&b, BUF_DEFAULT_MAX);
	if (json)
		show_json(&b, &cd);
	else
		show_text(&b, &cd);
	store_case_detail_free(&cd);
	return emit(&b);
}

static int
cmd_outbox(int argc, char **argv)
{
	struct desk		 d;
	struct store_out	*o;
	struct buf		 b;
	struct json		 j;
	char			*cause = NULL, *to;
	size_t			 n, i, k;
	int			 json = argc == 2 && strcmp(argv[1], "--json") == 0;

	if (argc > 2 || (argc == 2 && !json))
		usage();
	open_desk(&d);
	k = store_out_list(d.st, &o, &n, &cause) == -1;
	desk_close(&d);
	if (k)
		return store_failed(cause);
	buf_init(&b, BUF_DEFAULT_MAX);
	json_init(&j, &b);
	if (json)
		json_open(&j, '[');
	for (i = 0; i < n; i++) {
		struct buf	 t;

		buf_init(&t, 1024 * 1024);
		for (k = 0; k < o[i].rcpts.n; k++)
			buf_printf(&t, "%s%s", k ? (json ? "\n" : ",") : "",
			    o[i].rcpts.v[k]);
		to = buf_release(&t);
		if (json) {
			json_open(&j, '{');
			json_key(&j, "id");
			json_int(&j, o[i].id);
			json_key(&j, "case");
			json_string(&j, o[i].case_ref);
			json_key(&j, "to");
			json_string(&j, to ? to : "");
			json_key(&j, "subject");
			json_string(&j, o[i].subject);
			json_key(&j, "status");
			json_string(&j, o[i].status);
			json_key(&j, "attempts");
			json_int(&j, o[i].attempts);
			json_key(&j, "error");
			json_string(&j, o[i].error);
			json_key(&j, "message_id");
			json_string(&j, o[i].message_id);
			json_key(&j, "raw");
			json_bytes(&j, o[i].raw, o[i].rawlen);
			json_close(&j, '}');
		} else {
			buf_printf(&b, "%-5lld %-10s %-7s %2d  %-28.28s %s",
			    (long long)o[i].id, o[i].case_ref ?
			    E(o[i].case_ref) : "-", o[i].status,
			    o[i].attempts, E(to ? to : ""), E(o[i].subject));
			if (o[i].error != NULL)
				buf_printf(&b, "  [%s]", E(o[i].error));
			buf_addc(&b, '\n');
		}
		free(to);
	}
	if (json) {
		json_close(&j, ']');
		buf_addc(&b, '\n');
	}
	store_out_free(o, n);
	return emit(&b);
}

static int
cmd_send(int argc, char **argv)
{
	struct desk		 d;
	struct outbox_stats	 s;
	char			*cause = NULL;
	int			 q = 0, sent = 0, failed = 0;

	if (argc != 1)
		usage();
	open_desk(&d);
	if (d.conf->smtp.url == NULL) {
		fprintf(stderr, "supportctl: %s: no smtp url: cannot deliver\n",
		    conffile);
		desk_close(&d);
		return 1;
	}
	if (outbox_run(&d, 1, 100000, &s) == -1) {
		desk_close(&d);
		return EX_TEMPFAIL;
	}
	if (store_out_counts(d.st, &q, &sent, &failed, &cause) == -1) {
		desk_close(&d);
		return store_failed(cause);
	}
	printf("%d sent, %d deferred, %d failed; outbox: %d queued\n",
	    s.sent, s.deferred, s.failed, q);
	desk_close(&d);
	return s.deferred || s.failed ? 1 : 0;
}

/* "Q-12" or "12" to 12; -1 if it is neither. */
static long long
quarantine_id(const char *s)
{
	char		*end;
	long long	 id;

	if (s[0] == 'Q' && s[1] == '-')
		s += 2;
	errno = 0;
	id = strtoll(s, &end, 10);
	if (*s == '\0' || *end != '\0' || errno != 0 || id <= 0)
		return -1;
	return id;
}

/*
 * Run a quarantined message through the pipeline again (after the rule or
 * the bug that stopped it was fixed).  It leaves the quarantine in the
 * same transaction that stores it, or lands there again with a new reason.
 */
static int
quarantine_retry(struct desk *d, long long id, const char *name)
{
	struct ingest_opts	 o;
	struct ingest_result	 res;
	const struct mailbox_conf *mc;
	char			*raw = NULL, *mailbox = NULL, *cause = NULL;
	size_t			 len = 0;
	int			 rv = 0, r;

	if ((r = store_quarantine_raw(d->st, id, &raw, &len, &mailbox,
	    &cause)) != 1) {
		if (r == -1)
			return store_failed(cause);
		fprintf(stderr, "supportctl: %s: not in quarantine\n", name);
		return 1;
	}
	memset(&o, 0, sizeof o);
	o.mailbox = mailbox ? mailbox : "";
	if ((mc = config_mailbox(d->conf, o.mailbox)) != NULL)
		o.queue = mc->queue;
	if (len == 0) {
		fprintf(stderr, "supportctl: %s: no bytes were kept (the "
		    "message is still in mailbox %s)\n", name, o.mailbox);
		rv = 1;
	} else if (store_begin(d->st, &cause) == -1 ||
	    store_quarantine_delete(d->st, id, &cause) == -1 ||
	    ingest_message(d, &o, raw, len, &res, &cause) == -1 ||
	    store_commit(d->st, &cause) == -1) {
		store_rollback(d->st);
		fprintf(stderr, "supportctl: %s: %s\n", name,
		    cause ? cause : "failed");
		rv = EX_TEMPFAIL;
	} else
		printf("%s\t%s\t%s\n", res.ref[0] ? res.ref : "-",
		    ingest_what_name(res.what), res.note);
	free(cause);
	free(mailbox);
	free(raw);
	return rv;
}

static int
quarantine_list(struct desk *d, int json)
{
	struct store_quarantine_row	*q;
	struct buf			 b;
	struct json			 j;
	char				*cause = NULL;
	size_t				 n, i;

	if (store_quarantine_list(d->st, &q, &n, &cause) == -1)
		return store_failed(cause);
	buf_init(&b, BUF_DEFAULT_MAX);
	json_init(&j, &b);
	if (json)
		json_open(&j, '[');
	for (i = 0; i < n; i++) {
		if (json) {
			json_open(&j, '{');
			json_key(&j, "id");
			json_int(&j, q[i].id);
			json_key(&j, "mailbox");
			json_string(&j, q[i].mailbox);
			json_key(&j, "uid");
			if (q[i].uid)
				json_int(&j, q[i].uid);
			else
				json_null(&j);
			json_key(&j, "reason");
			json_string(&j, q[i].reason);
			json_key(&j, "size");
			json_int(&j, (long long)q[i].size);
			json_key(&j, "created");
			json_time(&j, q[i].created);
			json_close(&j, '}');
		} else
			buf_printf(&b, "Q-%-5lld %s %-10s %8zu bytes  %s\n",
			    (long long)q[i].id, datetime(q[i].created),
			    E(q[i].mailbox), q[i].size, E(q[i].reason));
	}
	if (json) {
		json_close(&j, ']');
		buf_addc(&b, '\n');
	}
	store_quarantine_list_free(q, n);
	return emit(&b);
}

static int
cmd_quarantine(int argc, char **argv)
{
	struct desk	 d;
	char		*raw, *cause = NULL;
	size_t		 len;
	long long	 id;
	int		 rv = 0, r;

	open_desk(&d);
	if (argc == 3 && (strcmp(argv[1], "show") == 0 ||
	    strcmp(argv[1], "retry") == 0)) {
		if ((id = quarantine_id(argv[2])) == -1) {
			fprintf(stderr, "supportctl: %s: not in quarantine\n",
			    E(argv[2]));
			rv = 1;
		} else if (strcmp(argv[1], "retry") == 0)
			rv = quarantine_retry(&d, id, argv[2]);
		else if ((r = store_quarantine_raw(d.st, id, &raw, &len,
		    NULL, &cause)) != 1) {
			if (r == -1)
				rv = store_failed(cause);
			else {
				fprintf(stderr, "supportctl: %s: not in "
				    "quarantine\n", E(argv[2]));
				rv = 1;
			}
		} else {
			/* The bytes as they came: for a file, not a screen. */
			fwrite(raw, 1, len, stdout);
			free(raw);
		}
	} else if (argc == 1 || (argc == 2 && strcmp(argv[1], "--json") == 0))
		rv = quarantine_list(&d, argc == 2);
	else
		usage();
	desk_close(&d);
	strv_free(&arena);
	return rv;
}

/*
 * An agent's command from the shell: written as the mail the agent would
 * send (from the agent's address to the answer address signed for that
 * agent and case) and run through the same pipeline, so that a command
 * means the same by mail and here, and the case records it the same way.
 */
static int
agent_action(struct desk *d, const struct agent_conf *a, const char *ref,
    const char *text, struct ingest_result *res)
{
	struct outmsg		 o;
	struct ingest_opts	 opts;
	char			*raw = NULL, *mid = NULL, *to, *subject, *cause = NULL;
	size_t			 len;
	int			 rv = 1;

	to = thread_agent_address(d->conf, ref, a->name);
	xasprintf(&subject, "[%s] supportctl", ref);
	memset(&o, 0, sizeof o);
	o.from_name = a->name;
	o.from_addr = a->address;
	o.to_addr = to;
	o.subject = subject;
	o.body = text;
	memset(&opts, 0, sizeof opts);
	opts.mailbox = "";
	if (outmsg_build(&o, &raw, &len, &mid, &cause) == -1) {
		fprintf(stderr, "supportctl: %s\n", cause);
		goto out;
	}
	if (store_begin(d->st, &cause) == -1 ||
	    ingest_message(d, &opts, raw, len, res, &cause) == -1 ||
	    store_commit(d->st, &cause) == -1) {
		store_rollback(d->st);
		fprintf(stderr, "supportctl: %s: %s\n", ref, cause ? cause :
		    "failed");
		rv = EX_TEMPFAIL;
		goto out;
	}
	rv = 0;
out:
	free(cause);
	free(raw);
	free(mid);
	free(to);
	free(subject);
	return rv;
}

/* Text from a file, or standard input for "-". */
static char *
read_text(const char *path)
{
	char	*raw;
	size_t	 len;

	if (slurp(path, &raw, &len) == -1)
		return NULL;
	if (memchr(raw, '\0', len) != NULL) {
		fprintf(stderr, "supportctl: %s: not text\n", path);
		free(raw);
		return NULL;
	}
	return raw;
}

/*
 * The mail an agent would send for "supportctl VERB REF ARGS": its
 * #command and text, in *body; 1 (after saying why) when it cannot be.
 */
static int
agent_body(const char *verb, size_t nargs, char **args, char **body)
{
	static const struct {
		const char	*status;
		const char	*cmd;
	} statuses[] = {
		{ "open", "#open" }, { "pending", "#pending" },
		{ "resolved", "#resolve" }, { "closed", "#close" },
	};
	char	*text;
	size_t	 i;

	*body = NULL;
	if (strcmp(verb, "take") == 0 && nargs == 1)
		*body = xstrdup("#take\n");
	else if (strcmp(verb, "assign") == 0 && nargs == 2)
		xasprintf(body, "#assign %s\n", args[1]);
	else if (strcmp(verb, "merge") == 0 && nargs == 2)
		xasprintf(body, "#merge %s\n", args[1]);
	else if (strcmp(verb, "status") == 0 && nargs == 2) {
		for (i = 0; i < sizeof statuses / sizeof statuses[0]; i++)
			if (strcmp(args[1], statuses[i].status) == 0)
				*body = xstrdup(statuses[i].cmd);
		if (*body == NULL) {
			fprintf(stderr, "supportctl: %s: a status is open, "
			    "pending, resolved or closed\n", E(args[1]));
			return 1;
		}
	} else if (strcmp(verb, "comment") == 0 && nargs <= 2) {
		if ((text = read_text(nargs == 2 ? args[1] : "-")) == NULL)
			return 1;
		xasprintf(body, "#comment\n%s", text);
		free(text);
	} else if (strcmp(verb, "reply") == 0 && nargs == 2) {
		if ((text = read_text(args[1])) == NULL)
			return 1;
		*body = text;
	} else
		usage();
	return 0;
}

/* The agent and the case the command names, both known: 0, else a status. */
static int
agent_target(struct desk *d, const char *as, const char *ref,
    const struct agent_conf **a)
{
	struct store_case	 c;
	char			*cause = NULL;
	int			 rv;

	if ((*a = config_agent_named(d->conf, as)) == NULL) {
		fprintf(stderr, "supportctl: %s: no agent of that name in %s\n",
		    E(as), conffile);
		return 1;
	}
	if ((rv = store_case_by_ref(d->st, ref, &c, &cause)) != 1) {
		if (rv == -1)
			return store_failed(cause);
		fprintf(stderr, "supportctl: %s: no such case\n", E(ref));
		return 1;
	}
	store_case_clear(&c);
	return 0;
}

/* A refused command: say so, with the reason the case recorded. */
static void
agent_refused(struct desk *d, const char *ref, const struct agent_conf *a)
{
	struct store_case_detail cd;
	char			*cause = NULL;
	size_t			 i;

	fprintf(stderr, "supportctl: %s: not done (the reasons went to "
	    "%s too):\n", E(ref), a->address);
	if (store_case_detail(d->st, ref, &cd, &cause) == 1) {
		for (i = cd.nevents; i-- > 0; )
			if (strcmp(cd.events[i].kind, "refused") == 0) {
				fprintf(stderr, "  %s\n",
				    E(cd.events[i].detail));
				break;
			}
		store_case_detail_free(&cd);
	}
	free(cause);
}

/* What was done: a line, or with --json the case as "show" gives it. */
static int
agent_done(struct desk *d, const char *ref, const struct ingest_result *res,
    int json)
{
	struct store_case_detail cd;
	struct buf		 b;
	char			*cause = NULL;

	if (!json) {
		printf("%s\t%s\t%s\n", res->ref, ingest_what_name(res->what),
		    res->note);
		return 0;
	}
	if (store_case_detail(d->st, ref, &cd, &cause) != 1)
		return store_failed(cause);
	buf_init(&b, BUF_DEFAULT_MAX);
	show_json(&b, &cd);
	store_case_detail_free(&cd);
	emit(&b);
	return 0;
}

static int
cmd_agent(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "as", required_argument, NULL, 'a' },
		{ "json", no_argument, NULL, 'j' },
		{ NULL, 0, NULL, 0 }
	};
	struct desk			 d;
	struct ingest_result		 res;
	const struct agent_conf		*a;
	const char			*verb = argv[0], *as = NULL, *ref;
	char				*body;
	size_t				 nargs;
	int				 ch, json = 0, rv;

	optind = 0;
	while ((ch = getopt_long(argc, argv, "a:j", opts, NULL)) != -1) {
		if (ch == 'a')
			as = optarg;
		else if (ch == 'j')
			json = 1;
		else
			usage();
	}
	nargs = (size_t)(argc - optind);
	if (as == NULL || nargs < 1)
		usage();
	ref = argv[optind];
	if (agent_body(verb, nargs, argv + optind, &body) != 0) {
		strv_free(&arena);
		return 1;
	}

	open_desk(&d);
	if ((rv = agent_target(&d, as, ref, &a)) != 0)
		goto out;
	if ((rv = agent_action(&d, a, ref, body, &res)) != 0)
		goto out;
	if (strstr(res.note, "refused") != NULL) {
		agent_refused(&d, ref, a);
		rv = 1;
	} else
		rv = agent_done(&d, ref, &res, json);
out:
	free(body);
	desk_close(&d);
	strv_free(&arena);
	return rv;
}

/* "5 min ago"-style ages for people; seconds stay in the JSON. */
static const char *
age(time_t now, time_t t)
{
	char	 s[32];
	long	 d = (long)(now - t);

	if (t == 0)
		return "never";
	if (d < 120)
		snprintf(s, sizeof s, "%ld s ago", d);
	else if (d < 7200)
		snprintf(s, sizeof s, "%ld min ago", d / 60);
	else if (d < 172800)
		snprintf(s, sizeof s, "%ld h ago", d / 3600);
	else
		snprintf(s, sizeof s, "%ld days ago", d / 86400);
	strv_add(&arena, s);
	return arena.v[arena.n - 1];
}

/*
 * What an admin checks first when a customer says nobody answered: is
 * every mailbox read, is mail going out, is anything stuck or late.
 */
/* A time as JSON, null for 0 (never). */
static void
stats_json_time(struct json *j, const char *key, time_t t)
{
	json_key(j, key);
	if (t)
		json_time(j, t);
	else
		json_null(j);
}

/* The figures of mailbox name, zero for one never polled (in *none). */
static const struct store_mailbox_stat *
stats_mailbox(const struct store_stats *st, const char *name,
    struct store_mailbox_stat *none)
{
	size_t	 k;
	const struct store_mailbox_stat *m = NULL;

	for (k = 0; k < st->nmailboxes; k++)
		if (strcmp(st->mailboxes[k].mailbox, name) == 0)
			m = &st->mailboxes[k];
	if (m == NULL) {
		memset(none, 0, sizeof *none);
		m = none;
	}
	return m;
}

static void
stats_mailbox_json(struct json *j, const char *name,
    const struct store_mailbox_stat *m, time_t now)
{
	json_open(j, '{');
	json_key(j, "mailbox");
	json_string(j, name);
	stats_json_time(j, "last_poll", m->last_poll);
	stats_json_time(j, "last_ok", m->last_ok);
	json_key(j, "lag");
	if (m->last_ok)
		json_int(j, (long long)(now - m->last_ok));
	else
		json_null(j);
	json_key(j, "processed");
	json_int(j, m->processed);
	json_key(j, "errors");
	json_int(j, m->errors);
	json_key(j, "last_error");
	json_string(j, m->last_error);
	json_close(j, '}');
}

/* Every configured mailbox, polled or not: a row, or a JSON object. */
static void
stats_mailboxes(const struct desk *d, const struct store_stats *st,
    time_t now, struct buf *b, struct json *j, int json)
{
	const struct store_mailbox_stat	*m;
	struct store_mailbox_stat	 none;
	const char			*name;
	size_t				 i;

	for (i = 0; i < d->conf->nmailboxes; i++) {
		name = d->conf->mailboxes[i].imap.name;
		m = stats_mailbox(st, name, &none);
		if (json)
			stats_mailbox_json(j, name, m, now);
		else
			buf_printf(b, "%-11s %-16s %-16s %8d  %6d  %s\n",
			    E(name), age(now, m->last_poll),
			    age(now, m->last_ok), m->processed, m->errors,
			    m->last_error ? E(m->last_error) : "-");
	}
}

/* After the mailboxes, as JSON: outbox, quarantine, timers, cases. */
static void
stats_rest_json(struct json *j, const struct store_stats *st)
{
	json_key(j, "outbox");
	json_open(j, '{');
	json_key(j, "queued");
	json_int(j, st->outbox_queued);
	json_key(j, "failed");
	json_int(j, st->outbox_failed);
	json_key(j, "oldest");
	if (st->oldest_queued) {
		json_open(j, '{');
		json_key(j, "queued");
		json_time(j, st->oldest_queued);
		json_key(j, "to");
		json_string(j, st->oldest_to);
		json_key(j, "attempts");
		json_int(j, st->oldest_attempts);
		json_key(j, "error");
		json_string(j, st->oldest_error);
		json_close(j, '}');
	} else
		json_null(j);
	json_close(j, '}');
	json_key(j, "quarantined");
	json_int(j, st->quarantined);
	json_key(j, "timers_due");
	json_int(j, st->timers_due);
	json_key(j, "timers_set");
	json_int(j, st->timers_set);
	json_key(j, "open_cases");
	json_int(j, st->open_cases);
	json_key(j, "breaching_sla");
	json_int(j, st->breaching);
}

/* The same as text. */
static void
stats_rest_text(struct buf *b, const struct store_stats *st, time_t now)
{
	buf_printf(b, "\noutbox: %d waiting, %d failed\n",
	    st->outbox_queued, st->outbox_failed);
	if (st->oldest_queued)
		buf_printf(b, "  oldest waiting: to %s, queued %s, %d "
		    "attempts, last error: %s\n", E(st->oldest_to),
		    age(now, st->oldest_queued), st->oldest_attempts,
		    st->oldest_error ? E(st->oldest_error) : "-");
	buf_printf(b, "quarantine: %d\ntimers: %d due now, %d set\n"
	    "cases: %d open, %d past an SLA target\n", st->quarantined,
	    st->timers_due, st->timers_set, st->open_cases, st->breaching);
}

static int
cmd_stats(int argc, char **argv)
{
	struct desk		 d;
	struct store_stats	 st;
	struct buf		 b;
	struct json		 j;
	char			*cause = NULL;
	time_t			 now = clock_now();
	int			 json = argc == 2 && strcmp(argv[1], "--json") == 0;

	if (argc > 2 || (argc == 2 && !json))
		usage();
	open_desk(&d);
	if (store_stats(d.st, now, &st, &cause) == -1) {
		desk_close(&d);
		return store_failed(cause);
	}
	buf_init(&b, BUF_DEFAULT_MAX);
	json_init(&j, &b);
	if (json) {
		json_open(&j, '{');
		json_key(&j, "mailboxes");
		json_open(&j, '[');
	} else
		buf_adds(&b, "mailbox     last poll        last success     "
		    "taken in  errors  last error\n");
	stats_mailboxes(&d, &st, now, &b, &j, json);
	if (json) {
		json_close(&j, ']');
		stats_rest_json(&j, &st);
		json_close(&j, '}');
		buf_addc(&b, '\n');
	} else
		stats_rest_text(&b, &st, now);
	store_stats_free(&st);
	desk_close(&d);
	return emit(&b);
}

static void
print_list(const char *label, const struct strv *sv)
{
	size_t	 i;

	if (sv->n == 0)
		return;
	printf("%s:", label);
	for (i = 0; i < sv->n; i++)
		printf(" %s", sv->v[i]);
	printf("\n");
}

/*
 * rules eval [--json] [--mailbox name] [--min percent] path...: the rules
 * over labelled mail (labels.c); with --min, exit 1 when a language
 * scores below percent on queue and priority together.
 */
static int
cmd_rules_eval(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "mailbox", required_argument, NULL, 'm' },
		{ "min", required_argument, NULL, 'n' },
		{ NULL, 0, NULL, 0 }
	};
	struct desk		 d;
	struct strv		 errors;
	struct labels_opts	 o;
	struct labels		*l;
	char			*end;
	double			 min = -1;
	int			 ch, json = 0, i, rv = 0;

	memset(&o, 0, sizeof o);
	optind = 0;
	while ((ch = getopt_long(argc, argv, "jm:n:", opts, NULL)) != -1) {
		if (ch == 'j')
			json = 1;
		else if (ch == 'm')
			o.mailbox = optarg;
		else if (ch == 'n') {
			min = strtod(optarg, &end);
			if (*end != '\0' || end == optarg || min < 0 ||
			    min > 100)
				usage();
		} else
			usage();
	}
	if (optind >= argc) {
		fprintf(stderr, "usage: supportctl rules eval [--json] "
		    "[--mailbox name] [--min percent] dir|file.eml ...\n");
		return 2;
	}
	memset(&errors, 0, sizeof errors);
	if (desk_check(conffile, &d, &errors) == -1) {
		print_errors(&errors);
		strv_free(&errors);
		return 1;
	}
	o.rules = d.rules;
	o.fallback_charset = d.conf->fallback_charset;
	o.default_queue = d.conf->default_queue;
	l = labels_new(&o);
	for (i = optind; i < argc; i++)
		if (labels_add(l, argv[i], &errors) == -1)
			rv = 1;
	print_errors(&errors);
	labels_print(l, stdout, json);
	if (min >= 0 && labels_worst(l) < min)
		rv = 1;
	labels_free(l);
	strv_free(&errors);
	desk_close(&d);
	return rv;
}

/*
 * rules train [--min-count n] [--charset cs] -o file path...: a model
 * (learn.c) from labelled mail, written to file.tmp then renamed, so a
 * daemon reloading never reads half a model.  Needs no configuration.
 */
static int
cmd_rules_train(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "min-count", required_argument, NULL, 'n' },
		{ "charset", required_argument, NULL, 'c' },
		{ "output", required_argument, NULL, 'o' },
		{ NULL, 0, NULL, 0 }
	};
	struct strv		 errors;
	struct labels_opts	 o;
	struct labels		*l;
	struct learn_train	*t;
	struct learn_model	*m;
	const char		*out = NULL;
	char			*end, *tmp, *cause = NULL;
	unsigned long		 minc = 2;
	FILE			*f;
	int			 ch, i, rv = 0;

	memset(&o, 0, sizeof o);
	o.fallback_charset = "windows-1252";
	optind = 0;
	while ((ch = getopt_long(argc, argv, "n:c:o:", opts, NULL)) != -1) {
		if (ch == 'n') {
			errno = 0;
			minc = strtoul(optarg, &end, 10);
			if (errno != 0 || *end != '\0' || end == optarg ||
			    minc < 1 || minc > 1000)
				usage();
		} else if (ch == 'c')
			o.fallback_charset = optarg;
		else if (ch == 'o')
			out = optarg;
		else
			usage();
	}
	if (optind >= argc || out == NULL) {
		fprintf(stderr, "usage: supportctl rules train [--min-count n] "
		    "[--charset cs] -o model dir|file.eml ...\n");
		return 2;
	}
	memset(&errors, 0, sizeof errors);
	o.train = t = learn_train_new();
	l = labels_new(&o);
	for (i = optind; i < argc; i++)
		if (labels_add(l, argv[i], &errors) == -1)
			rv = 1;
	labels_free(l);
	xasprintf(&tmp, "%s.tmp", out);
	if ((f = fopen(tmp, "w")) == NULL)
		xasprintf(&cause, "%s: %s", tmp, strerror(errno));
	else if (learn_train_write(t, f, (unsigned)minc, &cause) == -1 ||
	    fclose(f) == EOF) {
		if (cause == NULL)
			xasprintf(&cause, "%s: %s", tmp, strerror(errno));
		(void)unlink(tmp);
	} else if (learn_load(tmp, &m, &errors) == -1) {
		xasprintf(&cause, "%s: the model written does not load", tmp);
		(void)unlink(tmp);
	} else {
		learn_free(m);
		if (rename(tmp, out) == -1) {
			xasprintf(&cause, "%s: %s", out, strerror(errno));
			(void)unlink(tmp);
		}
	}
	if (cause != NULL) {
		fprintf(stderr, "supportctl: %s\n", cause);
		rv = 1;
	} else
		printf("%s: %zu mails learned\n", out, learn_train_mails(t));
	print_errors(&errors);
	free(cause);
	free(tmp);
	learn_train_free(t);
	return rv;
}

/* What "rules test" found: the trace, then what the rules decided. */
static void
print_rules_test(const struct desk *d, const struct mime_message *m,
    const struct rules_result *rr, const struct buf *trace)
{
	size_t	 i;

	printf("message: %s\nfrom: %s\nlanguage: %s\n", m->subject,
	    m->from.addr, m->lang[0] ? m->lang : "?");
	if (trace->len > 0)
		printf("%s%s", trace->data,
		    trace->data[trace->len - 1] == '\n' ? "" : "\n");
	printf("--\n");
	print_list("matched", &rr->matched);
	printf("queue: %s\n", rr->queue ? rr->queue : d->conf->default_queue);
	printf("priority: %s\n", rr->priority ? rr->priority : "normal");
	if (rr->status)
		printf("status: %s\n", rr->status);
	if (rr->assignee)
		printf("assignee: %s\n", rr->assignee);
	print_list("tags", &rr->tags);
	printf("reply: %s\n", rr->reply ? rr->reply : d->conf->ack_template);
	print_list("notify", &rr->notify);
	print_list("forward", &rr->forward);
	if (rr->escalate)
		printf("escalate: yes\n");
	if (rr->quarantine)
		printf("quarantine: yes\n");
	if (rr->drop)
		printf("drop: yes\n");
	for (i = 0; i < rr->var_names.n && i < rr->var_values.n; i++)
		printf("capture %s: %s\n", rr->var_names.v[i],
		    rr->var_values.v[i]);
}

static int
cmd_rules(int argc, char **argv)
{
	struct desk		 d;
	struct strv		 errors;
	struct rules_input	 in;
	struct rules_result	 rr;
	struct mime_message	*m;
	struct buf		 trace;
	const char		*mailbox = "";
	char			*raw, *cause = NULL;
	size_t			 len;

	static const struct option opts[] = {
		{ "mailbox", required_argument, NULL, 'm' },
		{ NULL, 0, NULL, 0 }
	};
	int			 ch;

	memset(&errors, 0, sizeof errors);
	if (argc < 2)
		usage();
	if (strcmp(argv[1], "eval") == 0)
		return cmd_rules_eval(argc - 1, argv + 1);
	if (strcmp(argv[1], "train") == 0)
		return cmd_rules_train(argc - 1, argv + 1);
	if (strcmp(argv[1], "check") == 0 && argc == 2) {
		if (desk_check(conffile, &d, &errors) == -1) {
			print_errors(&errors);
			strv_free(&errors);
			return 1;
		}
		printf("%s: ok, %zu rules\n", conffile, rules_count(d.rules));
		desk_close(&d);
		return 0;
	}
	if (strcmp(argv[1], "test") != 0)
		usage();
	argc--;
	argv++;
	optind = 0;
	while ((ch = getopt_long(argc, argv, "m:", opts, NULL)) != -1) {
		if (ch == 'm')
			mailbox = optarg;
		else
			usage();
	}
	if (optind + 1 != argc)
		usage();
	argv[1] = argv[optind];
	if (desk_check(conffile, &d, &errors) == -1) {
		print_errors(&errors);
		strv_free(&errors);
		return 1;
	}
	if (slurp(argv[1], &raw, &len) == -1) {
		desk_close(&d);
		return 1;
	}
	if (mime_parse(raw, len, d.conf->fallback_charset, &m, &cause) == -1) {
		fprintf(stderr, "supportctl: %s: %s\n", argv[1], cause);
		free(cause);
		free(raw);
		desk_close(&d);
		return 1;
	}
	memset(&in, 0, sizeof in);
	in.msg = m;
	in.mailbox = mailbox;
	in.is_new = 1;
	memset(&rr, 0, sizeof rr);
	buf_init(&trace, 16 * 1024 * 1024);
	rules_eval(d.rules, &in, &rr, &trace);
	print_rules_test(&d, m, &rr, &trace);
	buf_free(&trace);
	rules_result_free(&rr);
	mime_free(m);
	free(raw);
	desk_close(&d);
	return 0;
}

/*
 * Copy the desk's store into an empty PostgreSQL database, then read both
 * back: a table's row count and digest must match.  supportd is stopped
 * meanwhile; afterwards `database` names the new store.
 */
static int
cmd_migrate(int argc, char **argv)
{
	struct desk	 d;
	struct store	*to = NULL;
	struct strv	 report = { NULL, 0 };
	char		*cause = NULL;
	size_t		 i;

	if (argc != 3 || strcmp(argv[1], "--to") != 0)
		usage();
	if (strncmp(argv[2], "postgresql://", 13) != 0 &&
	    strncmp(argv[2], "postgres://", 11) != 0) {
		fprintf(stderr, "supportctl: migrate: --to takes a "
		    "postgresql:// connection string\n");
		return 2;
	}
	open_desk(&d);
	if (strcmp(store_backend(d.st), "sqlite") != 0) {
		fprintf(stderr, "supportctl: migrate: the desk is already on "
		    "%s\n", store_backend(d.st));
		desk_close(&d);
		return 1;
	}
	if (store_open(argv[2], &to, &cause) == -1) {
		desk_close(&d);
		return store_failed(cause);
	}
	if (store_copy(d.st, to, &report, &cause) == -1) {
		fprintf(stderr, "supportctl: migrate: %s\n", cause ? cause :
		    "store failed");
		free(cause);
		strv_free(&report);
		store_close(to);
		desk_close(&d);
		return 1;
	}
	for (i = 0; i < report.n; i++)
		printf("%s\n", report.v[i]);
	printf("migrated: every table has the same rows and digest; set "
	    "\"database %s\" in %s\n", argv[2], conffile);
	strv_free(&report);
	store_close(to);
	desk_close(&d);
	return 0;
}

/* The manager's report: text, JSON, or an HTML page written to a file. */
static int
cmd_report(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "from", required_argument, NULL, 'f' },
		{ "to", required_argument, NULL, 't' },
		{ "json", no_argument, NULL, 'j' },
		{ "html", required_argument, NULL, 'H' },
		{ NULL, 0, NULL, 0 }
	};
	struct desk	 d;
	struct report	 rep;
	struct buf	 b;
	const char	*from = NULL, *to = NULL, *html = NULL;
	char		*cause = NULL;
	time_t		 f, t;
	FILE		*out;
	int		 ch, json = 0, rv;

	optind = 0;
	while ((ch = getopt_long(argc, argv, "f:t:jH:", opts, NULL)) != -1) {
		switch (ch) {
		case 'f':
			from = optarg;
			break;
		case 't':
			to = optarg;
			break;
		case 'j':
			json = 1;
			break;
		case 'H':
			html = optarg;
			break;
		default:
			usage();
		}
	}
	if (optind != argc || (json && html != NULL))
		usage();
	open_desk(&d);		/* dates are the desk's: its zone first */
	if (report_period(from, to, clock_now(), &f, &t, &cause) == -1) {
		desk_close(&d);
		fprintf(stderr, "supportctl: report: %s\n", cause);
		free(cause);
		return 2;
	}
	rv = report_load(&d, f, t, &rep, &cause);
	if (rv == -1) {
		desk_close(&d);
		return store_failed(cause);
	}
	buf_init(&b, BUF_DEFAULT_MAX);
	rv = json ? report_json(&rep, &b) : html ? report_html(&rep,
	    d.conf->desk_name, &b) : report_text(&rep, d.conf->desk_name, &b);
	report_free(&rep);
	desk_close(&d);
	if (rv == -1) {
		fprintf(stderr, "supportctl: report: too large\n");
		buf_free(&b);
		return 1;
	}
	if (html == NULL)
		return emit(&b);
	if ((out = fopen(html, "w")) == NULL ||
	    fwrite(b.data, 1, b.len, out) != b.len || fclose(out) != 0) {
		fprintf(stderr, "supportctl: %s: %s\n", html, strerror(errno));
		buf_free(&b);
		return 1;
	}
	buf_free(&b);
	return 0;
}

int
main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	int	 ch, verbose = 0;

	/* The store holds customer mail: 0600, whoever creates it. */
	umask(077);
	log_init(LOG_TO_STDERR, 0, "supportctl");
	while ((ch = getopt_long(argc, argv, "+c:hv", opts, NULL)) != -1) {
		switch (ch) {
		case 'h':
			usage_to(stdout);
			return 0;
		case 'V':
			printf("supportctl %s\n", SUPPORTD_VERSION);
			return 0;
		case 'c':
			conffile = optarg;
			break;
		case 'v':
			verbose++;
			break;
		default:
			usage();
		}
	}
	log_setverbose(verbose);
	argc -= optind;
	argv += optind;
	if (argc < 1)
		usage();
	if (strcmp(argv[0], "ingest") == 0)
		return cmd_ingest(argc, argv);
	if (strcmp(argv[0], "cases") == 0)
		return cmd_cases(argc, argv);
	if (strcmp(argv[0], "show") == 0)
		return cmd_show(argc, argv);
	if (strcmp(argv[0], "outbox") == 0)
		return cmd_outbox(argc, argv);
	if (strcmp(argv[0], "send") == 0)
		return cmd_send(argc, argv);
	if (strcmp(argv[0], "quarantine") == 0)
		return cmd_quarantine(argc, argv);
	if (strcmp(argv[0], "rules") == 0)
		return cmd_rules(argc, argv);
	if (strcmp(argv[0], "stats") == 0)
		return cmd_stats(argc, argv);
	if (strcmp(argv[0], "report") == 0)
		return cmd_report(argc, argv);
	if (strcmp(argv[0], "assign") == 0 || strcmp(argv[0], "take") == 0 ||
	    strcmp(argv[0], "status") == 0 || strcmp(argv[0], "comment") == 0 ||
	    strcmp(argv[0], "reply") == 0 || strcmp(argv[0], "merge") == 0)
		return cmd_agent(argc, argv);
	if (strcmp(argv[0], "migrate") == 0)
		return cmd_migrate(argc, argv);
	usage();
}
