/*
 * supportd.c -- the daemon's loop: poll every mailbox (mailbox.c), fire the
 * timers that are due (timers.c), deliver the outbox (outbox.c), and wait
 * (IDLE when the server has it) until the earliest of the next timer, the
 * next outbox retry and the next poll.  One process, one loop: the
 * mailboxes of a desk are few, and a single writer is what SQLite does
 * best.
 */
#include <errno.h>
#include <getopt.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "clock.h"
#include "desk.h"
#include "imap.h"
#include "log.h"
#include "mailbox.h"
#include "outbox.h"
#include "privs.h"
#include "report.h"
#include "timers.h"
#include "xmalloc.h"

#ifndef SUPPORTD_CONF
#define SUPPORTD_CONF	"/etc/supportd/supportd.conf"
#endif

static volatile sig_atomic_t	 stop_sig;
static volatile sig_atomic_t	 reload_sig;
static volatile int		 wake_flag;	/* ends an IDLE early */

static void
on_signal(int sig)
{
	if (sig == SIGHUP)
		reload_sig = 1;
	else
		stop_sig = 1;
	wake_flag = 1;
}

/* -h and --help: on stdout, exit 0; a wrong option: stderr, exit 2. */
static void __attribute__((noreturn))
usage(int status)
{
	fprintf(status ? stderr : stdout,
	    "usage: supportd [-fhnv] [-c file] [--once] [--version]\n"
	    "  -c file    configuration (default " SUPPORTD_CONF ")\n"
	    "  -f         stay in the foreground, log to stderr\n"
	    "  -n         check config, rules and templates, then exit\n"
	    "  -v         also log debug messages\n"
	    "  --once     poll every mailbox once, send the outbox, exit\n"
	    "  --version  print the version and exit\n");
	exit(status);
}

/* Tell systemd how we are, when it asked (Type=notify). */
static void
sd_notify_state(const char *state)
{
	struct sockaddr_un	 sun;
	const char		*path = getenv("NOTIFY_SOCKET");
	int			 fd;
	socklen_t		 len;

	if (path == NULL || (path[0] != '/' && path[0] != '@') ||
	    strlen(path) >= sizeof sun.sun_path)
		return;
	memset(&sun, 0, sizeof sun);
	sun.sun_family = AF_UNIX;
	memcpy(sun.sun_path, path, strlen(path));
	if (sun.sun_path[0] == '@')
		sun.sun_path[0] = '\0';
	len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) +
	    strlen(path));
	if ((fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0)) == -1)
		return;
	if (sendto(fd, state, strlen(state), MSG_NOSIGNAL,
	    (struct sockaddr *)&sun, len) == -1)
		log_debug("sd_notify: %s", strerror(errno));
	close(fd);
}

/* One mailbox state for each mailbox of d's config, none connected yet. */
static void
mailboxes_new(struct desk *d, struct mailbox **mbs, size_t *nmbs)
{
	size_t	 i;

	*nmbs = d->conf->nmailboxes;
	*mbs = xcalloc(*nmbs ? *nmbs : 1, sizeof **mbs);
	for (i = 0; i < *nmbs; i++)
		mailbox_init(&(*mbs)[i], d->conf->mailboxes[i].imap.name);
}

static void
mailboxes_free(struct mailbox *mbs, size_t nmbs)
{
	size_t	 i;

	for (i = 0; i < nmbs; i++)
		mailbox_free(&mbs[i]);
	free(mbs);
}

static void
do_reload(const char *conffile, struct desk *d, struct mailbox **mbs,
    size_t *nmbs)
{
	struct strv	 errors;
	size_t		 i;

	memset(&errors, 0, sizeof errors);
	if (desk_reload(conffile, d, &errors) == -1) {
		for (i = 0; i < errors.n; i++)
			log_warnx("%s", errors.v[i]);
		log_warnx("reload failed: still running on the old "
		    "configuration and rules");
		strv_free(&errors);
		return;
	}
	strv_free(&errors);
	/* Mailboxes may have changed: reconnect all with the new settings. */
	mailboxes_free(*mbs, *nmbs);
	mailboxes_new(d, mbs, nmbs);
	log_info("reloaded %s: %zu rules, %zu mailboxes", conffile,
	    rules_count(d->rules), *nmbs);
}

/*
 * When the next thing is due: the poll interval, or sooner the outbox's
 * next mail, a timer, a mailbox's reconnection.
 */
static time_t
next_work(struct desk *d, struct mailbox *mbs, size_t nmbs, time_t now)
{
	time_t		 next, due;
	size_t		 i;
	char		*cause = NULL;

	/*
	 * What the store said so far was our own pass's writing -- or
	 * another process's, and then what it wrote is in the look-ups
	 * below, made after this.
	 */
	(void)store_changes_drain(d->st);
	next = now + d->conf->poll_interval;
	/* Without a relay the outbox cannot go anywhere: do not spin on it. */
	due = 0;
	if (d->conf->smtp.url != NULL && store_out_next(d->st, &due,
	    &cause) == -1) {
		log_warnx("outbox: %s", cause);
		free(cause);
		cause = NULL;
	}
	if (due != 0 && due < next)
		next = due;
	if (store_timer_next(d->st, &due, &cause) == -1) {
		log_warnx("timers: %s", cause);
		free(cause);
		cause = NULL;
	} else if (due != 0 && due < next)
		next = due;
	for (i = 0; i < nmbs; i++)
		if (mbs[i].s == NULL && mbs[i].next_try < next)
			next = mbs[i].next_try;
	return next;
}

/*
 * Sleep until the next thing to do or a signal.  Every live mailbox whose
 * server has IDLE idles meanwhile, all in one poll(), so new mail on any
 * of them ends the wait at once; the others are polled on the interval.
 * Another process writing to the store (supportctl ingest piped from an
 * MTA, an agent's supportctl reply) ends it too.
 */
static void
wait_for_work(struct desk *d, struct mailbox *mbs, size_t nmbs)
{
	struct pollfd	*pfd;
	size_t		*which;
	time_t		 now = clock_now(), next;
	size_t		 i, k, nidle = 0;
	char		*cause = NULL;
	int		 news = 0, buffered, anybuf, r;

	next = next_work(d, mbs, nmbs, now);
	if (next <= now || stop_sig || reload_sig)
		return;

	pfd = xcalloc(nmbs + 1, sizeof *pfd);
	which = xcalloc(nmbs ? nmbs : 1, sizeof *which);
	for (i = 0; i < nmbs && !news; i++) {
		if (mbs[i].s == NULL || !imap_has_idle(mbs[i].s))
			continue;
		if ((r = imap_idle_begin(mbs[i].s, &cause)) == -1) {
			mailbox_drop(&mbs[i], now, cause);
			free(cause);
			cause = NULL;
		} else if (r == 1)
			news = 1;
		else
			which[nidle++] = i;
	}
	while (!news && !stop_sig && !reload_sig && clock_now() < next) {
		/* Data the stream already buffered never shows on the fd. */
		anybuf = 0;
		for (k = 0; k < nidle; k++) {
			pfd[k].fd = -1;		/* poll() skips it */
			pfd[k].events = POLLIN;
			pfd[k].revents = 0;
			if (mbs[which[k]].s == NULL)
				continue;
			pfd[k].fd = imap_idle_fd(mbs[which[k]].s, &buffered);
			if (buffered) {
				pfd[k].revents = POLLIN;
				anybuf = 1;
			}
		}
		/* Last: another process writing to the store (supportctl
		 * ingest from an MTA queued an answer): go and send it. */
		pfd[nidle].fd = store_changes_fd(d->st);
		pfd[nidle].events = POLLIN;
		pfd[nidle].revents = 0;
		if (!anybuf && poll(pfd, nidle + 1, 1000) <= 0)
			continue;
		if ((pfd[nidle].revents & POLLIN) &&
		    store_changes_drain(d->st) == 1)
			news = 1;
		for (k = 0; k < nidle; k++) {
			if (mbs[which[k]].s == NULL ||
			    (pfd[k].revents & (POLLIN | POLLHUP | POLLERR)) == 0)
				continue;
			if ((r = imap_idle_read(mbs[which[k]].s, &cause)) == -1) {
				mailbox_drop(&mbs[which[k]], clock_now(), cause);
				free(cause);
				cause = NULL;
				/* A broken link wants the main loop's attention. */
				news = 1;
			} else if (r == 1)
				news = 1;
		}
	}
	for (k = 0; k < nidle; k++) {
		if (mbs[which[k]].s == NULL)
			continue;
		if (imap_idle_end(mbs[which[k]].s, &cause) == -1) {
			mailbox_drop(&mbs[which[k]], clock_now(), cause);
			free(cause);
			cause = NULL;
		}
	}
	free(pfd);
	free(which);
}

/* The command line. */
struct options {
	const char	*conffile;
	int		 foreground;
	int		 check;		/* -n */
	int		 once;
	int		 verbose;
};

/* Read argv into o; -h, --version and a wrong option end the process. */
static void
parse_options(int argc, char **argv, struct options *o)
{
	static const struct option opts[] = {
		{ "once", no_argument, NULL, 'o' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	int	 ch;

	memset(o, 0, sizeof *o);
	o->conffile = SUPPORTD_CONF;
	while ((ch = getopt_long(argc, argv, "c:fhnv", opts, NULL)) != -1) {
		switch (ch) {
		case 'c':
			o->conffile = optarg;
			break;
		case 'f':
			o->foreground = 1;
			break;
		case 'n':
			o->check = 1;
			break;
		case 'v':
			o->verbose++;
			break;
		case 'o':
			o->once = 1;
			break;
		case 'h':
			usage(0);
		case 'V':
			printf("supportd %s\n", SUPPORTD_VERSION);
			exit(0);
		default:
			usage(2);
		}
	}
	if (optind != argc)
		usage(2);
}

/* Print and free what desk_check or desk_open found wrong. */
static void
print_errors(struct strv *errors)
{
	size_t	 i;

	for (i = 0; i < errors->n; i++)
		fprintf(stderr, "%s\n", errors->v[i]);
	strv_free(errors);
}

/* -n: check config, rules and templates; the exit status. */
static int
check_only(const char *conffile)
{
	struct desk	 d;
	struct strv	 errors;

	memset(&errors, 0, sizeof errors);
	if (desk_check(conffile, &d, &errors) == -1) {
		print_errors(&errors);
		return 1;
	}
	fprintf(stderr, "%s: configuration OK (%zu rules, %zu "
	    "mailboxes)\n", conffile, rules_count(d.rules),
	    d.conf->nmailboxes);
	desk_close(&d);
	return 0;
}

/*
 * Open the desk (config, secret, store) and leave root for the configured
 * user; -1 once the reason is on stderr.
 */
static int
start_desk(const char *conffile, struct desk *d)
{
	struct strv	 errors;
	char		*cause;

	memset(&errors, 0, sizeof errors);
	if (desk_open(conffile, d, &errors) == -1) {
		print_errors(&errors);
		return -1;
	}
	strv_free(&errors);
	/* Root opened config, secret and store; no mail is read as root. */
	if (privs_desk(d, conffile, &cause) == -1) {
		fprintf(stderr, "supportd: %s\n", cause);
		free(cause);
		desk_close(d);
		return -1;
	}
	return 0;
}

/* Detach unless told not to, and take the signals the loop obeys. */
static void
setup_process(const struct options *o)
{
	struct sigaction	 sa;

	if (!o->foreground && !o->once) {
		log_init(LOG_TO_SYSLOG, o->verbose, "supportd");
		if (daemon(1, 0) == -1)
			fatal("daemon");
	}
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
}

/* One pass of the loop's work after the mailboxes: timers, report, outbox. */
static void
run_pass(struct desk *d)
{
	struct outbox_stats	 os;
	struct timers_stats	 ts;
	char			*cause = NULL;

	/* Timers first: what they write goes out with this outbox. */
	if (timers_run(d, &ts) == 0 && (ts.fired || ts.failed))
		log_info("timers: %d fired, %d failed", ts.fired, ts.failed);
	if (report_weekly(d, &cause) == -1) {
		log_warnx("weekly report: %s", cause);
		free(cause);
	}
	if (outbox_run(d, 0, 1000, &os) == 0 &&
	    (os.sent || os.deferred || os.failed))
		log_info("outbox: %d sent, %d deferred, %d failed",
		    os.sent, os.deferred, os.failed);
}

int
main(int argc, char **argv)
{
	struct options	 o;
	struct desk	 d;
	struct mailbox	*mbs;
	size_t		 i, nmbs;

	/* Every file the daemon creates holds customer mail or keys. */
	umask(077);
	parse_options(argc, argv, &o);
	log_init(LOG_TO_STDERR, o.verbose, "supportd");
	if (o.check)
		return check_only(o.conffile);
	if (start_desk(o.conffile, &d) == -1)
		return 1;
	setup_process(&o);
	mailboxes_new(&d, &mbs, &nmbs);
	log_info("started: %zu mailboxes, %zu rules", nmbs,
	    rules_count(d.rules));
	sd_notify_state("READY=1");

	while (!stop_sig) {
		if (reload_sig) {
			reload_sig = 0;
			sd_notify_state("RELOADING=1");
			do_reload(o.conffile, &d, &mbs, &nmbs);
			sd_notify_state("READY=1");
		}
		for (i = 0; i < nmbs && !stop_sig; i++)
			mailbox_poll(&d, &mbs[i], &stop_sig);
		if (stop_sig)
			break;
		run_pass(&d);
		if (o.once)
			break;
		wait_for_work(&d, mbs, nmbs);
	}
	sd_notify_state("STOPPING=1");
	log_info("stopping");
	mailboxes_free(mbs, nmbs);
	desk_close(&d);
	return 0;
}
