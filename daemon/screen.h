/*
 * screen.h -- is this mail from a human who may be answered?  Bounces,
 * auto-replies, mailing lists, bulk mail and our own mail looping back are
 * recorded but never answered (RFC 3834, RFC 3464).
 */
#ifndef SCREEN_H
#define SCREEN_H

#include "config.h"
#include "mime.h"

#define SCREEN_HUMAN	0	/* may be answered */
#define SCREEN_AUTO	1	/* auto-reply, list, bulk: record only */
#define SCREEN_BOUNCE	2	/* delivery status: never opens a case */
#define SCREEN_LOOP	3	/* our own mail came back */

struct screen_result {
	int		 kind;
	const char	*why;	/* static text: which header told us */
};

void	 screen_message(const struct config *, const struct mime_message *,
	    struct screen_result *);
/* May an automatic answer go to addr at all (no-reply, daemons, ours)? */
int	 screen_answerable(const struct config *, const char *addr);
const char *screen_kind_name(int);

#endif
