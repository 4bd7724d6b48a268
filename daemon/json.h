/*
 * json.h -- writing JSON into a bounded buffer.  Strings are escaped so
 * that the output is valid JSON whatever a customer wrote: quotes,
 * backslashes, and every C0 and C1 control character (a terminal that
 * shows the JSON must never see an escape sequence).
 */
#ifndef JSON_H
#define JSON_H

#include <stddef.h>
#include <stdint.h>

#include "xmalloc.h"

#define JSON_DEPTH	16

struct json {
	struct buf	*b;
	int		 depth;
	int		 first[JSON_DEPTH];	/* no member written yet */
};

void	 json_init(struct json *, struct buf *);
/* '{' or '['; nesting past JSON_DEPTH is a programming error. */
void	 json_open(struct json *, char);
void	 json_close(struct json *, char);
/* A member name inside an object; the value follows. */
void	 json_key(struct json *, const char *);
/* Values: NULL strings are written as null. */
void	 json_string(struct json *, const char *);
void	 json_bytes(struct json *, const char *, size_t);
void	 json_int(struct json *, long long);
void	 json_null(struct json *);
/* A value that is already JSON (e.g. stored as such). */
void	 json_raw(struct json *, const char *);
/* A time as "YYYY-MM-DDTHH:MM:SSZ". */
void	 json_time(struct json *, int64_t);

/* Append s to b as a JSON string literal (with quotes). */
void	 json_escape(struct buf *, const char *, size_t);

#endif
