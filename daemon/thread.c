/*
 * thread.c -- finding the case a message belongs to.
 *
 * The order matters: headers first (References / In-Reply-To name a
 * message we stored or sent, which no stranger can guess once we mint our
 * own Message-IDs), then the signed reply address (an HMAC of the case
 * reference under the desk's secret), and only then the subject tag, which
 * anybody can type and therefore counts only from a sender the case knows.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "crypto.h"
#include "log.h"
#include "thread.h"
#include "xmalloc.h"

#define SIG_LEN	12	/* hex characters of HMAC kept in the address */

static void
lower(char *s)
{
	for (; *s; s++)
		*s = (char)tolower((unsigned char)*s);
}

static void
sign(const struct config *conf, const char *ref, char sig[SIG_LEN + 1])
{
	char	*r = xstrdup(ref);

	lower(r);
	crypto_hmac_hex(conf->secret, conf->secretlen, r, strlen(r), sig,
	    SIG_LEN + 1);
	free(r);
}

char *
thread_reply_address(const struct config *conf, const char *ref)
{
	const char	*at = strchr(conf->desk_address, '@');
	char		 sig[SIG_LEN + 1], *addr, *r;

	sign(conf, ref, sig);
	r = xstrdup(ref);
	lower(r);
	xasprintf(&addr, "%.*s+%s.%s%s", (int)(at - conf->desk_address),
	    conf->desk_address, r, sig, at);
	free(r);
	return addr;
}

int
thread_verify_address(const struct config *conf, const char *addr,
    char *ref, size_t reflen)
{
	const char	*at, *dat, *plus, *dot;
	size_t		 llen, rlen;
	char		 sig[SIG_LEN + 1], *cand, *given;
	int		 ok;

	if (addr == NULL || conf->desk_address == NULL ||
	    (at = strchr(addr, '@')) == NULL)
		return 0;
	dat = strchr(conf->desk_address, '@');
	llen = (size_t)(dat - conf->desk_address);
	/* Same domain, same local part up to '+'. */
	if (strcasecmp(at, dat) != 0 || (size_t)(at - addr) <= llen + 1 ||
	    strncasecmp(addr, conf->desk_address, llen) != 0 ||
	    addr[llen] != '+')
		return 0;
	plus = addr + llen;
	dot = memrchr(plus, '.', (size_t)(at - plus));
	if (dot == NULL || at - dot - 1 != SIG_LEN)
		return 0;
	rlen = (size_t)(dot - plus - 1);
	if (rlen == 0 || rlen >= reflen)
		return 0;
	cand = xstrndup(plus + 1, rlen);
	given = xstrndup(dot + 1, SIG_LEN);
	lower(given);
	sign(conf, cand, sig);
	ok = crypto_streq(sig, given);
	if (ok)
		snprintf(ref, reflen, "%s", cand);
	free(cand);
	free(given);
	return ok;
}

/* The signature of an agent address: a separate input space from cases'. */
static void
sign_agent(const struct config *conf, const char *ref, const char *agent,
    char sig[SIG_LEN + 1])
{
	char	*in;

	xasprintf(&in, "agent:%s:%s", ref, agent);
	lower(in);
	crypto_hmac_hex(conf->secret, conf->secretlen, in, strlen(in), sig,
	    SIG_LEN + 1);
	free(in);
}

char *
thread_agent_address(const struct config *conf, const char *ref,
    const char *agent)
{
	const char	*at = strchr(conf->desk_address, '@');
	char		 sig[SIG_LEN + 1], *addr, *r, *a;

	sign_agent(conf, ref, agent, sig);
	r = xstrdup(ref);
	a = xstrdup(agent);
	lower(r);
	lower(a);
	xasprintf(&addr, "%.*s+%s.%s.%s%s", (int)(at - conf->desk_address),
	    conf->desk_address, r, a, sig, at);
	free(r);
	free(a);
	return addr;
}

int
thread_verify_agent_address(const struct config *conf, const char *addr,
    char *ref, size_t reflen, char *agent, size_t agentlen)
{
	const char	*at, *dat, *p, *d1, *d2;
	size_t		 llen;
	char		 sig[SIG_LEN + 1], *r, *a, *given;
	int		 ok;

	if (addr == NULL || conf->desk_address == NULL ||
	    (at = strchr(addr, '@')) == NULL)
		return 0;
	dat = strchr(conf->desk_address, '@');
	llen = (size_t)(dat - conf->desk_address);
	if (strcasecmp(at, dat) != 0 || (size_t)(at - addr) <= llen + 1 ||
	    strncasecmp(addr, conf->desk_address, llen) != 0 ||
	    addr[llen] != '+')
		return 0;
	p = addr + llen + 1;
	/* ref "." agent "." signature: exactly two dots. */
	if ((d1 = memchr(p, '.', (size_t)(at - p))) == NULL ||
	    (d2 = memchr(d1 + 1, '.', (size_t)(at - d1 - 1))) == NULL ||
	    memchr(d2 + 1, '.', (size_t)(at - d2 - 1)) != NULL ||
	    at - d2 - 1 != SIG_LEN || d1 == p || d2 == d1 + 1 ||
	    (size_t)(d1 - p) >= reflen || (size_t)(d2 - d1 - 1) >= agentlen)
		return 0;
	r = xstrndup(p, (size_t)(d1 - p));
	a = xstrndup(d1 + 1, (size_t)(d2 - d1 - 1));
	given = xstrndup(d2 + 1, SIG_LEN);
	lower(given);
	sign_agent(conf, r, a, sig);
	ok = crypto_streq(sig, given);
	if (ok) {
		snprintf(ref, reflen, "%s", r);
		snprintf(agent, agentlen, "%s", a);
	}
	free(r);
	free(a);
	free(given);
	return ok;
}

int
thread_subject_tag(const struct config *conf, const char *subject,
    char *ref, size_t reflen)
{
	size_t		 plen = strlen(conf->case_prefix);
	const char	*s, *d;

	for (s = subject; (s = strchr(s, '[')) != NULL; s++) {
		if (strncasecmp(s + 1, conf->case_prefix, plen) != 0 ||
		    s[1 + plen] != '-')
			continue;
		d = s + 2 + plen;
		while (isdigit((unsigned char)*d))
			d++;
		if (d == s + 2 + plen || *d != ']' ||
		    (size_t)(d - s - 1) >= reflen || d - s - 2 - plen > 12)
			continue;
		snprintf(ref, reflen, "%.*s", (int)(d - s - 1), s + 1);
		return 1;
	}
	return 0;
}

/* The case a reference names: 1 and *id, 0 none, -1 the store failed. */
static int
by_ref(struct store *st, const char *ref, int64_t *id, char **cause)
{
	struct store_case	 c;
	int			 r;

	*id = 0;
	if ((r = store_case_by_ref(st, ref, &c, cause)) == 1) {
		*id = c.id;
		store_case_clear(&c);
	}
	return r;
}

/* An address of the mail that is a signed reply address of a case. */
static int
signed_one(struct store *st, const struct config *conf, const char *addr,
    int64_t *id, char **cause)
{
	char	 ref[64];

	if (!thread_verify_address(conf, addr, ref, sizeof ref))
		return 0;
	return by_ref(st, ref, id, cause);
}

/* Addresses the mail was delivered to, where a signed address may hide. */
static int
by_signed_address(struct store *st, const struct config *conf,
    const struct mime_message *m, int64_t *id, char **cause)
{
	static const char *const hdrs[] = {
		"Delivered-To", "X-Original-To", "Envelope-To",
	};
	size_t		 i, j;
	const char	*v;
	char		*a;
	int		 r;

	for (i = 0; i < m->nto; i++)
		if ((r = signed_one(st, conf, m->to[i].addr, id, cause)) != 0)
			return r;
	for (i = 0; i < m->ncc; i++)
		if ((r = signed_one(st, conf, m->cc[i].addr, id, cause)) != 0)
			return r;
	for (i = 0; i < m->nheaders; i++) {
		for (j = 0; j < sizeof hdrs / sizeof hdrs[0]; j++) {
			if (strcasecmp(m->headers[i].name, hdrs[j]) != 0)
				continue;
			v = m->headers[i].value;
			while (isspace((unsigned char)*v) || *v == '<')
				v++;
			a = xstrndup(v, strcspn(v, "> \t"));
			r = signed_one(st, conf, a, id, cause);
			free(a);
			if (r != 0)
				return r;
		}
	}
	return 0;
}

int
thread_find(struct store *st, const struct config *conf,
    const struct mime_message *m, struct thread_result *r, char **cause)
{
	char		 ref[64];
	size_t		 i;
	int64_t		 id;
	int		 f, ours;

	r->case_id = 0;
	r->how = THREAD_NONE;

	r->linked = 0;
	/*
	 * Newest reference first: it names the message being answered.  A
	 * Message-ID we minted proves the thread; one the customer's client
	 * chose proves it only from an address the case already knows.
	 */
	for (i = m->references.n + 1; i > 0; i--) {
		const char *mid = i == m->references.n + 1 ? m->in_reply_to :
		    m->references.v[i - 1];

		if (mid == NULL)
			continue;
		if ((f = store_case_by_msgid(st, mid, &id, &ours,
		    cause)) == -1)
			return -1;
		if (f == 0)
			continue;
		if (ours)
			goto found_ref;
		if ((f = store_contact_known(st, id, m->from.addr,
		    cause)) == -1)
			return -1;
		if (f == 1)
			goto found_ref;
		if (r->linked == 0)
			r->linked = id;
	}

	if ((f = by_signed_address(st, conf, m, &id, cause)) == -1)
		return -1;
	if (f == 1) {
		r->case_id = id;
		r->how = THREAD_SIGNED;
		return 0;
	}

	if (thread_subject_tag(conf, m->subject, ref, sizeof ref)) {
		if ((f = by_ref(st, ref, &id, cause)) == -1)
			return -1;
		if (f == 1 && (f = store_contact_known(st, id, m->from.addr,
		    cause)) == -1)
			return -1;
		if (f == 1) {
			r->case_id = id;
			r->how = THREAD_SUBJECT;
			r->linked = 0;
		} else if (id != 0 && r->linked == 0)
			r->linked = id;
	}
	return 0;

found_ref:
	r->case_id = id;
	r->how = THREAD_REFERENCES;
	r->linked = 0;
	return 0;
}

const char *
thread_how_name(int how)
{
	switch (how) {
	case THREAD_REFERENCES:
		return "references";
	case THREAD_SIGNED:
		return "signed address";
	case THREAD_SUBJECT:
		return "subject tag";
	case THREAD_AGENT:
		return "agent address";
	}
	return "new";
}
