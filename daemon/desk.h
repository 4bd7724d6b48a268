/*
 * desk.h -- everything one support desk runs on, loaded together: the
 * config, the case store, the templates and the rules.  Reloading builds a
 * new set beside the old one and swaps only when all of it is sound.
 */
#ifndef DESK_H
#define DESK_H

#include <stdint.h>

#include "config.h"
#include "rules.h"
#include "store.h"
#include "tmpl.h"
#include "xmalloc.h"

struct desk {
	struct config	*conf;
	struct store	*st;
	struct tmpl_set	*tmpls;
	struct rules	*rules;
	int		 quiet;		/* take mail in without answering */
};

/* Load config, templates and rules; errors as "file:line: message". */
int	 desk_check(const char *path, struct desk *, struct strv *errors);
/* desk_check, then open the store. */
int	 desk_open(const char *path, struct desk *, struct strv *errors);
/*
 * Re-read config, templates and rules into d; on any error d keeps what
 * it had and the errors are returned.  The store stays open.
 */
int	 desk_reload(const char *path, struct desk *, struct strv *errors);
void	 desk_close(struct desk *);

#define INGEST_NEW		1	/* opened a case */
#define INGEST_UPDATE		2	/* added to a case */
#define INGEST_DUPLICATE	3	/* seen before: nothing changed */
#define INGEST_RECORDED		4	/* kept, belongs to no case */
#define INGEST_QUARANTINED	5

struct ingest_result {
	int		 what;		/* INGEST_* */
	char		 ref[64];	/* the case, or "" */
	char		 note[160];	/* how it was threaded or screened */
};

/*
 * The whole pipeline for one message: parse, dedup, screen, thread,
 * classify, apply, queue replies.  The caller holds a store transaction;
 * the message's own work runs under a savepoint, so a failure undoes only
 * it and the raw bytes go to quarantine with the reason.  Returns -1 only
 * when even the quarantine could not be written (the store is broken).
 */
int	 ingest_message(struct desk *, const char *mailbox, uint32_t uid,
	    const char *raw, size_t len, struct ingest_result *, char **cause);
const char *ingest_what_name(int);

#endif
