/*
 * reply.h -- every mail supportd writes: acknowledgements, template
 * replies, notifications, forwards, escalations.  Each is composed by
 * outmsg (headers encoded, never pasted), put in the outbox and recorded
 * on its case, all inside the caller's transaction; nothing here talks to
 * the network.  Used by the message pipeline, agents' commands and timers.
 */
#ifndef REPLY_H
#define REPLY_H

#include "desk.h"
#include "mime.h"
#include "store.h"

enum mail_kind {
	MAIL_ACK,		/* the acknowledgement of a new case */
	MAIL_REPLY,		/* a rule's template answer */
	MAIL_NOTIFY,		/* a notice to an agent */
	MAIL_FORWARD,		/* the customer's mail, attached, to someone */
	MAIL_ESCALATE,		/* a notice to the supervisor */
	MAIL_NKINDS
};

/* What a mail is about: the case and the message that caused it. */
struct reply_ctx {
	struct desk			*d;
	const struct store_case		*c;
	const struct mime_message	*m;
	const struct strv		*var_names;	/* captures, or NULL */
	const struct strv		*var_values;
	int				 is_new;
};

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
 * The address limits count: lower case, without a "+tag" in the local
 * part, so that one mailbox cannot be fed many answers under many names.
 */
char	*reply_addr_key(const char *addr);
/* May a display name be repeated back (no URL, address, phone number)? */
int	 reply_name_ok(const char *name);

#endif
