/*
 * keywords.c -- print every word the code knows from its own tables, one
 * "KIND WORD" a line, so that tests/t_man.sh checks the man pages against
 * the tables themselves rather than against a grep of the source.
 */
#include <stdio.h>

#include "case.h"
#include "config.h"
#include "rules.h"

int
main(void)
{
	const char	*w;
	size_t		 i;

	for (i = 0; case_status_names[i] != NULL; i++)
		printf("status %s\n", case_status_names[i]);
	for (i = 0; case_priority_names[i] != NULL; i++)
		printf("priority %s\n", case_priority_names[i]);
	for (i = 0; (w = rules_keyword(RULES_KW_FIELD, i)) != NULL; i++)
		printf("rules-field %s\n", w);
	for (i = 0; (w = rules_keyword(RULES_KW_ACTION, i)) != NULL; i++)
		printf("rules-action %s\n", w);
	for (i = 0; (w = config_keyword(i)) != NULL; i++)
		printf("config %s\n", w);
	return 0;
}
