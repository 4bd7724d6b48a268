/*
 * quote.h -- the new text of a reply: the quoted history (our notification,
 * the customer's earlier mail) and the "-- " signature taken away, as the
 * mail clients agents and customers use write them (Thunderbird, Outlook
 * desktop and web, Gmail, Apple Mail; English, Greek, Spanish, Polish).
 */
#ifndef QUOTE_H
#define QUOTE_H

#include <stddef.h>

/* What ended the new text: the first mark of quoted history seen. */
enum quote_mark {
	QUOTE_NONE = 0,		/* no quoted history found */
	QUOTE_PREFIX,		/* lines quoted with '>' */
	QUOTE_ATTRIBUTION,	/* "On ... wrote:", "El ... escribió:", ... */
	QUOTE_HEADERS,		/* Outlook From:/Sent:/To:/Subject: block */
	QUOTE_SEPARATOR,	/* "-----Original Message-----" and kin */
	QUOTE_MARKER,		/* the caller's own marker line */
	QUOTE_NMARKS
};

struct quote_info {
	enum quote_mark	 mark;		/* first mark of history found */
	int		 signature;	/* a "-- " signature line was seen */
	int		 interleaved;	/* own text after a '>' block was kept */
	int		 truncated;	/* text after the history was dropped */
};

#define QUOTE_KEEP_SIGNATURE	0x01	/* keep the "-- " signature */

/*
 * The new text of a reply body (decoded UTF-8, as mime_parse() leaves it in
 * m->body; len bytes, need not be NUL-terminated).  Returns a new string,
 * never NULL and never longer than len: the kept lines as written, with
 * trailing blanks and CRs cut, blank runs collapsed to one empty line, no
 * leading or trailing empty line and no final newline; "" when nothing is
 * new.  info, when not NULL, says what was found.  Linear in len.
 */
char	*quote_strip(const char *text, size_t len, int flags,
	    struct quote_info *info);

/*
 * quote_strip(), and the text also ends at the first unquoted line that
 * contains marker (NULL or "": none): a line the desk wrote into the mail
 * being answered ("reply above this line"), which catches the quoted
 * history of a client whose format nothing above knows.
 */
char	*quote_strip_marker(const char *text, size_t len, int flags,
	    const char *marker, struct quote_info *info);

/* An agent's answer, as it goes to the customer: history and signature cut. */
char	*quote_agent_text(const char *text, size_t len);

/* A customer's new text for a notification: history cut, signature kept. */
char	*quote_customer_text(const char *text, size_t len);
/*
 * What a mail says, as classification reads it: quote_customer_text(), or
 * all of text when all of it is quoted.
 */
char	*quote_own_text(const char *text, size_t len);

const char *quote_mark_name(enum quote_mark);

#endif
