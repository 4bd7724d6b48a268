/*
 * mailbox.h -- one IMAP mailbox of the desk, as the daemon keeps it: the
 * connection with its backoff, the checkpoint (UIDVALIDITY and the last
 * UID taken in), the first start, and the sweep of mail committed but not
 * yet moved when the daemon last stopped.
 */
#ifndef MAILBOX_H
#define MAILBOX_H

#include <signal.h>
#include <time.h>

#include "desk.h"
#include "imap.h"

struct mailbox {
	char			*name;
	struct imap_session	*s;
	time_t			 next_try;	/* no connection before this */
	int			 backoff;
	int			 swept;		/* old processed mail moved */
	int			 standby;	/* another daemon holds it */
	char			*error;		/* why the last try failed */
	time_t			 noted;		/* stats last written */
};

void	 mailbox_init(struct mailbox *, const char *name);
void	 mailbox_free(struct mailbox *);
/* Close the connection and wait, doubling the wait each time. */
void	 mailbox_drop(struct mailbox *, time_t now, const char *why);
/*
 * Take in what is new, a batch at a time: fetch the batch, then store it
 * with the checkpoint in one short transaction, then move it on the
 * server.  Stops between batches when *stop is set.  Returns the number of
 * messages taken in, or -1 when the connection failed.
 */
int	 mailbox_poll(struct desk *, struct mailbox *,
	    volatile sig_atomic_t *stop);

#endif
