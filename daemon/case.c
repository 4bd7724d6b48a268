/*
 * case.c -- the name tables of case.h.
 */
#include <stddef.h>
#include <string.h>

#include "case.h"

const char *const case_status_names[] = {
	"new", "open", "pending", "resolved", "closed", NULL
};

const char *const case_priority_names[] = {
	"low", "normal", "high", "urgent", NULL
};

static const char *const role_names[] = {
	"customer", "agent", "supervisor", "daemon"
};

const char *
case_status_name(enum case_status s)
{
	return (unsigned)s < CASE_NSTATUS ? case_status_names[s] : "?";
}

const char *
case_priority_name(enum case_priority p)
{
	return (unsigned)p < PRIO_N ? case_priority_names[p] : "?";
}

const char *
case_role_name(enum sender_role r)
{
	return (unsigned)r < ROLE_N ? role_names[r] : "?";
}

static int
lookup(const char *const *names, const char *word)
{
	int	 i;

	if (word == NULL)
		return -1;
	for (i = 0; names[i] != NULL; i++)
		if (strcmp(names[i], word) == 0)
			return i;
	return -1;
}

int
case_status_parse(const char *word, enum case_status *out)
{
	int	 i = lookup(case_status_names, word);

	if (i == -1)
		return -1;
	*out = (enum case_status)i;
	return 0;
}

int
case_priority_parse(const char *word, enum case_priority *out)
{
	int	 i = lookup(case_priority_names, word);

	if (i == -1)
		return -1;
	*out = (enum case_priority)i;
	return 0;
}
