/*
 * supportctl.c -- the admin's command line: feed mail in, look at cases,
 * the outbox and the quarantine, deliver the outbox, check and try rules.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "desk.h"
#include "log.h"
#include "mime.h"
#include "outbox.h"
#include "rules.h"
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

static void
open_desk(struct desk *d)
{
	struct strv	 errors;

	memset(&errors, 0, sizeof errors);
	if (desk_open(conffile, d, &errors) == -1) {
		print_errors(&errors);
		strv_free(&errors);
		exit(1);
	}
	strv_free(&errors);
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

static int
cmd_ingest(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "mailbox", required_argument, NULL, 'm' },
		{ "quiet", no_argument, NULL, 'q' },
		{ NULL, 0, NULL, 0 }
	};
	struct desk		 d;
	struct ingest_result	 res;
	const char		*mailbox = "";
	char			*raw, *cause;
	size_t			 len;
	int			 ch, i, quiet = 0, errors = 0;
	char			*stdin_only[] = { (char *)"-" };
	char			**files;
	int			 nfiles;

	optind = 0;
	while ((ch = getopt_long(argc, argv, "m:q", opts, NULL)) != -1) {
		switch (ch) {
		case 'm':
			mailbox = optarg;
			break;
		case 'q':
			quiet = 1;
			break;
		default:
			usage();
		}
	}
	files = argc > optind ? argv + optind : stdin_only;
	nfiles = argc > optind ? argc - optind : 1;

	open_desk(&d);
	d.quiet = quiet;
	for (i = 0; i < nfiles; i++) {
		if (slurp(files[i], &raw, &len) == -1) {
			errors++;
			continue;
		}
		cause = NULL;
		if (store_begin(d.st, &cause) == -1 ||
		    ingest_message(&d, mailbox, 0, raw, len, &res,
		    &cause) == -1 || store_commit(d.st, &cause) == -1) {
			store_rollback(d.st);
			fprintf(stderr, "supportctl: %s: %s\n", files[i],
			    cause ? cause : "failed");
			free(cause);
			free(raw);
			errors++;
			continue;
		}
		printf("%s\t%s\t%s\n", res.ref[0] ? res.ref : "-",
		    ingest_what_name(res.what), res.note);
		free(raw);
	}
	desk_close(&d);
	return errors ? 1 : 0;
}

static int
print_doc(char *doc, const char *none)
{
	if (doc == NULL) {
		fprintf(stderr, "supportctl: %s\n", none);
		return 1;
	}
	if (*doc != '\0')
		printf("%s\n", doc);
	free(doc);
	return 0;
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
	struct desk	 d;
	const char	*status = NULL, *queue = NULL;
	int		 ch, json = 0, rv;

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
	open_desk(&d);
	rv = print_doc(json ? store_cases_json(d.st, status, queue) :
	    store_cases_text(d.st, status, queue), "cannot list cases");
	desk_close(&d);
	return rv;
}

static int
cmd_show(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ NULL, 0, NULL, 0 }
	};
	struct desk	 d;
	int		 ch, json = 0, rv;
	char		*doc, *msg;

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
	doc = json ? store_case_json(d.st, argv[optind]) :
	    store_case_text(d.st, argv[optind]);
	xasprintf(&msg, "%s: no such case", argv[optind]);
	rv = print_doc(doc, msg);
	free(msg);
	desk_close(&d);
	return rv;
}

static int
cmd_outbox(int argc, char **argv)
{
	struct desk	 d;
	int		 json = argc == 2 && strcmp(argv[1], "--json") == 0, rv;

	if (argc > 2 || (argc == 2 && !json))
		usage();
	open_desk(&d);
	rv = print_doc(json ? store_outbox_json(d.st) :
	    store_outbox_text(d.st), "cannot list the outbox");
	desk_close(&d);
	return rv;
}

static int
cmd_send(int argc, char **argv)
{
	struct desk		 d;
	struct outbox_stats	 s;
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
		return 1;
	}
	store_out_counts(d.st, &q, &sent, &failed);
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
	struct ingest_result	 res;
	char			*raw, *mailbox = NULL, *cause = NULL;
	size_t			 len;
	int			 rv = 0;

	if (store_quarantine_raw(d->st, id, &raw, &len, &mailbox) == -1) {
		fprintf(stderr, "supportctl: %s: not in quarantine\n", name);
		return 1;
	}
	if (len == 0) {
		fprintf(stderr, "supportctl: %s: no bytes were kept (the "
		    "message is still in mailbox %s)\n", name, mailbox);
		rv = 1;
	} else if (store_begin(d->st, &cause) == -1 ||
	    store_quarantine_delete(d->st, id) == -1 ||
	    ingest_message(d, mailbox, 0, raw, len, &res, &cause) == -1 ||
	    store_commit(d->st, &cause) == -1) {
		store_rollback(d->st);
		fprintf(stderr, "supportctl: %s: %s\n", name,
		    cause ? cause : "failed");
		rv = 1;
	} else
		printf("%s\t%s\t%s\n", res.ref[0] ? res.ref : "-",
		    ingest_what_name(res.what), res.note);
	free(cause);
	free(mailbox);
	free(raw);
	return rv;
}

static int
cmd_quarantine(int argc, char **argv)
{
	struct desk	 d;
	char		*raw;
	size_t		 len;
	long long	 id;
	int		 rv = 0;

	open_desk(&d);
	if (argc == 3 && (strcmp(argv[1], "show") == 0 ||
	    strcmp(argv[1], "retry") == 0)) {
		if ((id = quarantine_id(argv[2])) == -1) {
			fprintf(stderr, "supportctl: %s: not in quarantine\n",
			    argv[2]);
			rv = 1;
		} else if (strcmp(argv[1], "retry") == 0)
			rv = quarantine_retry(&d, id, argv[2]);
		else if (store_quarantine_raw(d.st, id, &raw, &len,
		    NULL) == -1) {
			fprintf(stderr, "supportctl: %s: not in quarantine\n",
			    argv[2]);
			rv = 1;
		} else {
			fwrite(raw, 1, len, stdout);
			free(raw);
		}
	} else if (argc == 1 || (argc == 2 && strcmp(argv[1], "--json") == 0))
		rv = print_doc(argc == 2 ? store_quarantine_json(d.st) :
		    store_quarantine_text(d.st), "cannot list the quarantine");
	else
		usage();
	desk_close(&d);
	return rv;
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
	size_t			 len, i;

	static const struct option opts[] = {
		{ "mailbox", required_argument, NULL, 'm' },
		{ NULL, 0, NULL, 0 }
	};
	int			 ch;

	memset(&errors, 0, sizeof errors);
	if (argc < 2)
		usage();
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
	printf("message: %s\nfrom: %s\nlanguage: %s\n", m->subject,
	    m->from.addr, m->lang[0] ? m->lang : "?");
	if (trace.len > 0)
		printf("%s%s", trace.data,
		    trace.data[trace.len - 1] == '\n' ? "" : "\n");
	printf("--\n");
	print_list("matched", &rr.matched);
	printf("queue: %s\n", rr.queue ? rr.queue : d.conf->default_queue);
	printf("priority: %s\n", rr.priority ? rr.priority : "normal");
	if (rr.status)
		printf("status: %s\n", rr.status);
	if (rr.assignee)
		printf("assignee: %s\n", rr.assignee);
	print_list("tags", &rr.tags);
	printf("reply: %s\n", rr.reply ? rr.reply : d.conf->ack_template);
	print_list("notify", &rr.notify);
	print_list("forward", &rr.forward);
	if (rr.escalate)
		printf("escalate: yes\n");
	if (rr.quarantine)
		printf("quarantine: yes\n");
	if (rr.drop)
		printf("drop: yes\n");
	for (i = 0; i < rr.var_names.n && i < rr.var_values.n; i++)
		printf("capture %s: %s\n", rr.var_names.v[i],
		    rr.var_values.v[i]);
	buf_free(&trace);
	rules_result_free(&rr);
	mime_free(m);
	free(raw);
	desk_close(&d);
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
	usage();
}
