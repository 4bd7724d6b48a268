/*
 * labels.h -- a rule set scored against labelled mail, the engine of
 * "supportctl rules eval": how often the rules choose the queue and the
 * priority a person wrote into the mail's X-Expect-* headers.
 */
#ifndef LABELS_H
#define LABELS_H

#include <stdio.h>

#include "rules.h"
#include "xmalloc.h"

struct labels;

struct labels_opts {
	const struct rules *rules;
	const char	*fallback_charset;
	const char	*default_queue;	/* when no rule names a queue */
	const char	*mailbox;	/* what "mailbox" conditions see */
};

struct labels	*labels_new(const struct labels_opts *);
void		 labels_free(struct labels *);

/*
 * Evaluate one .eml file, or every *.eml in a directory and in its
 * subdirectories one level down (en/, el/, ...), in name order, as new
 * cases; nothing is stored.  A mail without X-Expect-Queue is counted as
 * unlabelled.  Problems with a file are appended to errors as
 * "path: what is wrong"; returns -1 if there were any.
 */
int		 labels_add(struct labels *, const char *path,
		    struct strv *errors);

/*
 * Print accuracy per language (X-Expect-Language, else the guessed
 * language) and per expected queue, the confusion matrices, and every
 * wrong mail with the rule that decided and what it matched; as text or
 * as one JSON object.
 */
void		 labels_print(const struct labels *, FILE *, int json);

/* Lowest per-language share (0-100) of mails right on queue and priority. */
double		 labels_worst(const struct labels *);

#endif
