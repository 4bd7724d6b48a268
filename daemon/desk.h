/*
 * desk.h -- everything one support desk runs on, loaded together: the
 * config, the case store, the templates and the rules.  Reloading builds a
 * new set beside the old one and swaps only when all of it is sound.
 */
#ifndef DESK_H
#define DESK_H

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

#endif
