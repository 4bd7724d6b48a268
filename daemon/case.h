/*
 * case.h -- what a case is: its lifecycle, its priorities, and who can
 * write to it.  Each enum has one name table here; the rules parser, the
 * store, the reports and the man pages all take their words from it, so
 * nothing compares status strings by hand.
 */
#ifndef CASE_H
#define CASE_H

enum case_status {
	CASE_NEW,		/* nobody has looked at it yet */
	CASE_OPEN,		/* the desk is working on it */
	CASE_PENDING,		/* waiting on the customer */
	CASE_RESOLVED,		/* answered; closes by itself later */
	CASE_CLOSED,
	CASE_NSTATUS
};

enum case_priority {
	PRIO_LOW,
	PRIO_NORMAL,
	PRIO_HIGH,
	PRIO_URGENT,
	PRIO_N
};

/* Who wrote a message, which decides what it may do to a case. */
enum sender_role {
	ROLE_CUSTOMER,		/* anybody who is not one of the below */
	ROLE_AGENT,		/* through a signed agent address */
	ROLE_SUPERVISOR,
	ROLE_DAEMON,		/* automatic mail: auto-replies, lists, bulk */
	ROLE_N
};

/* NULL-terminated, in enum order: for parsers that take a word list. */
extern const char *const case_status_names[];
extern const char *const case_priority_names[];

const char *case_status_name(enum case_status);
const char *case_priority_name(enum case_priority);
const char *case_role_name(enum sender_role);
/* Word to enum; -1 when the word is not one of the table's. */
int	 case_status_parse(const char *, enum case_status *);
int	 case_priority_parse(const char *, enum case_priority *);

#endif
