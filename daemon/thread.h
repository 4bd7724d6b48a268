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

struct thread_result {
	int64_t		 case_id;	/* 0: a new case */
	int		 how;		/* THREAD_* */
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
/* Find "[PREFIX-N]" in subject; copy "PREFIX-N" into ref. */
int	 thread_subject_tag(const struct config *, const char *subject,
	    char *ref, size_t reflen);

#endif
