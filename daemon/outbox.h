/*
 * outbox.h -- delivering the outbox: what is due goes out over a pool of
 * SMTP sessions; temporary failures wait with exponential backoff, permanent ones
 * are marked failed with the server's answer.
 */
#ifndef OUTBOX_H
#define OUTBOX_H

#include <time.h>

#include "desk.h"

struct outbox_stats {
	int	 sent;
	int	 deferred;
	int	 failed;
};

/*
 * Deliver rows due by now (all queued rows when force is set), at most
 * max.  A batch of rows is claimed in one commit before any is sent, and
 * the rows the server accepted are marked sent in one commit after the
 * batch, so two senders never send one row.  Returns -1 only on a store
 * error.
 */
int	 outbox_run(struct desk *, int force, size_t max,
	    struct outbox_stats *);
/* Seconds to wait before attempt number attempts + 1. */
time_t	 outbox_backoff(int attempts);

#endif
