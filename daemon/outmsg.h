/*
 * outmsg.h -- composing the mail supportd sends.  Every header is built by
 * encoding (RFC 2047 words, quoted display names, checked addresses), never
 * by pasting, so nothing a customer wrote can add a header line.
 */
#ifndef OUTMSG_H
#define OUTMSG_H

#include <time.h>

#include "xmalloc.h"

/* A file to attach, as its bytes. */
struct outmsg_file {
	const char	*name;		/* UTF-8; "" for none */
	const char	*type;		/* checked; application/octet-stream
					   when it is not a plain type */
	const char	*data;
	size_t		 len;
};

struct outmsg {
	const char	*from_name;
	const char	*from_addr;
	const char	*to_name;
	const char	*to_addr;
	const char	*reply_to;	/* address or NULL */
	const char	*subject;	/* UTF-8 */
	const char	*in_reply_to;	/* Message-ID without <>, or NULL */
	const struct strv *references;	/* without <>, oldest first */
	const char	*auto_submitted; /* "auto-replied", "auto-generated" */
	const char	*case_ref;	/* X-Support-Case, or NULL */
	const char	*body;		/* UTF-8 text */
	const char	*attach_name;	/* a message/rfc822 part, or NULL */
	const char	*attach_raw;
	size_t		 attach_len;
	const struct outmsg_file *files;	/* attached after the text */
	size_t		 nfiles;
	time_t		 date;		/* 0: now */
};

/*
 * Build the message.  *raw (*rawlen bytes: a forwarded message may hold a
 * NUL; CRLF line endings) and *message_id (without
 * <>, minted here under the From: domain) are the caller's to free.  -1
 * with *cause when an address is not one we may put in a header.
 */
int	 outmsg_build(const struct outmsg *, char **raw, size_t *rawlen,
	    char **message_id, char **cause);
/* Is addr safe to put on the wire (no CR, LF, NUL, <, >, one @)? */
int	 outmsg_addr_ok(const char *addr);

#endif
