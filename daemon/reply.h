/*
 * reply.h -- every mail supportd writes: acknowledgements, template
 * replies, notifications, forwards, escalations.  Each is composed by
 * outmsg (headers encoded, never pasted), put in the outbox and recorded
 * on its case, all inside the caller's transaction; nothing here talks to
 * the network.  Used by the message pipeline, agents' commands and timers.
 */
#ifndef REPLY_H
#define REPLY_H

#include "config.h"
#include "mime.h"
#include "store.h"
#include "tmpl.h"

enum mail_kind {
	MAIL_ACK,		/* the acknowledgement of a new case */
	MAIL_REPLY,		/* a rule's template answer */
	MAIL_NOTIFY,		/* a notice to an agent */
	MAIL_FORWARD,		/* the customer's mail, attached, to someone */
	MAIL_ESCALATE,		/* a notice to the supervisor's address */
	MAIL_AGENT,		/* a notice to an agent, answerable */
	MAIL_ANSWER,		/* an agent's answer, to the customer */
	MAIL_REFUSAL,		/* to an agent: what was not done, and why */
	MAIL_MERGED,		/* to a merged case's customer */
	MAIL_AUTOCLOSED,	/* to the customer: closed for want of news */
	MAIL_FOLLOWUP,		/* to the customer: how did we do? */
	MAIL_NKINDS
};

/* What a notice to an agent is about: one template each. */
enum notice_kind {
	NOTICE_NEW,		/* a new case */
	NOTICE_REPLY,		/* the customer wrote again */
	NOTICE_ASSIGNED,	/* another agent gave you the case */
	NOTICE_ESCALATED,	/* for a supervisor */
	NOTICE_SLA,		/* a target is near */
	NOTICE_N
};

/* The line in a notice below which an agent's reply is not read. */
#define REPLY_MARKER	"==== supportd: write above this line ===="

/* What a mail is about: the case and the message that caused it. */
struct reply_ctx {
	const struct config		*conf;
	struct store			*st;
	const struct tmpl_set		*tmpls;
	const struct store_case		*c;
	const struct mime_message	*m;
	const struct strv		*var_names;	/* captures, or NULL */
	const struct strv		*var_values;
	int				 is_new;
	const char			*thread_id;	/* customer's last
							   Message-ID */
	const struct agent_conf		*agent;		/* who answers */
};

/* The template of a notice ("notice-new", ...). */
const char *reply_notice_template(enum notice_kind);

const char *reply_kind_name(enum mail_kind);

/*
 * Answer the customer with a template (MAIL_ACK or MAIL_REPLY), in the
 * customer's language.  An address that may not take an automatic answer,
 * or one over its hourly limit, gets none: an event on the case says why.
 */
int	 reply_customer(const struct reply_ctx *, enum mail_kind,
	    const char *tmpl, char **cause) STORE_WUR;
/* A notice about the message to addr (notify, forward, escalate). */
int	 reply_notice(const struct reply_ctx *, enum mail_kind,
	    const char *addr, char **cause) STORE_WUR;
/*
 * A notice to an agent about the case (and the message, for NEW and
 * REPLY), in the agent's language, with a Reply-To that only this agent
 * can answer the case through.  detail: the escalation's reason, or NULL.
 */
int	 reply_agent(const struct reply_ctx *, enum notice_kind,
	    const struct agent_conf *, const char *detail,
	    char **cause) STORE_WUR;
/*
 * An agent's answer to the case's customer, from the desk, threaded under
 * the customer's last mail, with the agent's attachments.
 */
int	 reply_answer(const struct reply_ctx *, const char *text,
	    char **cause) STORE_WUR;
/* Tell an agent that a mail of theirs was not obeyed, and why. */
int	 reply_refusal(const struct reply_ctx *, const struct agent_conf *,
	    const char *why, char **cause) STORE_WUR;
/*
 * A mail to the case's customer about the case itself (no message of
 * theirs to answer): auto-close, follow-up.  In the case's language.
 */
int	 reply_case_mail(const struct reply_ctx *, enum mail_kind,
	    const char *tmpl, char **cause) STORE_WUR;
/* Tell the customer of a merged case where it continues. */
int	 reply_merged(const struct reply_ctx *, const char *to,
	    const char *lang, const char *old_ref, char **cause) STORE_WUR;
/*
 * The manager's report to a supervisor: a short text, the HTML page
 * attached as fname; in the outbox, on no case.
 */
int	 reply_report(const struct config *, struct store *, const char *to,
	    const char *subject, const char *text, const char *fname,
	    const char *html, size_t htmllen, char **cause) STORE_WUR;
/* The templates the agent mails need, for checking a desk. */
extern const char *const reply_agent_templates[];
/* And those every desk needs (auto-close, follow-up). */
extern const char *const reply_case_templates[];

/*
 * The address limits count: lower case, without a "+tag" in the local
 * part, so that one mailbox cannot be fed many answers under many names.
 */
char	*reply_addr_key(const char *addr);
/* May a display name be repeated back (no URL, address, phone number)? */
int	 reply_name_ok(const char *name);

#endif
