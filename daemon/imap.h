/*
 * imap.h -- reading a mailbox over IMAP with libetpan: TLS with the
 * certificate verified, UID-based fetching, IDLE, and moving or flagging a
 * message only after the store committed it.
 */
#ifndef IMAP_H
#define IMAP_H

#include <stddef.h>
#include <stdint.h>

#define IMAP_TLS_NONE		0	/* plain text: loopback tests only */
#define IMAP_TLS_STARTTLS	1
#define IMAP_TLS_IMPLICIT	2	/* imaps, port 993 */

#define IMAP_AUTH_PLAIN		0	/* LOGIN command or SASL PLAIN */
#define IMAP_AUTH_XOAUTH2	1

struct imap_conf {
	char	*name;		/* the mailbox's name in supportd.conf */
	char	*host;
	int	 port;
	int	 tls;		/* IMAP_TLS_* */
	int	 tls_verify;	/* verify chain and host name; default 1 */
	char	*cafile;	/* NULL: system trust store */
	char	*user;
	char	*password;
	int	 auth;		/* IMAP_AUTH_* */
	char	*oauth_token;	/* bearer token for XOAUTH2 */
	char	*folder;	/* "INBOX" */
	char	*move_to;	/* folder for processed mail; NULL: flag \Seen */
	int	 timeout;	/* seconds, for each command as a whole */
	int	 expunge;	/* without UIDPLUS, a plain EXPUNGE is allowed */
};

struct imap_session;

/*
 * A peer that closes the connection makes a write raise SIGPIPE: the
 * process must ignore it (signal(SIGPIPE, SIG_IGN)) so that it surfaces
 * here as an error, and a reconnect, instead of killing the daemon.
 */

/* Connect, TLS, authenticate, SELECT the folder. */
int	 imap_open(const struct imap_conf *, struct imap_session **,
	    char **cause);
void	 imap_close(struct imap_session *);

/* The folder's UIDVALIDITY, as seen at SELECT. */
uint32_t imap_uidvalidity(const struct imap_session *);
int	 imap_has_idle(const struct imap_session *);
/* Did the last failure lose the connection (else only that message)? */
int	 imap_broken(const struct imap_session *);

/*
 * UIDs greater than after, in ascending order, at most max of them
 * (the server's "n:*" quirk filtered out).  A NOOP goes first: servers
 * need not show new mail in the selected folder before one.  -1 and
 * *cause on error.
 */
int	 imap_list_new(struct imap_session *, uint32_t after, size_t max,
	    uint32_t **uids, size_t *n, char **cause);

/*
 * For the sweep after a reconnect: UIDs in (after, upto] -- committed by
 * the store -- that are not done yet on the server: not flagged \Deleted
 * (copied, left for want of UIDPLUS), nor \Seen when processed mail is
 * flagged rather than moved.  All of them, ascending.
 */
int	 imap_list_unfinished(struct imap_session *, uint32_t after,
	    uint32_t upto, uint32_t **uids, size_t *n, char **cause);

/*
 * The raw bytes of one message, fetched with BODY.PEEK[] (no \Seen); one
 * over RAWMSG_SPILL in pieces (BODY.PEEK[]<offset.length>) into a
 * temporary file, so that it is never in memory whole.
 * On -1, imap_fetch_temporary() says whether the failure may pass (a NO,
 * [UNAVAILABLE], [INUSE], a lost connection or a server too slow: retry
 * later, keep the checkpoint, do not quarantine) or is proven permanent
 * (over the size limit, expunged).
 */
struct rawmsg;
int	 imap_fetch(struct imap_session *, uint32_t uid, struct rawmsg *raw,
	    char **cause);
int	 imap_fetch_temporary(const struct imap_session *);

/*
 * A batch in a few round trips: imap_fetch_begin() asks the sizes of uids
 * (ascending) in one command, then imap_fetch() of each in turn reads its
 * body from commands sent ahead, several in flight, each message still
 * fetched, refused or failing on its own as above; bodies are sent for
 * while the sizes before stay under max_bytes (at least one).  Asking for
 * another UID, or imap_fetch_end(), reads and drops what is still in
 * flight; call it before any other command.  Both -1 with *cause only when
 * the connection is lost (a refused size command is not an error: the
 * messages are then fetched one by one).
 */
int	 imap_fetch_begin(struct imap_session *, const uint32_t *uids,
	    size_t n, size_t max_bytes, char **cause);
int	 imap_fetch_end(struct imap_session *, char **cause);

/*
 * Done with uid: MOVE it to move_to (or COPY, \Deleted and UID EXPUNGE;
 * without UIDPLUS a plain EXPUNGE only when every \Deleted message is
 * ours, or conf->expunge), else set \Seen.  A relative move_to gets the
 * personal namespace's prefix.  When the folder cannot be created, this
 * says so once in the log and flags \Seen from then on: imap_fallback().
 */
int	 imap_done(struct imap_session *, uint32_t uid, char **cause);
/* The same for a batch of UIDs (ascending), in one command. */
int	 imap_done_many(struct imap_session *, const uint32_t *uids, size_t n,
	    char **cause);
/* 1 when processed mail is flagged \Seen for want of the move_to folder. */
int	 imap_fallback(const struct imap_session *);

/*
 * Wait in IDLE (or just sleep when the server has no IDLE) for at most
 * seconds, returning early when the server reports new mail (1), on
 * timeout (0), when *stop becomes non-zero (0), or on error (-1).
 */
int	 imap_idle(struct imap_session *, int seconds,
	    volatile int *stop, char **cause);

/*
 * IDLE on several sessions at once, for one poll() over all of them:
 * imap_idle_begin() asks NOOP first and returns 1 when mail is already
 * there (nothing started), else starts IDLE and returns 0; poll the
 * imap_idle_fd() of each (buffered: data is already read, do not wait);
 * when one is readable, imap_idle_read() takes what came and returns 1
 * once new mail was announced; imap_idle_end() sends DONE and returns 1
 * if new mail came.  All return -1 with *cause on error.
 */
int	 imap_idle_begin(struct imap_session *, char **cause);
int	 imap_idle_fd(struct imap_session *, int *buffered);
int	 imap_idle_read(struct imap_session *, char **cause);
int	 imap_idle_end(struct imap_session *, char **cause);

#endif
