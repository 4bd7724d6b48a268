/*
 * mailbox.c -- taking mail in from one IMAP mailbox, exactly once.
 *
 * A batch is fetched first, with no transaction open, so that the store's
 * write lock is never held across the network (an MTA piping mail into
 * supportctl meanwhile only waits for a short commit).  The batch's cases,
 * outbox rows and the mailbox checkpoint then commit together; only after
 * that are the messages moved or flagged on the server.  A crash before
 * the commit replays the batch (and dedup makes the replay a no-op); a
 * crash after it finds the checkpoint past those UIDs, and the sweep at
 * the next connection moves what was left.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "clock.h"
#include "ingest.h"
#include "log.h"
#include "mailbox.h"
#include "mime.h"
#include "rawmsg.h"
#include "workq.h"
#include "xmalloc.h"

#define BACKOFF_MIN	5	/* seconds before reconnecting, doubling */
#define BACKOFF_MAX	900
/* Bytes of mail held in memory per batch (at least one message). */
#define BATCH_BYTES	(64U * 1024 * 1024)

/* One fetched message, or why it could not be. */
struct fetched {
	uint32_t	 uid;
	struct rawmsg	 raw;		/* .p NULL: not fetched, see why */
	char		*why;
};

void
mailbox_init(struct mailbox *mb, const char *name)
{
	memset(mb, 0, sizeof *mb);
	mb->name = xstrdup(name);
}

void
mailbox_free(struct mailbox *mb)
{
	if (mb->s != NULL)
		imap_close(mb->s);
	free(mb->name);
	free(mb->error);
	memset(mb, 0, sizeof *mb);
}

void
mailbox_drop(struct mailbox *mb, time_t now, const char *why)
{
	free(mb->error);
	mb->error = xstrdup(why ? why : "connection failed");
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

static void
warn_store(struct mailbox *mb, const char *what, char *cause)
{
	log_warnx("mailbox %s: %s: %s", mb->name, what, cause ? cause :
	    "store failed");
	free(mb->error);
	xasprintf(&mb->error, "%s: %s", what, cause ? cause : "store failed");
	free(cause);
}

/* The first UID that is ours: mail before a "first-start now" is not. */
static int
first_uid(struct desk *d, struct mailbox *mb, uint32_t *from, char **cause)
{
	char	*key, *v = NULL;
	int	 r;

	*from = 0;
	xasprintf(&key, "first-uid:%s", mb->name);
	r = store_kv_get(d->st, key, &v, cause);
	free(key);
	if (r == 1)
		*from = (uint32_t)strtoul(v, NULL, 10);
	free(v);
	return r == -1 ? -1 : 0;
}

/* Messages we committed but did not move before a crash: move them now. */
static void
sweep(struct desk *d, struct mailbox *mb, uint32_t last)
{
	uint32_t	*uids, from;
	size_t		 n, i, k;
	char		*cause = NULL;
	int		 q;

	mb->swept = 1;
	if (first_uid(d, mb, &from, &cause) == -1) {
		warn_store(mb, "sweep", cause);
		return;
	}
	/* Committed but not done; one already \Deleted (copied) is done. */
	if (imap_list_unfinished(mb->s, from, last, &uids, &n, &cause) == -1) {
		log_warnx("mailbox %s: sweep: %s", mb->name, cause);
		free(cause);
		return;
	}
	/* A message we could not fetch stays where a person will see it. */
	for (i = k = 0; i < n; i++) {
		if ((q = store_quarantined(d->st, mb->name, uids[i],
		    &cause)) == -1) {
			warn_store(mb, "sweep", cause);
			free(uids);
			return;
		}
		if (q == 0)
			uids[k++] = uids[i];
	}
	if (k > 0 && imap_done_many(mb->s, uids, k, &cause) == -1) {
		log_warnx("mailbox %s: sweep: %s", mb->name, cause);
		free(cause);
	}
	free(uids);
}

/* "first-start now": start after whatever the mailbox holds today. */
static int
first_start_now(struct desk *d, struct mailbox *mb, uint32_t uidvalidity)
{
	uint32_t	*uids, last;
	size_t		 n;
	char		*cause = NULL, *key, num[16];
	int		 rv;

	if (imap_list_new(mb->s, 0, 1000000, &uids, &n, &cause) == -1) {
		mailbox_drop(mb, clock_now(), cause);
		free(cause);
		return -1;
	}
	last = n ? uids[n - 1] : 0;
	free(uids);
	xasprintf(&key, "first-uid:%s", mb->name);
	snprintf(num, sizeof num, "%u", last);
	/* The checkpoint and the sweep's limit, together or not at all. */
	rv = store_begin(d->st, &cause) == -1 ||
	    store_checkpoint_set(d->st, mb->name, uidvalidity, last,
	    &cause) == -1 ||
	    store_kv_set(d->st, key, num, &cause) == -1 ||
	    store_commit(d->st, &cause) == -1 ? -1 : 0;
	free(key);
	if (rv == -1) {
		store_rollback(d->st);
		warn_store(mb, "first start", cause);
		return 0;
	}
	log_info("mailbox %s: first start: skipping %zu old messages",
	    mb->name, n);
	return 0;
}

static void
fetched_free(struct fetched *f, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		rawmsg_free(&f[i].raw);
		free(f[i].why);
	}
	free(f);
}

/* How a batch's fetching ended. */
#define FETCH_ALL	0	/* every uid asked for, or the byte cap */
#define FETCH_RETRY	1	/* stopped at a temporary failure */
#define FETCH_LOST	2	/* the connection broke after *nf */

/*
 * Fetch uids in order until the batch's bytes are used up; *nf is how
 * many to store.  The sizes come in one command and the bodies are asked
 * for ahead (imap_fetch_begin), so a batch costs a few round trips, not
 * two per message.  A temporary failure (NO, [UNAVAILABLE], [INUSE]) ends
 * the batch before that message, which stays unread and unmoved for the
 * next poll: it is never quarantined and the checkpoint never passes it.
 * A permanent one (too large, gone) is kept with its reason.
 */
static int
fetch_batch(struct mailbox *mb, const uint32_t *uids, size_t n,
    struct fetched *f, size_t *nf, volatile sig_atomic_t *stop,
    struct workq *q)
{
	size_t		 i, bytes = 0;
	char		*cause = NULL;
	int		 how = FETCH_ALL;

	/* The sizes in one command, the bodies asked for ahead. */
	if (imap_fetch_begin(mb->s, uids, n, BATCH_BYTES, &cause) == -1) {
		log_warnx("mailbox %s: uid %u: %s; will retry", mb->name,
		    uids[0], cause);
		free(mb->error);
		mb->error = cause;
		*nf = 0;
		return FETCH_LOST;
	}
	for (i = 0; i < n && !*stop && (i == 0 || bytes < BATCH_BYTES); i++) {
		f[i].uid = uids[i];
		if (imap_fetch(mb->s, uids[i], &f[i].raw, &cause) == 0) {
			bytes += f[i].raw.len;
			/* Parsed on another core while the next comes. */
			workq_ready(q, i + 1);
			continue;
		}
		if (imap_fetch_temporary(mb->s)) {
			log_warnx("mailbox %s: uid %u: %s; will retry",
			    mb->name, uids[i], cause);
			how = imap_broken(mb->s) ? FETCH_LOST : FETCH_RETRY;
			if (how == FETCH_LOST) {
				free(mb->error);
				mb->error = cause;
			} else
				free(cause);
			break;
		}
		/* This message only, for good: a person will see it. */
		f[i].why = cause;
		cause = NULL;
		workq_ready(q, i + 1);
		if (imap_broken(mb->s)) {
			i++;
			how = FETCH_LOST;
			break;
		}
	}
	/* What is still in flight (a stop, a failure) is read and dropped. */
	if (how != FETCH_LOST && imap_fetch_end(mb->s, &cause) == -1) {
		log_warnx("mailbox %s: %s", mb->name, cause);
		free(mb->error);
		mb->error = cause;
		how = FETCH_LOST;
	}
	*nf = i;
	return how;
}

/*
 * Store a fetched batch and the checkpoint in one transaction.  Fills
 * moved with the UIDs that may now leave the inbox.  -1: the store failed
 * and nothing of the batch was kept.
 */
/* A batch's messages prepared ahead of the writer (workq.c). */
struct prep_arg {
	const struct desk	*d;
	const struct fetched	*f;
	struct ingest_prep	*p;
};

#define BATCH_AHEAD	32

static void
prep_one(void *arg, size_t i)
{
	struct prep_arg	*a = arg;

	if (a->f[i].raw.p != NULL)
		ingest_prepare(a->d, a->f[i].raw.p, a->f[i].raw.len, &a->p[i]);
}

static int
store_batch(struct desk *d, struct mailbox *mb, const struct ingest_opts *o0,
    uint32_t uidvalidity, struct fetched *f, size_t n, struct workq *q,
    struct ingest_prep *prep, uint32_t *moved, size_t *nmoved)
{
	struct ingest_opts	 o = *o0;
	struct ingest_result	 res;
	char			*cause = NULL;
	size_t			 i;

	*nmoved = 0;
	if (store_begin(d->st, &cause) == -1) {
		warn_store(mb, "begin", cause);
		return -1;
	}
	for (i = 0; i < n; i++) {
		o.uid = f[i].uid;
		workq_wait(q, i);
		if (f[i].raw.p == NULL) {
			if (ingest_quarantine(d, &o, "", 0, f[i].why, &res,
			    &cause) == -1)
				goto fail;
			log_warnx("mailbox %s: uid %u: %s; left in the mailbox",
			    mb->name, f[i].uid, f[i].why);
			continue;
		}
		if (ingest_prepared(d, &o, f[i].raw.p, f[i].raw.len, &prep[i],
		    &res, &cause) == -1)
			goto fail;
		ingest_prep_free(&prep[i]);
		log_info("mailbox %s: uid %u: %s %s (%s)", mb->name, f[i].uid,
		    res.ref[0] ? res.ref : "-", ingest_what_name(res.what),
		    res.note);
		moved[(*nmoved)++] = f[i].uid;
	}
	if (n > 0 && store_checkpoint_set(d->st, mb->name, uidvalidity,
	    f[n - 1].uid, &cause) == -1)
		goto fail;
	if (store_commit(d->st, &cause) == -1)
		goto fail;
	return 0;
fail:
	store_rollback(d->st);
	log_warnx("mailbox %s: uid %u: %s; the store is failing, the batch "
	    "stays in the mailbox", mb->name, f[i < n ? i : n - 1].uid,
	    cause ? cause : "?");
	free(cause);
	*nmoved = 0;
	return -1;
}

/* Remember a first start or a new UIDVALIDITY, even with no mail. */
static void
remember(struct desk *d, struct mailbox *mb, uint32_t uidvalidity,
    uint32_t last)
{
	uint32_t	 cv, cl;
	char		*cause = NULL;
	int		 r;

	if (store_begin(d->st, &cause) == -1) {
		warn_store(mb, "checkpoint", cause);
		return;
	}
	if ((r = store_checkpoint_get(d->st, mb->name, &cv, &cl,
	    &cause)) == -1 || ((r == 0 || cv != uidvalidity) &&
	    store_checkpoint_set(d->st, mb->name, uidvalidity, last,
	    &cause) == -1) || store_commit(d->st, &cause) == -1) {
		store_rollback(d->st);
		warn_store(mb, "checkpoint", cause);
	}
}

/*
 * Note how the poll went, for "supportctl stats": every failure and every
 * poll that took mail in, else at most once a minute.
 */
static void
note(struct desk *d, struct mailbox *mb, int n)
{
	char		*cause = NULL;
	const char	*warn = NULL;
	time_t		 now = clock_now();

	if (mb->error == NULL && n <= 0 && now - mb->noted < 60)
		return;
	if (mb->s != NULL && imap_fallback(mb->s))
		warn = "the processed folder cannot be had: processed mail is "
		    "flagged \\Seen and stays in the folder";
	if (store_begin(d->st, &cause) == -1 ||
	    store_mailbox_stat(d->st, mb->name, mb->error == NULL,
	    n > 0 ? n : 0, mb->error ? mb->error : warn, &cause) == -1 ||
	    store_commit(d->st, &cause) == -1) {
		store_rollback(d->st);
		log_debug("mailbox %s: stats: %s", mb->name, cause);
		free(cause);
		return;
	}
	mb->noted = now;
	free(mb->error);
	mb->error = NULL;
}

static int poll_once(struct desk *, struct mailbox *,
    volatile sig_atomic_t *);

int
mailbox_poll(struct desk *d, struct mailbox *mb, volatile sig_atomic_t *stop)
{
	int	 n;

	if (mb->s == NULL && clock_now() < mb->next_try)
		return 0;
	n = poll_once(d, mb, stop);
	/* A mailbox another daemon reads is that daemon's to report. */
	if (!mb->standby)
		note(d, mb, n);
	return n;
}

/*
 * The lease and the connection: 1 when the mailbox is ours and open, 0
 * when another daemon holds it or a reconnection is not due yet, -1 when
 * connecting failed.
 */
static int
poll_ready(struct desk *d, struct mailbox *mb, const struct mailbox_conf *mc,
    time_t now)
{
	char	*cause = NULL;
	int	 lease;

	/*
	 * Several daemons on one PostgreSQL desk: the one holding the lease
	 * reads the mailbox, the others stand by and ask again each poll (a
	 * dead holder's lease goes with its connection).
	 */
	if ((lease = store_mailbox_lease(d->st, mb->name, &cause)) != 1) {
		if (lease == -1)
			warn_store(mb, "lease", cause);
		else if (!mb->standby)
			log_info("mailbox %s: another daemon holds it; "
			    "standing by", mb->name);
		mb->standby = 1;
		if (mb->s != NULL) {
			imap_close(mb->s);
			mb->s = NULL;
		}
		return 0;
	}
	if (mb->standby) {
		log_info("mailbox %s: lease taken, reading it", mb->name);
		mb->standby = 0;
	}
	if (mb->s != NULL)
		return 1;
	if (now < mb->next_try)
		return 0;
	if (config_mailbox_credentials((struct mailbox_conf *)mc,
	    &cause) == -1 || imap_open(&mc->imap, &mb->s, &cause) == -1) {
		mb->s = NULL;
		mailbox_drop(mb, now, cause);
		free(cause);
		return -1;
	}
	log_info("mailbox %s: connected to %s", mb->name, mc->imap.host);
	mb->backoff = 0;
	mb->swept = 0;
	return 1;
}

/*
 * One batch: fetched, each message parsed and folded on another core as
 * soon as it is fetched (workq.c), then stored in order with the
 * checkpoint.  The fetch's ending (FETCH_*), or -1 when the store failed;
 * *nf stored, *last the last UID stored, moved[*nmoved] may leave.
 */
static int
take_batch(struct desk *d, struct mailbox *mb, const struct ingest_opts *o,
    uint32_t uidvalidity, uint32_t *uids, size_t n,
    volatile sig_atomic_t *stop, size_t *nf, size_t *nmoved, uint32_t *last)
{
	struct fetched	*f;
	struct prep_arg	 pa;
	struct workq	*q;
	size_t		 i;
	int		 how, rv;

	f = xcalloc(n, sizeof *f);
	for (i = 0; i < n; i++)
		rawmsg_init(&f[i].raw, MIME_MAX_SIZE);
	pa.d = d;
	pa.f = f;
	pa.p = xcalloc(n, sizeof *pa.p);
	q = workq_start(n, 0, BATCH_AHEAD, ingest_workers(d), prep_one,
	    charset_cache_clear, &pa);
	how = fetch_batch(mb, uids, n, f, nf, stop, q);
	workq_limit(q, *nf);
	rv = *nf > 0 ? store_batch(d, mb, o, uidvalidity, f, *nf, q, pa.p,
	    uids, nmoved) : 0;
	workq_finish(q);
	for (i = 0; i < n; i++)
		ingest_prep_free(&pa.p[i]);
	free(pa.p);
	if (rv == 0 && *nf > 0)
		*last = f[*nf - 1].uid;
	fetched_free(f, n);
	return rv == -1 ? -1 : how;
}

static int
poll_once(struct desk *d, struct mailbox *mb, volatile sig_atomic_t *stop)
{
	const struct mailbox_conf *mc = config_mailbox(d->conf, mb->name);
	struct ingest_opts	 opts;
	uint32_t		 uidvalidity, v, last, *uids = NULL;
	size_t			 n, nf, nmoved = 0;
	time_t			 now = clock_now();
	char			*cause = NULL;
	int			 total = 0, found, how, r;

	if (mc == NULL)
		return 0;
	if ((r = poll_ready(d, mb, mc, now)) != 1)
		return r;

	memset(&opts, 0, sizeof opts);
	opts.mailbox = mb->name;
	opts.queue = mc->queue;
	uidvalidity = imap_uidvalidity(mb->s);
	if ((found = store_checkpoint_get(d->st, mb->name, &v, &last,
	    &cause)) == -1) {
		warn_store(mb, "checkpoint", cause);
		return 0;
	}
	if (!found) {
		if (mc->first_start == FIRST_NOW)
			return first_start_now(d, mb, uidvalidity);
		opts.quiet = mc->first_start == FIRST_QUIET;
		last = 0;
	} else if (v != uidvalidity) {
		/* The server renumbered: read all again; dedup keeps it once. */
		log_warnx("mailbox %s: UIDVALIDITY changed from %u to %u, "
		    "rescanning", mb->name, v, uidvalidity);
		last = 0;
	} else if (!mb->swept && mc->imap.move_to != NULL)
		sweep(d, mb, last);

	while (!*stop) {
		if (imap_list_new(mb->s, last, (size_t)d->conf->batch_size,
		    &uids, &n, &cause) == -1) {
			mailbox_drop(mb, clock_now(), cause);
			free(cause);
			return -1;
		}
		if (n == 0)
			break;
		if ((how = take_batch(d, mb, &opts, uidvalidity, uids, n, stop,
		    &nf, &nmoved, &last)) == -1) {
			free(uids);
			return total;
		}
		total += (int)nf;
		if (how == FETCH_LOST) {
			/* What was stored is moved by the next sweep.  The
			 * cause is handed over: mailbox_drop() replaces
			 * mb->error with a copy of it. */
			free(uids);
			cause = mb->error;
			mb->error = NULL;
			mailbox_drop(mb, clock_now(), cause ? cause :
			    "connection lost");
			free(cause);
			return -1;
		}
		/* Only now that it is safe: move or flag on the server. */
		if (nf > 0 && imap_done_many(mb->s, uids, nmoved,
		    &cause) == -1) {
			log_warnx("mailbox %s: %s", mb->name, cause);
			free(cause);
			cause = NULL;
		}
		free(uids);
		uids = NULL;
		if (how == FETCH_RETRY)
			break;		/* the rest waits for the next poll */
		if (nf < n && !*stop)
			continue;	/* the byte cap ended the batch */
		if (n < (size_t)d->conf->batch_size)
			break;
	}
	if ((!found || v != uidvalidity) && !*stop)
		remember(d, mb, uidvalidity, last);
	return total;
}
