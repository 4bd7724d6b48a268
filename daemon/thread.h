/*
 * thread.h -- which case does a message belong to?  Only three ways in:
 * a reference to a message of the case, a reply address signed with our
 * secret, or the case's subject tag from a sender the case already knows.
 * A guessed case number alone opens nothing.
 */
#ifndef THREAD_H
#define THREAD_H

#include <stdint.h>

#include "config.h"
#include "mime.h"
#include "store.h"

#define THREAD_NONE		0
#define THREAD_REFERENCES	1
#define THREAD_SIGNED		2
#define THREAD_SUBJECT		3
#define THREAD_AGENT		4	/* an agent's signed address */

struct thread_result {
	int64_t		 case_id;	/* 0: a new case */
	int		 how;		/* THREAD_* */
	/*
	 * A new case that follows this one: the mail named a case only in
	 * ways a stranger can forge (a Message-ID the customer's own client
	 * chose, the subject tag) from an address the case does not know.
	 */
	int64_t		 linked;
};

/* 0 and *r (case_id 0: a new case), or -1 when the store failed. */
int	 thread_find(struct store *, const struct config *,
	    const struct mime_message *, struct thread_result *,
	    char **cause);
const char *thread_how_name(int);

/* local+ref.signature@domain for the desk address; caller frees. */
char	*thread_reply_address(const struct config *, const char *ref);
/*
 * If addr is a reply address of ours with a valid signature, copy the
 * case reference it names into ref and return 1; else 0.
 */
int	 thread_verify_address(const struct config *, const char *addr,
	    char *ref, size_t reflen);
/*
 * local+ref.agent.signature@domain: the address an agent answers a case
 * through.  The signature covers both, so it proves the case and the
 * agent it was minted for; caller frees.
 */
char	*thread_agent_address(const struct config *, const char *ref,
	    const char *agent);
/* If addr is a valid agent address, copy its case and agent; 1, else 0. */
int	 thread_verify_agent_address(const struct config *, const char *addr,
	    char *ref, size_t reflen, char *agent, size_t agentlen);
/* Find "[PREFIX-N]" in subject; copy "PREFIX-N" into ref. */
int	 thread_subject_tag(const struct config *, const char *subject,
	    char *ref, size_t reflen);

#endif
