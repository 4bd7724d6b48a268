/*
 * outbox.c -- the delivery loop.
 *
 * The outbox table is the queue; this file only moves rows from queued to
 * sent or failed, a batch at a time: claimed in one commit, sent over
 * several SMTP sessions at once, settled in one commit (an fsync per
 * batch, not two per mail).  Backoff doubles from one minute up to six hours, so a
 * relay that is down for a day is retried about a dozen times, not
 * hammered; after max-attempts the row is failed and the case says so.
 * A row a sender claimed and then died on (SIGKILL between claim and
 * "sent") is queued again as soon as that sender is known to be gone.
 */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "clock.h"
#include "log.h"
#include "outbox.h"
#include "smtp.h"

time_t
outbox_backoff(int attempts)
{
	time_t	 t = 60;

	while (attempts-- > 0 && t < 6 * 3600)
		t *= 2;
	return t > 6 * 3600 ? 6 * 3600 : t;
}

/* Put a row back for later; a store that cannot even do that is logged. */
static int
defer(struct desk *d, const struct store_out *r, time_t now,
    const char *why)
{
	char	*cause = NULL;

	if (store_out_retry(d->st, r->id, now + outbox_backoff(r->attempts),
	    why, &cause) == -1) {
		log_warnx("outbox %lld: %s", (long long)r->id, cause);
		free(cause);
		return -1;
	}
	return 0;
}

/* Defer n rows in one commit. */
static int
defer_rest(struct desk *d, const struct store_out *rows, size_t n, time_t now)
{
	char	*cause = NULL;
	size_t	 i;

	if (store_begin(d->st, &cause) == -1) {
		log_warnx("outbox: %s", cause);
		free(cause);
		return -1;
	}
	for (i = 0; i < n; i++)
		if (defer(d, &rows[i], now, "not tried: the relay is "
		    "failing") == -1) {
			store_rollback(d->st);
			return -1;
		}
	if (store_commit(d->st, &cause) == -1) {
		store_rollback(d->st);
		log_warnx("outbox: %s", cause);
		free(cause);
		return -1;
	}
	return 0;
}

/*
 * Is the owner of a claim ("host:pid", store_claimer) a process of this
 * host that no longer exists?  Anything else may still be sending.
 */
static int
claim_dead(const char *owner)
{
	char		 me[STORE_CLAIMER_LEN], *end;
	const char	*colon = strrchr(owner, ':'), *mine;
	long		 pid;

	store_claimer(me, sizeof me);
	mine = strrchr(me, ':');
	if (colon == NULL || mine == NULL || colon - owner != mine - me ||
	    strncmp(owner, me, (size_t)(colon - owner)) != 0)
		return 0;
	errno = 0;
	pid = strtol(colon + 1, &end, 10);
	if (*end != '\0' || errno != 0 || pid <= 0)
		return 0;
	return kill((pid_t)pid, 0) == -1 && errno == ESRCH;
}

/*
 * Inside the caller's transaction: claim rows[from..to), the claimed ones
 * into got[] (indexes), *ngot set.  -1 on a store error.
 */
static int
claim_rows(struct desk *d, struct store_out *rows, size_t from, size_t to,
    size_t *got, size_t *ngot, char **cause)
{
	size_t	 i;
	int	 claim;

	*ngot = 0;
	for (i = from; i < to; i++) {
		if ((claim = store_out_claim(d->st, rows[i].id, cause)) == -1)
			return -1;
		if (claim == 1)
			got[(*ngot)++] = i;	/* else another sender has it */
	}
	return 0;
}

/*
 * Claim rows[from..to) in one transaction; the claimed ones go to got[]
 * (indexes), *ngot set.  -1 on a store error, nothing claimed then.
 */
static int
claim_batch(struct desk *d, struct store_out *rows, size_t from, size_t to,
    size_t *got, size_t *ngot)
{
	char	*cause = NULL;

	*ngot = 0;
	if (store_begin(d->st, &cause) == -1 ||
	    claim_rows(d, rows, from, to, got, ngot, &cause) == -1 ||
	    store_commit(d->st, &cause) == -1)
		goto bad;
	return 0;
bad:
	store_rollback(d->st);
	log_warnx("outbox: claiming: %s", cause);
	free(cause);
	*ngot = 0;
	return -1;
}

/* What became of one sent row, written inside the batch's transaction. */
static int
settle(struct desk *d, const struct store_out *r, const struct smtp_job *j,
    time_t now, char **cause)
{
	const char	*why = j->cause != NULL ? j->cause : "?";

	switch (j->rv) {
	case SMTP_OK:
		return store_out_sent(d->st, r->id, cause);
	case SMTP_PERMFAIL:
		return store_out_failed(d->st, r->id, j->cause != NULL ?
		    j->cause : "permanent failure", cause);
	case SMTP_UNTRIED:
		return store_out_retry(d->st, r->id, now +
		    outbox_backoff(r->attempts), "not tried: the relay is "
		    "failing", cause);
	default:
		if (r->attempts + 1 >= d->conf->max_attempts)
			return store_out_failed(d->st, r->id, j->cause != NULL ?
			    j->cause : "temporary failure", cause);
		return store_out_retry(d->st, r->id, now +
		    outbox_backoff(r->attempts), why, cause);
	}
}

/* The log line and the count for one settled row. */
static void
tell(struct desk *d, const struct store_out *r, const struct smtp_job *j,
    struct outbox_stats *stats)
{
	const char	*why = j->cause != NULL ? j->cause : "?";

	switch (j->rv) {
	case SMTP_OK:
		stats->sent++;
		log_debug("outbox %lld: sent to %s", (long long)r->id,
		    r->rcpts.v[0]);
		break;
	case SMTP_PERMFAIL:
		stats->failed++;
		log_warnx("outbox %lld: failed: %s", (long long)r->id, why);
		break;
	case SMTP_UNTRIED:
		stats->deferred++;
		break;
	default:
		if (r->attempts + 1 >= d->conf->max_attempts) {
			stats->failed++;
			log_warnx("outbox %lld: gave up after %d attempts: %s",
			    (long long)r->id, r->attempts + 1, why);
		} else {
			stats->deferred++;
			log_info("outbox %lld: deferred: %s",
			    (long long)r->id, why);
		}
		break;
	}
}

/*
 * Settle a sent batch and claim the next one (rows[from..to), into
 * got2[], *ngot2) in one transaction: one commit a batch, and still every
 * row claimed before it is sent and marked sent only once the relay took
 * it.  Should that fail, the rows the relay accepted stay claimed: after
 * STORE_CLAIM_TTL they may go again; nothing more is claimed.
 */
static int
settle_batch(struct desk *d, struct store_out *rows, const size_t *got,
    struct smtp_job *jobs, size_t n, time_t now, struct outbox_stats *stats,
    size_t from, size_t to, size_t *got2, size_t *ngot2)
{
	char	*cause = NULL;
	size_t	 k;

	*ngot2 = 0;
	if (store_begin(d->st, &cause) == -1)
		goto bad;
	for (k = 0; k < n; k++)
		if (settle(d, &rows[got[k]], &jobs[k], now, &cause) == -1)
			goto bad;
	if (claim_rows(d, rows, from, to, got2, ngot2, &cause) == -1 ||
	    store_commit(d->st, &cause) == -1)
		goto bad;
	for (k = 0; k < n; k++)
		tell(d, &rows[got[k]], &jobs[k], stats);
	return 0;
bad:
	store_rollback(d->st);
	*ngot2 = 0;
	log_warnx("outbox: %zu rows sent or tried but not marked (%s): those "
	    "the relay accepted may go out again after %d s", n, cause,
	    STORE_CLAIM_TTL);
	free(cause);
	return -1;
}

/*
 * Rows per claim/settle transaction, for each session of the pool.  One:
 * what a kill can catch between the relay's acceptance and the settling
 * commit (and so send twice) is then one mail per session, as when mail
 * went out one at a time; more would buy fewer commits with more
 * duplicates after a crash.
 */
#define OUTBOX_BATCH_PER_SESSION	1

int
outbox_run(struct desk *d, int force, size_t max, struct outbox_stats *stats)
{
	struct store_out	*rows;
	struct smtp_pool	*pool = NULL;
	struct smtp_job		*jobs = NULL;
	size_t			*got = NULL, *got2, *swap;
	size_t			 n, i, k, ngot, ngot2, batch, next;
	time_t			 now = clock_now();
	char			*cause = NULL;
	int			 tempfails = 0, broken = 0, claim;

	memset(stats, 0, sizeof *stats);
	if (d->conf->smtp.url == NULL) {
		log_warnx("%s: no smtp url: the outbox cannot be delivered",
		    d->conf->path);
		return 0;
	}
	if (store_out_unclaim(d->st, claim_dead, &claim, &cause) == -1) {
		log_warnx("outbox: %s", cause);
		free(cause);
		cause = NULL;
	} else if (claim > 0)
		log_info("outbox: %d mails claimed by a sender that died "
		    "queued again", claim);
	if (store_out_due(d->st, force ? (time_t)1 << 40 : now, max, &rows,
	    &n, &cause) == -1) {
		log_warnx("outbox: %s", cause);
		free(cause);
		return -1;
	}
	if (n > 0 && config_smtp_credentials(d->conf, &cause) == -1) {
		/* No credentials, no delivery: the rows wait, with backoff. */
		log_warnx("smtp: %s", cause);
		for (i = 0; i < n && !broken; i++)
			broken = defer(d, &rows[i], now, cause) == -1;
		free(cause);
		store_out_free(rows, n);
		stats->deferred = (int)n;
		return broken ? -1 : 0;
	}
	if (n == 0) {
		store_out_free(rows, n);
		return 0;
	}
	/*
	 * Each batch: claimed in a commit before any of it is sent, sent over
	 * the pool's sessions in parallel, then settled (sent, deferred,
	 * failed) in the commit that claims the next batch.  A row is thus
	 * claimed before it is sent and marked sent only once the relay
	 * accepted it, at one commit a batch.
	 */
	pool = smtp_pool_open(&d->conf->smtp);
	batch = (size_t)smtp_pool_size(pool) * OUTBOX_BATCH_PER_SESSION;
	got = xcalloc(batch, sizeof *got);
	got2 = xcalloc(batch, sizeof *got2);
	jobs = xcalloc(batch, sizeof *jobs);
	i = batch < n ? batch : n;
	broken = claim_batch(d, rows, 0, i, got, &ngot) == -1;
	while (!broken) {
		for (k = 0; k < ngot; k++) {
			jobs[k].from = rows[got[k]].mail_from;
			jobs[k].rcpts = &rows[got[k]].rcpts;
			jobs[k].raw = rows[got[k]].raw;
			jobs[k].len = rows[got[k]].rawlen;
		}
		/* When the relay is down, the rest is deferred untried. */
		tempfails = smtp_pool_send(pool, jobs, ngot, tempfails);
		next = tempfails >= 3 ? i : i + batch < n ? i + batch : n;
		broken = settle_batch(d, rows, got, jobs, ngot, now, stats, i,
		    next, got2, &ngot2) == -1;
		for (k = 0; k < ngot; k++) {
			free(jobs[k].cause);
			jobs[k].cause = NULL;
		}
		if (broken || i == n)
			break;
		if (tempfails >= 3) {
			/* The relay is failing: the rest waits, untried. */
			broken = defer_rest(d, rows + i, n - i, now) == -1;
			stats->deferred += (int)(n - i);
			break;
		}
		swap = got;
		got = got2;
		got2 = swap;
		ngot = ngot2;
		i = next;
	}
	smtp_pool_close(pool);
	free(got);
	free(got2);
	free(jobs);
	store_out_free(rows, n);
	return broken ? -1 : 0;
}
