/*
 * outbox.c -- the delivery loop.
 *
 * The outbox table is the queue; this file only moves rows from queued to
 * sent or failed.  Backoff doubles from one minute up to six hours, so a
 * relay that is down for a day is retried about a dozen times, not
 * hammered; after max-attempts the row is failed and the case says so.
 */
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

static int
give_up(struct desk *d, const struct store_out *r, const char *why)
{
	char	*cause = NULL;

	if (store_out_failed(d->st, r->id, why, &cause) == -1) {
		log_warnx("outbox %lld: %s", (long long)r->id, cause);
		free(cause);
		return -1;
	}
	return 0;
}

int
outbox_run(struct desk *d, int force, size_t max, struct outbox_stats *stats)
{
	struct store_out	*rows;
	struct smtp_session	*s = NULL;
	size_t			 n, i;
	time_t			 now = clock_now();
	char			*cause = NULL;
	int			 rv, tempfails = 0, insession = 0, claim;
	int			 broken = 0;

	memset(stats, 0, sizeof *stats);
	if (d->conf->smtp.url == NULL) {
		log_warnx("%s: no smtp url: the outbox cannot be delivered",
		    d->conf->path);
		return 0;
	}
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
	for (i = 0; i < n && !broken; i++) {
		/*
		 * When the relay is down, every row would wait for its own
		 * timeout: after three in a row, defer the rest untried.
		 */
		if (tempfails >= 3) {
			broken = defer(d, &rows[i], now, "not tried: the "
			    "relay is failing") == -1;
			stats->deferred++;
			continue;
		}
		if ((claim = store_out_claim(d->st, rows[i].id, &cause)) ==
		    -1) {
			log_warnx("outbox %lld: %s", (long long)rows[i].id,
			    cause);
			free(cause);
			cause = NULL;
			broken = 1;
			break;
		}
		if (claim == 0)
			continue;	/* another sender has it */
		if (s == NULL)
			s = smtp_open(&d->conf->smtp);
		cause = NULL;
		rv = smtp_send(s, rows[i].mail_from, &rows[i].rcpts,
		    rows[i].raw, rows[i].rawlen, &cause);
		if (rv == SMTP_TEMPFAIL && insession > 0) {
			/*
			 * A relay may cap messages per session (OpenSMTPD
			 * answers 452 after 100): a new session, at once.
			 */
			log_debug("outbox: new session after %d messages: %s",
			    insession, cause ? cause : "?");
			free(cause);
			cause = NULL;
			smtp_close(s);
			s = smtp_open(&d->conf->smtp);
			insession = 0;
			rv = smtp_send(s, rows[i].mail_from, &rows[i].rcpts,
			    rows[i].raw, rows[i].rawlen, &cause);
		}
		switch (rv) {
		case SMTP_OK:
			free(cause);
			cause = NULL;
			if (store_out_sent(d->st, rows[i].id, &cause) == -1) {
				log_warnx("outbox %lld: accepted by the relay "
				    "but not marked sent (%s): it may go out "
				    "again after %d s", (long long)rows[i].id,
				    cause, STORE_CLAIM_TTL);
				broken = 1;
			}
			stats->sent++;
			tempfails = 0;
			insession++;
			log_debug("outbox %lld: sent to %s",
			    (long long)rows[i].id, rows[i].rcpts.v[0]);
			break;
		case SMTP_PERMFAIL:
			broken = give_up(d, &rows[i], cause ? cause :
			    "permanent failure") == -1;
			stats->failed++;
			log_warnx("outbox %lld: failed: %s",
			    (long long)rows[i].id, cause ? cause : "?");
			break;
		default:
			if (rows[i].attempts + 1 >= d->conf->max_attempts) {
				broken = give_up(d, &rows[i], cause ? cause :
				    "temporary failure") == -1;
				stats->failed++;
				log_warnx("outbox %lld: gave up after %d "
				    "attempts: %s", (long long)rows[i].id,
				    rows[i].attempts + 1, cause ? cause : "?");
			} else {
				broken = defer(d, &rows[i], now, cause) == -1;
				stats->deferred++;
				log_info("outbox %lld: deferred: %s",
				    (long long)rows[i].id, cause ? cause : "?");
			}
			tempfails++;
			/* A fresh connection for the next message. */
			smtp_close(s);
			s = NULL;
			insession = 0;
			break;
		}
		free(cause);
		cause = NULL;
	}
	if (s != NULL)
		smtp_close(s);
	store_out_free(rows, n);
	return broken ? -1 : 0;
}
