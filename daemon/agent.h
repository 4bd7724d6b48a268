/*
 * agent.h -- what an agent's mail says: the #command lines at its top and
 * the answer for the customer below them, and what they do to a case.
 * Reading and deciding change nothing; ingest.c writes the result.
 */
#ifndef AGENT_H
#define AGENT_H

#include <stddef.h>
#include <stdint.h>

#include "case.h"
#include "config.h"
#include "store.h"

enum agent_cmd_kind {
	CMD_CLOSE,
	CMD_RESOLVE,
	CMD_PENDING,
	CMD_OPEN,
	CMD_ASSIGN,	/* NAME */
	CMD_TAKE,
	CMD_QUEUE,	/* Q */
	CMD_PRIORITY,	/* P */
	CMD_TAG,	/* T */
	CMD_UNTAG,	/* T */
	CMD_COMMENT,	/* the rest of the mail is an internal note */
	CMD_MERGE,	/* REF: that case joins this one */
	CMD_LINK,	/* REF */
	CMD_N
};

struct agent_cmd {
	enum agent_cmd_kind	 kind;
	char			*arg;		/* NULL when it takes none */
	int64_t			 other;		/* MERGE, LINK: the case */
	enum case_status	 other_status;
	char			*other_customer;
};

/* An agent's mail, read. */
struct agent_mail {
	struct agent_cmd	*cmds;
	size_t			 ncmds;
	char			*text;		/* for the customer, or the note */
	struct strv		 errors;	/* lines that are no command */
};

#define AGENT_CMDS_MAX	32

/* The word of a command ("close", "assign", ...), and back. */
const char *agent_cmd_name(enum agent_cmd_kind);
int	 agent_cmd_parse(const char *, enum agent_cmd_kind *);
/* Whether the command takes one argument. */
int	 agent_cmd_takes_arg(enum agent_cmd_kind);

/*
 * Read an agent's own text (the quoted notification already cut): the
 * "#word [arg]" lines at its top, before any other text, and the text
 * that follows.  Never fails; what it cannot read is in out->errors.
 */
void	 agent_read(const char *text, struct agent_mail *out);
void	 agent_mail_free(struct agent_mail *);

/* Look up the cases #merge and #link name; -1 only if the store failed. */
int	 agent_resolve(struct store *, struct agent_mail *, char **cause);

/* What the commands do, decided: every field NULL/0 is unchanged. */
struct agent_effect {
	int			 set_status;
	enum case_status	 status;
	const char		*assignee;
	const char		*queue;
	int			 set_priority;
	enum case_priority	 priority;
	struct strv		 tags;
	struct strv		 untags;
	int64_t			 merge;		/* that case joins this one */
	const char		*merge_customer;
	int64_t			 link;
	const char		*answer;	/* to the customer, or NULL */
	const char		*note;		/* #comment, or NULL */
	const char		*notify_agent;	/* a new assignee to tell */
	struct buf		 refusal;	/* why nothing was done */
};

/*
 * Decide what the agent's mail does to case c.  When any command is
 * refused (an unknown word, an unknown agent, a merge into itself, a
 * supervisor's command from an agent), nothing is done at all and
 * e->refusal says why, line by line: the agent fixes the mail and sends
 * it again, and nothing of it reaches the customer.
 */
void	 agent_decide(const struct config *, const struct agent_conf *,
	    int supervisor, const struct store_case *,
	    const struct agent_mail *, struct agent_effect *e);
void	 agent_effect_free(struct agent_effect *);

#endif
