/*
 * imap_drive.c -- drive daemon/imap.c against a real server from a shell
 * test, one operation per run:
 *
 *   imap_drive HOST PORT TLS USER PASS FOLDER [CAFILE] COMMAND [ARG...]
 *
 *   TLS      none | starttls | imaps, with "+noverify" to turn tls_verify off
 *   CAFILE   a PEM file of trusted CAs; "-" or absent: the system store
 *   COMMAND  list AFTER [MAX]      new UIDs, one a line
 *            fetch UID...          the raw messages on stdout, one after
 *                                  the other, fetched as the daemon does
 *                                  (sizes at once, bodies pipelined)
 *            done UID [MOVE_TO]    flag \Seen, or move to MOVE_TO; prints
 *                                  "fallback" when MOVE_TO could not be had
 *            sweep AFTER UPTO [MOVE_TO]  UIDs in (AFTER, UPTO] not done yet
 *            listwait AFTER FILE   list, print "--", wait for FILE to
 *                                  exist, list again in the same session
 *            idle SECONDS          prints 1 (new mail) or 0
 *            uidvalidity           prints UIDVALIDITY
 *
 * Errors print the cause on stderr and exit 1 (a failed fetch says
 * "temporary:" or "permanent:" first); usage errors exit 2.
 * SIGTERM during idle sets the stop flag, as the daemon's handler would.
 * Environment: IMAP_DRIVE_VERBOSE=2 turns on the protocol trace;
 * IMAP_DRIVE_TIMEOUT sets the network timeout in seconds (default 20);
 * IMAP_DRIVE_OAUTH_TOKEN logs in with XOAUTH2 and that token, not PASS;
 * IMAP_DRIVE_EXPUNGE=1 is "expunge yes"; IMAP_DRIVE_FETCH_MAX=K stops a
 * fetch after K messages, the rest still in flight, then lists the first
 * UIDs on stderr ("then UID") with the same session.
 */
#include <inttypes.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "imap.h"
#include "log.h"
#include "rawmsg.h"
#include "xmalloc.h"

static volatile int stop;

static void
on_term(int sig)
{
	(void)sig;
	stop = 1;
}

static int
is_command(const char *s)
{
	return strcmp(s, "list") == 0 || strcmp(s, "fetch") == 0 ||
	    strcmp(s, "done") == 0 || strcmp(s, "idle") == 0 ||
	    strcmp(s, "uidvalidity") == 0 || strcmp(s, "sweep") == 0 ||
	    strcmp(s, "listwait") == 0;
}

static uint32_t
num(const char *s)
{
	char		*end;
	unsigned long	 v;

	v = strtoul(s, &end, 10);
	if (*s == '\0' || *end != '\0' || v > UINT32_MAX) {
		fprintf(stderr, "imap_drive: bad number: %s\n", s);
		exit(2);
	}
	return (uint32_t)v;
}

static void
usage(void)
{
	fprintf(stderr, "usage: imap_drive HOST PORT none|starttls|imaps"
	    "[+noverify] USER PASS FOLDER [CAFILE] list AFTER [MAX] | "
	    "fetch UID... | done UID [MOVE_TO] | idle SECONDS | uidvalidity | "
	    "sweep AFTER UPTO [MOVE_TO] | listwait AFTER FILE\n");
	exit(2);
}

int
main(int argc, char *argv[])
{
	struct imap_conf	 conf;
	struct imap_session	*s;
	const char		*cmd, *v;
	char			*cause = NULL, *tls, *plus;
	int			 i, rc = 0;

	struct sigaction	 sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigemptyset(&sa.sa_mask);
	(void)sigaction(SIGTERM, &sa, NULL);
	(void)signal(SIGPIPE, SIG_IGN);

	v = getenv("IMAP_DRIVE_VERBOSE");
	log_init(LOG_TO_STDERR, v != NULL ? (int)num(v) : 0, "imap_drive");
	if (argc < 8)
		usage();
	memset(&conf, 0, sizeof(conf));
	conf.name = "test";
	conf.host = argv[1];
	conf.port = (int)num(argv[2]);
	tls = argv[3];
	conf.tls_verify = 1;
	if ((plus = strchr(tls, '+')) != NULL) {
		if (strcmp(plus, "+noverify") != 0)
			usage();
		conf.tls_verify = 0;
		*plus = '\0';
	}
	if (strcmp(tls, "none") == 0)
		conf.tls = IMAP_TLS_NONE;
	else if (strcmp(tls, "starttls") == 0)
		conf.tls = IMAP_TLS_STARTTLS;
	else if (strcmp(tls, "imaps") == 0)
		conf.tls = IMAP_TLS_IMPLICIT;
	else
		usage();
	conf.user = argv[4];
	conf.password = argv[5];
	conf.folder = argv[6];
	conf.auth = IMAP_AUTH_PLAIN;
	if ((v = getenv("IMAP_DRIVE_OAUTH_TOKEN")) != NULL) {
		conf.auth = IMAP_AUTH_XOAUTH2;
		conf.oauth_token = (char *)v;
	}
	conf.timeout = 20;
	if ((v = getenv("IMAP_DRIVE_TIMEOUT")) != NULL)
		conf.timeout = (int)num(v);
	i = 7;
	if (!is_command(argv[i])) {
		if (strcmp(argv[i], "-") != 0)
			conf.cafile = argv[i];
		i++;
	}
	if (i >= argc)
		usage();
	cmd = argv[i++];
	if (strcmp(cmd, "done") == 0 && i + 1 < argc)
		conf.move_to = argv[i + 1];
	if (strcmp(cmd, "sweep") == 0 && i + 2 < argc)
		conf.move_to = argv[i + 2];
	if ((v = getenv("IMAP_DRIVE_EXPUNGE")) != NULL)
		conf.expunge = num(v) != 0;

	if (imap_open(&conf, &s, &cause) == -1) {
		fprintf(stderr, "imap_drive: %s\n", cause);
		free(cause);
		return 1;
	}
	if (strcmp(cmd, "uidvalidity") == 0) {
		printf("%" PRIu32 "\n", imap_uidvalidity(s));
	} else if (strcmp(cmd, "list") == 0 && i < argc) {
		uint32_t	*uids;
		size_t		 n, k, max = 1000;

		if (i + 1 < argc)
			max = num(argv[i + 1]);
		if (imap_list_new(s, num(argv[i]), max, &uids, &n,
		    &cause) == -1)
			rc = 1;
		for (k = 0; rc == 0 && k < n; k++)
			printf("%" PRIu32 "\n", uids[k]);
		free(uids);
	} else if (strcmp(cmd, "fetch") == 0 && i < argc) {
		uint32_t	*uids;
		struct rawmsg	 msg;
		size_t		 k, n = (size_t)(argc - i);

		/* As the daemon does: the sizes at once, bodies ahead. */
		uids = xreallocarray(NULL, n, sizeof *uids);
		for (k = 0; k < n; k++)
			uids[k] = num(argv[i + (int)k]);
		if (imap_fetch_begin(s, uids, n, SIZE_MAX, &cause) == -1) {
			rc = 1;
			fprintf(stderr, "imap_drive: temporary failure\n");
			n = 0;
		}
		/* Stopping early leaves commands in flight: imap_fetch_end()
		 * reads them, and the session goes on in step. */
		if (getenv("IMAP_DRIVE_FETCH_MAX") != NULL &&
		    num(getenv("IMAP_DRIVE_FETCH_MAX")) < n)
			n = num(getenv("IMAP_DRIVE_FETCH_MAX"));
		for (k = 0; k < n; k++) {
			if (imap_fetch(s, uids[k], &msg, &cause) == 0) {
				if (fwrite(msg.p, 1, msg.len, stdout) != msg.len)
					rc = 1;
				rawmsg_free(&msg);
				continue;
			}
			rc = 1;
			fprintf(stderr, "imap_drive: %s failure\n",
			    imap_fetch_temporary(s) ? "temporary" : "permanent");
			/* The daemon stops at a temporary failure too. */
			if (imap_fetch_temporary(s) || imap_broken(s) ||
			    k + 1 == n)
				break;
			fprintf(stderr, "imap_drive: %s\n", cause);
			free(cause);
			cause = NULL;
		}
		if (rc == 0 && imap_fetch_end(s, &cause) == -1)
			rc = 1;
		free(uids);
		if (rc == 0 && getenv("IMAP_DRIVE_FETCH_MAX") != NULL) {
			/* The next command, to show the stream in step. */
			if (imap_list_new(s, 0, 3, &uids, &n, &cause) == -1)
				rc = 1;
			for (k = 0; rc == 0 && k < n; k++)
				fprintf(stderr, "imap_drive: then %" PRIu32 "\n",
				    uids[k]);
			free(uids);
		}
	} else if (strcmp(cmd, "done") == 0 && i < argc) {
		if (imap_done(s, num(argv[i]), &cause) == -1)
			rc = 1;
		else if (imap_fallback(s))
			printf("fallback\n");
	} else if (strcmp(cmd, "sweep") == 0 && i + 1 < argc) {
		uint32_t	*uids;
		size_t		 n, k;

		if (imap_list_unfinished(s, num(argv[i]), num(argv[i + 1]),
		    &uids, &n, &cause) == -1)
			rc = 1;
		for (k = 0; rc == 0 && k < n; k++)
			printf("%" PRIu32 "\n", uids[k]);
		free(uids);
	} else if (strcmp(cmd, "listwait") == 0 && i + 1 < argc) {
		uint32_t	*uids;
		size_t		 n, k, round;

		for (round = 0; rc == 0 && round < 2; round++) {
			if (round == 1) {
				printf("--\n");
				fflush(stdout);
				/* The test delivers, then creates the file. */
				for (k = 0; k < 6000 &&
				    access(argv[i + 1], F_OK) == -1; k++)
					(void)poll(NULL, 0, 100);
			}
			if (imap_list_new(s, num(argv[i]), 1000, &uids, &n,
			    &cause) == -1)
				rc = 1;
			for (k = 0; rc == 0 && k < n; k++)
				printf("%" PRIu32 "\n", uids[k]);
			free(uids);
		}
	} else if (strcmp(cmd, "idle") == 0 && i < argc) {
		int	 r;

		if ((r = imap_idle(s, (int)num(argv[i]), &stop,
		    &cause)) == -1)
			rc = 1;
		else
			printf("%d\n", r);
	} else {
		imap_close(s);
		usage();
	}
	imap_close(s);
	if (rc != 0) {
		fprintf(stderr, "imap_drive: %s\n", cause != NULL ? cause :
		    "failed");
		free(cause);
	}
	return rc;
}
