/*
 * ingest.h -- one message through the pipeline, and the decision at its
 * heart: what the message does to its case, worked out by a function that
 * changes nothing (ingest_decide), then written in one step.
 */
#ifndef INGEST_H
#define INGEST_H

#include <stdint.h>

#include "agent.h"
#include "case.h"
#include "desk.h"
#include "reply.h"
#include "rules.h"
#include "screen.h"
#include "thread.h"

/* Where a message comes from: passed in, never set on the desk. */
struct ingest_opts {
	const char	*mailbox;	/* configured name, or "" */
	const char	*queue;		/* new cases' queue; NULL: the desk's */
	uint32_t	 uid;		/* IMAP UID, 0 when not from IMAP */
	int		 quiet;		/* take mail in without answering */
};

enum ingest_what {
	INGEST_NEW = 1,		/* opened a case */
	INGEST_UPDATE,		/* added to a case */
	INGEST_DUPLICATE,	/* seen before: nothing changed */
	INGEST_RECORDED,	/* kept, belongs to no case */
	INGEST_QUARANTINED
};

struct ingest_result {
	enum ingest_what what;
	char		 ref[64];	/* the case, or "" */
	char		 note[160];	/* how it was threaded or screened */
};

enum change_op {
	CHANGE_RECORD,		/* store the message; no case changes */
	CHANGE_NEW,		/* open a case */
	CHANGE_UPDATE,		/* add to the case and change it */
	CHANGE_QUARANTINE	/* keep the bytes aside, with the reason */
};

#define CHANGE_EVENTS_MAX	8

/* What one message does to its case. */
struct case_change {
	enum change_op	 op;
	char		 note[160];	/* why recorded or quarantined */
	const char	*msg_kind;	/* how the message is stored */
	int64_t		 case_id;	/* RECORD, UPDATE: the case, or 0 */
	int64_t		 linked;	/* NEW: the closed case it follows */

	/* NEW: every field; UPDATE: only those set here. */
	int		 set_status;
	enum case_status status;
	const char	*status_actor;
	const char	*queue;
	int		 set_priority;
	enum case_priority priority;
	const char	*assignee;
	const struct strv *tags;
	const struct strv *untags;
	const char	*actor;		/* who changes the fields */
	int		 tag_auto;	/* the mail was automatic */
	int		 add_contact;	/* the sender joins the case */
	int64_t		 merge;		/* that case joins this one */
	int64_t		 link;		/* and that one is linked */

	struct {
		const char	*kind;
		const char	*actor;
		const char	*detail;
	}		 events[CHANGE_EVENTS_MAX];
	size_t		 nevents;

	struct change_mail {
		enum mail_kind	 kind;
		const char	*tmpl;	/* ACK, REPLY: the template */
		const char	*to;	/* notices: the address */
		const char	*text;	/* ANSWER, REFUSAL */
		enum notice_kind notice;	/* AGENT */
		const struct agent_conf *agent;	/* AGENT, REFUSAL */
	}		*mails;
	size_t		 nmails;

	struct strv	 owned;		/* strings the above point into */
};

/* Everything the decision looks at. */
struct decide_in {
	const struct mime_message	*m;
	const struct screen_result	*scr;
	const struct thread_result	*tr;
	const struct store_case		*c;	/* the case, NULL: none */
	int64_t				 linked;
	enum sender_role		 role;
	const struct rules_result	*rr;	/* customers, daemons */
	const struct agent_conf		*agent;	/* agents: who */
	const struct agent_effect	*ae;	/* and what they asked */
	int				 answered;	/* an agent answered
							   the case before */
	const struct agent_conf		*forged;	/* whose agent address
							   a stranger used */
	int				 awaiting_rating;	/* a follow-up
							   question is out */
	const struct config		*conf;
	const struct ingest_opts	*opts;
};

/*
 * Does mail to this closed case open a new one that follows it
 * (closed-policy newcase, or reopen-days passed)?
 */
int	 ingest_follows(const struct config *, const struct store_case *,
	    int human, time_t now);
/* The decision; changes nothing.  Free with ingest_change_free. */
void	 ingest_decide(const struct decide_in *, struct case_change *);
void	 ingest_change_free(struct case_change *);

/*
 * The whole pipeline for one message.  The caller holds a store
 * transaction; the message's own work runs under a savepoint, so a failure
 * undoes only it and the raw bytes go to quarantine with the reason.
 * Returns -1 only when even the quarantine could not be written.
 */
int	 ingest_message(struct desk *, const struct ingest_opts *,
	    const char *raw, size_t len, struct ingest_result *,
	    char **cause);

/*
 * ingest_message in two steps: what needs no store (the parse, what the
 * rules compute from the text), safe on any thread beside the writer,
 * then the rest on the writer's, in the store's transaction.
 */
struct ingest_prep {
	struct mime_message	*m;	/* NULL: unparseable, why says why */
	char			*why;
	struct rules_prep	*rp;	/* NULL when not worth making */
	long			 parse_cpu;	/* CPU microseconds */
	long			 cpu;
};
void	 ingest_prepare(const struct desk *, const char *raw, size_t len,
	    struct ingest_prep *);
int	 ingest_prepared(struct desk *, const struct ingest_opts *,
	    const char *raw, size_t len, struct ingest_prep *,
	    struct ingest_result *, char **cause);
void	 ingest_prep_free(struct ingest_prep *);
/* Threads to prepare messages on: "workers", else the cores less one. */
int	 ingest_workers(const struct desk *);
/* Keep raw bytes aside with the reason: the one way into quarantine. */
int	 ingest_quarantine(struct desk *, const struct ingest_opts *,
	    const char *raw, size_t len, const char *reason,
	    struct ingest_result *, char **cause);
const char *ingest_what_name(enum ingest_what);

#endif
