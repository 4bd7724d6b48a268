/*
 * rules.h -- the rule engine: rule files admins edit, compiled once with
 * PCRE2, evaluated per message.  See supportd.rules(5).
 */
#ifndef RULES_H
#define RULES_H

#include "learn.h"
#include "mime.h"
#include "tmpl.h"
#include "xmalloc.h"

struct rules;

/*
 * Load every *.rules file in dir, in name order.  Templates named by reply
 * actions must exist in tmpls (may be NULL to skip the cross-check), and
 * the variables they use must be known.  Errors are appended as
 * "file:line: message"; returns -1 if there were any (and *out is NULL).
 */
int	 rules_load(const char *dir, const struct tmpl_set *tmpls,
	    struct rules **out, struct strv *errors);
void	 rules_free(struct rules *);
size_t	 rules_count(const struct rules *);

/* The words of the rule language, from its own tables (for the docs). */
enum rules_kw { RULES_KW_FIELD, RULES_KW_ACTION };
const char *rules_keyword(enum rules_kw, size_t i);	/* NULL past the end */

/* What a rule may look at besides the message itself. */
/*
 * What the rules compute from the message alone (the folded texts, the
 * learned model's guess), made beforehand on any thread by
 * rules_prepare(): rules_eval then takes it instead of computing it.
 */
struct rules_prep {
	char			*fold[3], *greek[3];	/* subject, body, text */
	size_t			 foldlen[3], greeklen[3];
	struct learn_guess	 guess;
	int			 guessed;
};

struct rules_input {
	const struct rules_prep *prep;	/* or NULL */
	const struct mime_message *msg;
	const char	*mailbox;	/* configured mailbox name, or "" */
	int		 is_new;	/* the message starts a case */
	const char	*queue;		/* the case's current state, or NULL */
	const char	*status;
	const struct strv *tags;
};

/* What the matching rules decided.  NULL / 0 / empty: not decided. */
struct rules_result {
	char		*queue;
	char		*priority;
	char		*status;
	char		*assignee;
	struct strv	 tags;
	char		*reply;		/* template name */
	struct strv	 notify;	/* addresses */
	struct strv	 forward;	/* addresses */
	int		 escalate;
	int		 quarantine;
	int		 drop;		/* record, never answer */
	struct strv	 var_names;	/* named captures */
	struct strv	 var_values;
	struct strv	 matched;	/* names of the rules that matched */
	/*
	 * Why, for people improving rules: "rule NAME (file:line): what
	 * matched", or for a queue chosen by scores the scores themselves.
	 */
	char		*queue_by;
	char		*priority_by;
	char		*scores;	/* "billing 5 (refund +3, ...)", or NULL */
};

/*
 * Evaluate the rules in order against in.  "score QUEUE N" actions add up
 * per queue; when no matching rule named a queue, the queue with the
 * highest positive total is the result (a tie goes to the queue that
 * scored first), so res->queue always holds the decision.  When trace is
 * not NULL, a
 * human-readable account is appended (each rule tried, which condition
 * matched on what text, captures, actions).  A pattern that hits its match
 * or depth limit logs a warning and counts as not matching.
 */
void	 rules_eval(const struct rules *, const struct rules_input *,
	    struct rules_result *, struct buf *trace);
void	 rules_result_free(struct rules_result *);

/* The prep of a message for this rule set (never NULL); thread-safe. */
struct rules_prep *rules_prepare(const struct rules *,
	    const struct mime_message *);
void	 rules_prep_free(struct rules_prep *);

#endif
