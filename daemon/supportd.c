/*
 * supportd.c -- the daemon: poll every mailbox, run each message through
 * the pipeline, deliver the outbox, and wait (IDLE when the server has it)
 * until there is more to do.  One process, one loop: the mailboxes of a
 * desk are few, and a single writer is what SQLite does best.
 *
 * Exactly once: a batch of messages, their cases, outbox rows and the
 * mailbox checkpoint commit in one transaction; only then are the messages
 * moved or flagged on the server.  A crash before the commit replays the
 * batch; a crash after it finds the checkpoint past those UIDs.
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

#include "desk.h"
#include "imap.h"
#include "log.h"
#include "outbox.h"
#include "privs.h"
#include "xmalloc.h"

#ifndef SUPPORTD_CONF
#define SUPPORTD_CONF	"/etc/supportd/supportd.conf"
#endif

#define BACKOFF_MIN	5	/* seconds before reconnecting, doubling */
#define BACKOFF_MAX	900

/* What the loop keeps per mailbox across polls. */
struct mbox {
	char			*name;
	struct imap_session	*s;
	time_t			 next_try;	/* no connection before this */
	int			 backoff;
	int			 swept;		/* old processed mail moved */
};

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

static struct mailbox_conf *
mbox_conf(struct desk *d, const char *name)
{
	size_t	 i;

	for (i = 0; i < d->conf->nmailboxes; i++)
		if (strcmp(d->conf->mailboxes[i].imap.name, name) == 0)
			return &d->conf->mailboxes[i];
	return NULL;
}

static void
mbox_drop(struct mbox *mb, time_t now, const char *why)
{
	if (mb->s != NULL) {
		imap_close(mb->s);
		mb->s = NULL;
	}
	mb->backoff = mb->backoff ? mb->backoff * 2 : BACKOFF_MIN;
	if (mb->backoff > BACKOFF_MAX)
		mb->backoff = BACKOFF_MAX;
	mb->next_try = now + mb->backoff;
	log_warnx("mailbox %s: %s; next try in %d s", mb->name, why,
	    mb->backoff);
}

/*
 * Messages we committed but did not move before a crash: move them now.
 * Mail that was there before a "first-start now" is not ours to move.
 */
static void
mbox_sweep(struct desk *d, struct mbox *mb, uint32_t last)
{
	uint32_t	*uids, from = 0;
	size_t		 n, i, k;
	char		*cause = NULL, *key, *v;

	mb->swept = 1;
	xasprintf(&key, "first-uid:%s", mb->name);
	if ((v = store_kv_get(d->st, key)) != NULL)
		from = (uint32_t)strtoul(v, NULL, 10);
	free(v);
	free(key);
	if (imap_list_new(mb->s, from, 100000, &uids, &n, &cause) == -1) {
		log_warnx("mailbox %s: sweep: %s", mb->name, cause);
		free(cause);
		return;
	}
	/* A message we could not fetch stays where a person will see it. */
	for (i = k = 0; i < n; i++)
		if (uids[i] <= last && !store_quarantined(d->st, mb->name,
		    uids[i]))
			uids[k++] = uids[i];
	if (k > 0 && imap_done_many(mb->s, uids, k, &cause) == -1) {
		log_warnx("mailbox %s: sweep: %s", mb->name, cause);
		free(cause);
	}
	free(uids);
}

/*
 * Take in what is new in one mailbox, a batch per transaction.  Returns
 * the number of messages taken in, or -1 when the connection failed.
 */
static int
mbox_poll(struct desk *d, struct mbox *mb)
{
	struct mailbox_conf	*mc = mbox_conf(d, mb->name);
	struct ingest_result	 res;
	uint32_t		 uidvalidity, v, last, *uids = NULL;
	size_t			 n, done, nmove;
	time_t			 now = time(NULL);
	char			*cause = NULL, *raw;
	size_t			 len;
	int			 total = 0, found, quiet = 0;
	char			*key, num[16];

	if (mc == NULL)
		return 0;
	if (mb->s == NULL) {
		if (now < mb->next_try)
			return 0;
		if (config_mailbox_credentials(mc, &cause) == -1 ||
		    imap_open(&mc->imap, &mb->s, &cause) == -1) {
			mb->s = NULL;
			mbox_drop(mb, now, cause);
			free(cause);
			return -1;
		}
		log_info("mailbox %s: connected to %s", mb->name,
		    mc->imap.host);
		mb->backoff = 0;
		mb->swept = 0;
	}
	uidvalidity = imap_uidvalidity(mb->s);
	found = store_checkpoint_get(d->st, mb->name, &v, &last) == 0;
	if (!found) {
		if (mc->first_start == FIRST_NOW) {
			/* Start after whatever the mailbox holds today. */
			if (imap_list_new(mb->s, 0, 1000000, &uids, &n,
			    &cause) == -1)
				goto fail;
			last = n ? uids[n - 1] : 0;
			free(uids);
			uids = NULL;
			if (store_begin(d->st, &cause) == -1) {
				log_warnx("mailbox %s: %s", mb->name, cause);
				free(cause);
				return 0;
			}
			store_checkpoint_set(d->st, mb->name, uidvalidity, last);
			/* The sweep must never take that old mail for ours. */
			xasprintf(&key, "first-uid:%s", mb->name);
			snprintf(num, sizeof num, "%u", last);
			store_kv_set(d->st, key, num);
			free(key);
			if (store_commit(d->st, &cause) == -1) {
				log_warnx("mailbox %s: %s", mb->name, cause);
				free(cause);
				store_rollback(d->st);
				return 0;
			}
			log_info("mailbox %s: first start: skipping %zu old "
			    "messages", mb->name, n);
			return 0;
		}
		quiet = mc->first_start == FIRST_QUIET;
		last = 0;
	} else if (v != uidvalidity) {
		/* The server renumbered: read all again; dedup keeps it once. */
		log_warnx("mailbox %s: UIDVALIDITY changed from %u to %u, "
		    "rescanning", mb->name, v, uidvalidity);
		last = 0;
	} else if (!mb->swept && mc->imap.move_to != NULL)
		mbox_sweep(d, mb, last);

	for (;;) {
		if (imap_list_new(mb->s, last, (size_t)d->conf->batch_size,
		    &uids, &n, &cause) == -1)
			goto fail;
		if (n == 0)
			break;
		if (store_begin(d->st, &cause) == -1) {
			log_warnx("%s", cause);
			free(cause);
			free(uids);
			return total;
		}
		d->quiet = quiet;
		nmove = 0;
		for (done = 0; done < n && !stop_sig; done++) {
			if (imap_fetch(mb->s, uids[done], &raw, &len,
			    &cause) == -1) {
				if (imap_broken(mb->s)) {
					store_rollback(d->st);
					d->quiet = 0;
					goto fail;
				}
				/*
				 * This message only (too large, gone): keep
				 * the reason, leave it on the server for a
				 * person, and go on with the others.
				 */
				store_quarantine(d->st, mb->name, uids[done],
				    cause, "", 0, NULL);
				log_warnx("mailbox %s: uid %u: %s; left in the "
				    "mailbox", mb->name, uids[done], cause);
				free(cause);
				cause = NULL;
				last = uids[done];
				continue;
			}
			if (ingest_message(d, mb->name, uids[done], raw, len,
			    &res, &cause) == -1) {
				free(raw);
				store_rollback(d->st);
				d->quiet = 0;
				log_warnx("mailbox %s: uid %u: %s; the store "
				    "is failing", mb->name, uids[done], cause);
				free(cause);
				free(uids);
				return total;
			}
			free(raw);
			log_info("mailbox %s: uid %u: %s %s (%s)", mb->name,
			    uids[done], res.ref[0] ? res.ref : "-",
			    ingest_what_name(res.what), res.note);
			last = uids[done];
			uids[nmove++] = uids[done];
		}
		d->quiet = 0;
		if (done > 0)
			store_checkpoint_set(d->st, mb->name, uidvalidity, last);
		if (store_commit(d->st, &cause) == -1) {
			log_warnx("mailbox %s: commit: %s", mb->name, cause);
			free(cause);
			store_rollback(d->st);
			free(uids);
			return total;
		}
		total += (int)done;
		/* Only now that it is safe: move or flag on the server. */
		if (imap_done_many(mb->s, uids, nmove, &cause) == -1) {
			log_warnx("mailbox %s: %s", mb->name, cause);
			free(cause);
			cause = NULL;
		}
		free(uids);
		uids = NULL;
		if (stop_sig || done < n)
			break;
	}
	free(uids);
	if ((!found || v != uidvalidity) && !stop_sig) {
		/*
		 * Remember a first start, or a new UIDVALIDITY, even when
		 * the mailbox held nothing to take in.
		 */
		if (store_begin(d->st, NULL) == 0) {
			uint32_t cv, cl;

			if (store_checkpoint_get(d->st, mb->name, &cv,
			    &cl) == -1 || cv != uidvalidity)
				store_checkpoint_set(d->st, mb->name,
				    uidvalidity, last);
			if (store_commit(d->st, NULL) == -1)
				store_rollback(d->st);
		}
	}
	return total;

fail:
	free(uids);
	mbox_drop(mb, time(NULL), cause ? cause : "connection failed");
	free(cause);
	return -1;
}

static void
do_reload(const char *conffile, struct desk *d, struct mbox **mbs,
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
	for (i = 0; i < *nmbs; i++) {
		if ((*mbs)[i].s != NULL)
			imap_close((*mbs)[i].s);
		free((*mbs)[i].name);
	}
	free(*mbs);
	*nmbs = d->conf->nmailboxes;
	*mbs = xcalloc(*nmbs ? *nmbs : 1, sizeof **mbs);
	for (i = 0; i < *nmbs; i++)
		(*mbs)[i].name = xstrdup(d->conf->mailboxes[i].imap.name);
	log_info("reloaded %s: %zu rules, %zu mailboxes", conffile,
	    rules_count(d->rules), *nmbs);
}

/*
 * Sleep until the next thing to do or a signal.  Every live mailbox whose
 * server has IDLE idles meanwhile, all in one poll(), so new mail on any
 * of them ends the wait at once; the others are polled on the interval.
 */
static void
wait_for_work(struct desk *d, struct mbox *mbs, size_t nmbs)
{
	struct pollfd	*pfd;
	size_t		*which;
	time_t		 now = time(NULL), next, due;
	size_t		 i, k, nidle = 0;
	char		*cause = NULL;
	int		 news = 0, buffered, anybuf, r;

	next = now + d->conf->poll_interval;
	/* Without a relay the outbox cannot go anywhere: do not spin on it. */
	due = d->conf->smtp.url != NULL ? store_out_next(d->st) : 0;
	if (due != 0 && due < next)
		next = due;
	for (i = 0; i < nmbs; i++)
		if (mbs[i].s == NULL && mbs[i].next_try < next)
			next = mbs[i].next_try;
	if (next <= now || stop_sig || reload_sig)
		return;

	pfd = xcalloc(nmbs ? nmbs : 1, sizeof *pfd);
	which = xcalloc(nmbs ? nmbs : 1, sizeof *which);
	for (i = 0; i < nmbs && !news; i++) {
		if (mbs[i].s == NULL || !imap_has_idle(mbs[i].s))
			continue;
		if ((r = imap_idle_begin(mbs[i].s, &cause)) == -1) {
			mbox_drop(&mbs[i], now, cause);
			free(cause);
			cause = NULL;
		} else if (r == 1)
			news = 1;
		else
			which[nidle++] = i;
	}
	while (!news && !stop_sig && !reload_sig && time(NULL) < next) {
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
		if (!anybuf && poll(pfd, nidle, 1000) <= 0)
			continue;
		for (k = 0; k < nidle; k++) {
			if (mbs[which[k]].s == NULL ||
			    (pfd[k].revents & (POLLIN | POLLHUP | POLLERR)) == 0)
				continue;
			if ((r = imap_idle_read(mbs[which[k]].s, &cause)) == -1) {
				mbox_drop(&mbs[which[k]], time(NULL), cause);
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
			mbox_drop(&mbs[which[k]], time(NULL), cause);
			free(cause);
			cause = NULL;
		}
	}
	free(pfd);
	free(which);
}

int
main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "once", no_argument, NULL, 'o' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	struct desk		 d;
	struct strv		 errors;
	struct mbox		*mbs;
	struct outbox_stats	 os;
	struct sigaction	 sa;
	const char		*conffile = SUPPORTD_CONF;
	char			*cause;
	size_t			 i, nmbs;
	int			 ch, foreground = 0, check = 0, once = 0;
	int			 verbose = 0;

	/* Every file the daemon creates holds customer mail or keys. */
	umask(077);
	while ((ch = getopt_long(argc, argv, "c:fhnv", opts, NULL)) != -1) {
		switch (ch) {
		case 'c':
			conffile = optarg;
			break;
		case 'f':
			foreground = 1;
			break;
		case 'n':
			check = 1;
			break;
		case 'v':
			verbose++;
			break;
		case 'o':
			once = 1;
			break;
		case 'h':
			usage(0);
		case 'V':
			printf("supportd %s\n", SUPPORTD_VERSION);
			return 0;
		default:
			usage(2);
		}
	}
	if (optind != argc)
		usage(2);
	log_init(LOG_TO_STDERR, verbose, "supportd");

	memset(&errors, 0, sizeof errors);
	if (check) {
		if (desk_check(conffile, &d, &errors) == -1) {
			for (i = 0; i < errors.n; i++)
				fprintf(stderr, "%s\n", errors.v[i]);
			strv_free(&errors);
			return 1;
		}
		fprintf(stderr, "%s: configuration OK (%zu rules, %zu "
		    "mailboxes)\n", conffile, rules_count(d.rules),
		    d.conf->nmailboxes);
		desk_close(&d);
		return 0;
	}
	if (desk_open(conffile, &d, &errors) == -1) {
		for (i = 0; i < errors.n; i++)
			fprintf(stderr, "%s\n", errors.v[i]);
		strv_free(&errors);
		return 1;
	}
	strv_free(&errors);
	/* Root opened config, secret and store; no mail is read as root. */
	if (privs_desk(&d, conffile, &cause) == -1) {
		fprintf(stderr, "supportd: %s\n", cause);
		free(cause);
		desk_close(&d);
		return 1;
	}

	if (!foreground && !once) {
		log_init(LOG_TO_SYSLOG, verbose, "supportd");
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

	nmbs = d.conf->nmailboxes;
	mbs = xcalloc(nmbs ? nmbs : 1, sizeof *mbs);
	for (i = 0; i < nmbs; i++)
		mbs[i].name = xstrdup(d.conf->mailboxes[i].imap.name);
	log_info("started: %zu mailboxes, %zu rules", nmbs,
	    rules_count(d.rules));
	sd_notify_state("READY=1");

	while (!stop_sig) {
		if (reload_sig) {
			reload_sig = 0;
			sd_notify_state("RELOADING=1");
			do_reload(conffile, &d, &mbs, &nmbs);
			sd_notify_state("READY=1");
		}
		for (i = 0; i < nmbs && !stop_sig; i++)
			mbox_poll(&d, &mbs[i]);
		if (stop_sig)
			break;
		if (outbox_run(&d, 0, 1000, &os) == 0 &&
		    (os.sent || os.deferred || os.failed))
			log_info("outbox: %d sent, %d deferred, %d failed",
			    os.sent, os.deferred, os.failed);
		if (once)
			break;
		wait_for_work(&d, mbs, nmbs);
	}
	sd_notify_state("STOPPING=1");
	log_info("stopping");
	for (i = 0; i < nmbs; i++) {
		if (mbs[i].s != NULL)
			imap_close(mbs[i].s);
		free(mbs[i].name);
	}
	free(mbs);
	desk_close(&d);
	return 0;
}
