/*
 * tmpl.h -- reply templates: one file per template and language,
 * NAME.LANG.txt, a header part (at least Subject:) and a body, with
 * variables.  Every variable a template uses is known at load/check time.
 */
#ifndef TMPL_H
#define TMPL_H

#include "xmalloc.h"

struct tmpl_set;

/*
 * Variables every template may use, filled by the pipeline for each case:
 *   case.ref case.queue case.priority case.status
 *   customer.name customer.address message.subject message.date
 *   desk.address desk.name
 * plus the named captures of the rule that chose the template.
 */
extern const char *const tmpl_base_vars[];

/*
 * Load every NAME.LANG.txt under dir.  Errors are appended to errors as
 * "file:line: message"; returns -1 if there were any.  default_lang is the
 * language used when a template has no file for the customer's language,
 * and every template must exist in it.
 */
int	 tmpl_load(const char *dir, const char *default_lang,
	    struct tmpl_set **out, struct strv *errors);
void	 tmpl_free(struct tmpl_set *);

int	 tmpl_exists(const struct tmpl_set *, const char *name);

/* Every variable name used by any language of template name. */
void	 tmpl_vars(const struct tmpl_set *, const char *name, struct strv *out);

/* Where template name is defined (first file), for error messages. */
const char *tmpl_file(const struct tmpl_set *, const char *name);

/*
 * Render template name in lang (falling back to the default language);
 * vars are parallel name/value vectors.  On success *subject and *body are
 * UTF-8 strings owned by the caller; the language actually used is copied
 * to used_lang.  -1 and *cause on an unknown template or a variable with
 * no value.
 */
int	 tmpl_render(const struct tmpl_set *, const char *name, const char *lang,
	    const struct strv *names, const struct strv *values,
	    char **subject, char **body, char used_lang[8], char **cause);

#endif
