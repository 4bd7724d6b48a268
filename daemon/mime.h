/*
 * mime.h -- one mail message, parsed: every header decoded to UTF-8, the
 * text body (from text/plain, or HTML converted to text), the attachments,
 * a language guess.  The raw bytes are kept beside it, untouched.
 */
#ifndef MIME_H
#define MIME_H

#include <stddef.h>
#include <time.h>

#include "xmalloc.h"

struct mime_header {
	char	*name;		/* as written, e.g. "Content-Type" */
	char	*value;		/* unfolded, RFC 2047 decoded, valid UTF-8 */
};

struct mime_addr {
	char	*name;		/* display name, UTF-8, may be "" */
	char	*addr;		/* local@domain, lower-cased domain; "" if none */
};

struct mime_attachment {
	char		*name;	/* RFC 2231 / 2047 decoded UTF-8; "" if none */
	char		*type;	/* "application/pdf", lower case */
	size_t		 size;	/* decoded size in bytes */
	const char	*part;	/* its encoded body, inside the raw bytes */
	size_t		 partlen;
	int		 cte;	/* its transfer encoding (mime.c's own) */
};

struct mime_message {
	const char		*raw;	/* not owned: the caller's bytes */
	size_t			 rawlen;

	struct mime_header	*headers;
	size_t			 nheaders;

	char			*message_id;	/* without <>, or NULL */
	char			*in_reply_to;	/* without <>, or NULL */
	struct strv		 references;	/* without <>, oldest first */
	/* Message-IDs of enclosed messages: the mail a bounce returns. */
	struct strv		 enclosed_ids;
	char			*subject;	/* UTF-8, "" if none */
	struct mime_addr	 from;	/* addr "" unless exactly one mailbox */
	struct mime_addr	*to;
	size_t			 nto;
	struct mime_addr	*cc;
	size_t			 ncc;
	struct mime_addr	*reply_to;	/* NULL if none */
	char			*return_path;	/* NULL: absent; "": <> */
	time_t			 date;		/* 0 if absent or bad */

	char			*body;		/* UTF-8 text, never NULL */
	int			 body_html;	/* body was converted from HTML */
	char			*html;		/* original HTML part (UTF-8) or NULL */

	struct mime_attachment	*attachments;
	size_t			 nattachments;

	char			*content_type;	/* top-level, lower case */
	char			 lang[8];	/* "el", "es", "pl", "en", ... */
	char			 digest[65];	/* SHA-256 hex of the raw bytes,
						   when there is no message_id */

	/*
	 * Problems that did not stop the parse (unknown charset, broken
	 * MIME structure, dangerous parameters): NULL when there were none.
	 */
	char			*defects;

	char			*skeleton;	/* private: what a large
						   message was parsed from */
};

/*
 * Parse raw (len bytes, need not be NUL-terminated).  fallback_charset is
 * used for raw 8-bit headers and bodies that are not valid UTF-8 and name
 * no charset (NULL: windows-1252).  Returns 0 and *out on success; a message
 * that is damaged but readable still succeeds, with m->defects set.  -1
 * with *cause only when nothing sensible can be made of it (empty input,
 * over the size limit).
 */
int	 mime_parse(const char *raw, size_t len, const char *fallback_charset,
	    struct mime_message **out, char **cause);
void	 mime_free(struct mime_message *);

/*
 * The decoded bytes of an attachment, while the raw message lives; the
 * caller frees *out.  -1 if they cannot be had.
 */
int	 mime_attachment_data(const struct mime_attachment *, char **out,
	    size_t *len);

/* First header of that name (case-insensitive), decoded; NULL if absent. */
const char *mime_header(const struct mime_message *, const char *name);

/* Parse one address list (decoded UTF-8 text) into n addresses. */
int	 mime_parse_addrs(const char *, struct mime_addr **, size_t *);
void	 mime_addrs_free(struct mime_addr *, size_t);

#define MIME_MAX_SIZE	(50U * 1024 * 1024)

#endif
