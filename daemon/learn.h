/*
 * learn.h -- a learned classifier for the rule engine: multinomial naive
 * Bayes over folded words, stems and word bigrams, one model head for the
 * queue and one for the priority, trained from labelled mail by
 * "supportctl rules train" and read back from a plain-text model file
 * (format in supportd.rules(5)).  Rules use it through the learned-queue
 * and learned-priority conditions and the "score learned N" action.
 */
#ifndef LEARN_H
#define LEARN_H

#include <stdio.h>

#include "xmalloc.h"

#define LEARN_VERSION		1
#define LEARN_FEATURES		2		/* feature set train writes */
#define LEARN_MAX_CLASSES	16		/* per head */
#define LEARN_MAX_FEATURES	500000		/* in one model */
#define LEARN_MAX_FILE		(32U * 1024 * 1024)
#define LEARN_MAX_TEXT		(64U * 1024)	/* subject/body bytes read */

enum learn_head { LEARN_QUEUE, LEARN_PRIORITY, LEARN_NHEADS };
extern const char *const learn_head_names[LEARN_NHEADS];

struct learn_model;
struct learn_train;

/* The distinct features of a mail, sorted, appended to out. */
void	 learn_features(const char *subject, const char *body,
	    struct strv *out);

struct learn_train *learn_train_new(void);
/* The same, its table holding at most max features (tests fill it). */
struct learn_train *learn_train_new_max(size_t max);
void	 learn_train_free(struct learn_train *);
/*
 * Count one labelled mail; priority NULL or "" counts as "normal".  -1
 * (nothing counted) when a label is not a valid name or a head already
 * has LEARN_MAX_CLASSES other classes.
 */
int	 learn_train_add(struct learn_train *, const char *subject,
	    const char *body, const char *queue, const char *priority);
size_t	 learn_train_mails(const struct learn_train *);
/*
 * Write the model: features seen in fewer than min_count mails are left
 * out, then the most frequent LEARN_MAX_FEATURES are kept.  -1 with
 * *cause on a write error or when there is nothing to learn from.
 */
int	 learn_train_write(const struct learn_train *, FILE *,
	    unsigned min_count, char **cause);

/*
 * Parse a model from text (name is used in errors) or from a file.
 * Errors are appended as "file:line: what is wrong"; -1 if any.
 */
int	 learn_parse(const char *name, const char *text, size_t len,
	    struct learn_model **out, struct strv *errors);
int	 learn_load(const char *path, struct learn_model **out,
	    struct strv *errors);
void	 learn_free(struct learn_model *);

size_t	 learn_nclasses(const struct learn_model *, enum learn_head);
const char *learn_class(const struct learn_model *, enum learn_head,
	    size_t i);

/* What the model thinks of one mail: a probability per class. */
struct learn_guess {
	size_t	 best[LEARN_NHEADS];
	double	 p[LEARN_NHEADS][LEARN_MAX_CLASSES];
};

void	 learn_classify(const struct learn_model *, const char *subject,
	    const char *body, struct learn_guess *);
/*
 * The same from the mail's text already folded (fold_text of "subject\n
 * body", each at most LEARN_MAX_TEXT) and that text's fold_greeklish key.
 */
void	 learn_classify_folded(const struct learn_model *, const char *f,
	    const char *g, struct learn_guess *);

#endif
