/*
 * config.h -- supportd.conf, parsed.  Relative paths are resolved against
 * the directory of the config file itself, so a copied example works
 * wherever it is put.
 */
#ifndef CONFIG_H
#define CONFIG_H

#include "imap.h"
#include "sla.h"
#include "smtp.h"
#include "xmalloc.h"

#define CLOSED_REOPEN	0	/* a mail to a closed case reopens it */
#define CLOSED_NEWCASE	1	/* ... opens a new case that links it */

#define FIRST_ALL	0	/* first start: take in what the mailbox holds */
#define FIRST_QUIET	1	/* ... take it in, send no acknowledgements */
#define FIRST_NOW	2	/* ... skip it, start from the next new mail */

struct agent_conf {
	char		*name;
	char		*address;
	char		*language;	/* of the notices the agent gets */
	struct strv	 queues;	/* served; empty: every queue */
	struct strv	 supervises;	/* queues; "*": every queue */
	int		 line;
};

/* An assigned customer: an address or a whole domain, and its agent. */
struct account_conf {
	char		*pattern;	/* "ana@example.es" or "example.es" */
	char		*agent;		/* an agent's name */
};

struct mailbox_conf {
	struct imap_conf imap;
	char		*queue;		/* default queue of its new cases */
	int		 first_start;	/* FIRST_* */
	char		*password_file;
	char		*password_command;	/* run at each connect */
	int		 line;
};

struct config {
	char		*path;
	char		*dir;		/* for relative paths */

	char		*desk_name;
	char		*desk_address;	/* From: of every reply */
	struct strv	 addresses;	/* all our own addresses */
	char		*case_prefix;
	char		*database;
	char		*rules_dir;
	char		*templates_dir;
	char		*secret_file;
	char		*default_lang;
	char		*fallback_charset;
	char		*ack_template;
	char		*default_queue;
	int		 closed_policy;
	int		 answer_status;	/* enum case_status after an answer */
	int		 reopen_days;	/* CLOSED_NEWCASE after this many days */
	int		 autoreply_limit;	/* per sender per hour */
	int		 autoreply_domain_limit; /* per recipient domain, hour */
	long		 message_cpu_us;	/* CPU budget of one message */
	int		 poll_interval;	/* seconds, when no IDLE */

	/* Time: business hours, targets, and what happens when it passes. */
	struct bizhours	 hours;
	char		*timezone;	/* NULL: the system's */
	char		*holidays_file;
	struct sla_target *slas;
	size_t		 nslas;
	int		 sla_warning;	/* percent of a target: warn */
	long		 autoclose_pending;	/* seconds; 0: never */
	long		 autoclose_resolved;
	long		 followup;	/* after resolved; 0: no question */
	int		 report_day;	/* weekly report: tm_wday, -1: none */
	int		 report_minute;	/* ... at this minute of the day */
	int		 batch_size;	/* messages per transaction */
	int		 workers;	/* threads preparing messages; -1:
					   the cores less one */
	char		*user;		/* run as, when started as root */
	int		 inline_password; /* a password written in the file */

	struct agent_conf *agents;
	size_t		 nagents;
	struct account_conf *accounts;
	size_t		 naccounts;
	char		*supervisor;	/* escalations, when no queue has one */

	struct smtp_conf smtp;
	char		*envelope_from;	/* MAIL FROM of what we send */
	int		 smtp_xoauth2;	/* the password is a bearer token */
	int		 smtp_tls_line;	/* where "tls" was written, or 0 */
	char		*smtp_password_command;
	int		 max_attempts;	/* then the mail is failed */

	struct mailbox_conf *mailboxes;
	size_t		 nmailboxes;

	/* Loaded at config_load: the HMAC key of signed reply addresses. */
	char		*secret;
	size_t		 secretlen;
};

/*
 * Parse path.  Errors are appended as "file:line: message"; -1 if any.
 * The secret is read if its file exists; nothing is written.  Like ssh
 * with its keys, a secret that other users can read is refused: the
 * secret file, a password-file, and the config itself when it holds a
 * password; a config other users can write is refused too.
 */
int	 config_load(const char *path, struct config **, struct strv *errors);
/* Make sure the secret is loaded, creating its file (0600) if need be. */
int	 config_secret(struct config *, struct strv *errors);
void	 config_free(struct config *);
/* The i-th top-level keyword of supportd.conf, NULL past the last (docs). */
const char *config_keyword(size_t i);
/* Is addr one of ours (desk address, other addresses, agents excluded)? */
int	 config_is_ours(const struct config *, const char *addr);
/* The mailbox of that name, or NULL. */
const struct mailbox_conf *config_mailbox(const struct config *,
	    const char *name);
const struct agent_conf *config_agent(const struct config *, const char *addr);
const struct agent_conf *config_agent_named(const struct config *,
	    const char *name);
/* Does the agent serve / supervise that queue? */
int	 config_agent_serves(const struct agent_conf *, const char *queue);
int	 config_agent_supervises(const struct agent_conf *, const char *queue);
/* The account agent of a customer address (address before domain). */
const struct agent_conf *config_account_agent(const struct config *,
	    const char *addr);
/*
 * Run an admin's password-command (sh -c) and return the first line of
 * its output: how tokens that expire (XOAUTH2) are renewed by a helper
 * that keeps the refresh token.  -1 and *cause if it fails or says nothing.
 */
int	 config_run_secret(const char *cmd, char **out, char **cause);
/* Fresh credentials for a mailbox / the relay, from password-command. */
int	 config_mailbox_credentials(struct mailbox_conf *, char **cause);
int	 config_smtp_credentials(struct config *, char **cause);

#endif
