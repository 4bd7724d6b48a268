/*
 * desk.c -- loading and reloading what a desk runs on.
 */
#include <stdlib.h>
#include <string.h>

#include "desk.h"
#include "log.h"
#include "reply.h"

/* The templates of the mails a desk's settings make it write. */
static int
check_templates(const char *path, struct desk *d, const char *const *names,
    const char *why, struct strv *errors)
{
	size_t	 i;
	char	*msg;
	int	 rv = 0;

	for (i = 0; names[i] != NULL; i++) {
		if (tmpl_exists(d->tmpls, names[i]))
			continue;
		xasprintf(&msg, "%s: %s, but template \"%s\" is not in %s",
		    path, why, names[i], d->conf->templates_dir);
		strv_add(errors, msg);
		free(msg);
		rv = -1;
	}
	return rv;
}

int
desk_check(const char *path, struct desk *d, struct strv *errors)
{
	memset(d, 0, sizeof *d);
	if (config_load(path, &d->conf, errors) == -1)
		return -1;
	if (tmpl_load(d->conf->templates_dir, d->conf->default_lang,
	    &d->tmpls, errors) == -1) {
		desk_close(d);
		return -1;
	}
	if (!tmpl_exists(d->tmpls, d->conf->ack_template)) {
		char	*msg;

		xasprintf(&msg, "%s: ack-template \"%s\" is not in %s",
		    path, d->conf->ack_template, d->conf->templates_dir);
		strv_add(errors, msg);
		free(msg);
		desk_close(d);
		return -1;
	}
	if ((d->conf->nagents > 0 && check_templates(path, d,
	    reply_agent_templates, "agents are configured", errors) == -1) ||
	    ((d->conf->autoclose_pending || d->conf->autoclose_resolved ||
	    d->conf->followup) && check_templates(path, d,
	    reply_case_templates, "cases close or are followed up by "
	    "themselves", errors) == -1)) {
		desk_close(d);
		return -1;
	}
	if (rules_load(d->conf->rules_dir, d->tmpls, &d->rules,
	    errors) == -1) {
		desk_close(d);
		return -1;
	}
	return 0;
}

int
desk_open(const char *path, struct desk *d, struct strv *errors)
{
	char	*cause = NULL;

	if (desk_check(path, d, errors) == -1)
		return -1;
	if (config_secret(d->conf, errors) == -1) {
		desk_close(d);
		return -1;
	}
	if (store_open(d->conf->database, &d->st, &cause) == -1) {
		strv_add(errors, cause);
		free(cause);
		desk_close(d);
		return -1;
	}
	return 0;
}

int
desk_reload(const char *path, struct desk *d, struct strv *errors)
{
	struct desk	 n;

	if (desk_check(path, &n, errors) == -1)
		return -1;
	if (config_secret(n.conf, errors) == -1) {
		desk_close(&n);
		return -1;
	}
	if (strcmp(n.conf->database, d->conf->database) != 0)
		log_warnx("%s: database changes only on restart", path);
	n.st = d->st;
	d->st = NULL;
	desk_close(d);
	*d = n;
	return 0;
}

void
desk_close(struct desk *d)
{
	rules_free(d->rules);
	tmpl_free(d->tmpls);
	store_close(d->st);
	config_free(d->conf);
	memset(d, 0, sizeof *d);
}
