/*
 * test_pg.h -- the unit tests that build a desk run it on PostgreSQL when
 * SUPPORTD_TEST_DATABASE holds a connection string (tests/t_pg.sh starts
 * a real server): the config line that says so, the database emptied.
 */
#ifndef TEST_PG_H
#define TEST_PG_H

#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>

#include "xmalloc.h"

/* "database URL\n" for a config, the database emptied; "" for SQLite. */
static inline char *
test_pg_database(void)
{
	const char	*u = getenv("SUPPORTD_TEST_DATABASE");
	PGconn		*c;
	PGresult	*r;
	char		*line;

	if (u == NULL || *u == '\0')
		return xstrdup("");
	c = PQconnectdb(u);
	r = PQexec(c, "SET client_min_messages = warning; DROP SCHEMA public "
	    "CASCADE; CREATE SCHEMA public;");
	if (PQresultStatus(r) != PGRES_COMMAND_OK) {
		fprintf(stderr, "%s: %s\n", u, PQerrorMessage(c));
		exit(2);
	}
	PQclear(r);
	PQfinish(c);
	xasprintf(&line, "database \"%s\"\n", u);
	return line;
}

#endif
