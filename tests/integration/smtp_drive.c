/*
 * smtp_drive.c -- drives daemon/smtp.c against a real server for
 * tests/t_smtp.sh: sends one file COUNT times in ONE session and prints one
 * line per message, "N ok", "N tempfail: CAUSE" or "N permfail: CAUSE".
 * Each copy gets an "X-Drive-Seq: N" header so that a test can tell the
 * copies apart in the mailbox.
 *
 *   smtp_drive [-kSR] [-c CAFILE] [-u USER] [-p PASSWORD] [-o TOKEN]
 *       [-H HELO] [-n COUNT] [-t TIMEOUT] [-w] URL FROM RCPT[,RCPT...] FILE
 *
 *   -k  do not verify the certificate      -S  require STARTTLS
 *   -o  XOAUTH2 bearer token (with -u) instead of a password
 *   -R  after a TEMPFAIL, send that message once more at once, on the
 *       same session (what the outbox does when a relay caps a session)
 *   -w  before every message but the first, wait for a line on stdin
 *       (the test stops or starts the server meanwhile)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "log.h"
#include "smtp.h"
#include "xmalloc.h"

static void
usage(void)
{
	fprintf(stderr, "usage: smtp_drive [-kSRw] [-c cafile] [-u user] "
	    "[-p password] [-o token] [-H helo] [-n count] [-t timeout] url from "
	    "rcpt[,rcpt...] file\n");
	exit(2);
}

static long
number(const char *s)
{
	char	*end;
	long	 n = strtol(s, &end, 10);

	if (*s == '\0' || *end != '\0' || n < 0)
		usage();
	return n;
}

static const char *
name(int rv)
{
	return rv == SMTP_OK ? "ok" : rv == SMTP_TEMPFAIL ? "tempfail" :
	    "permfail";
}

int
main(int argc, char **argv)
{
	struct smtp_conf	 conf;
	struct smtp_session	*s;
	struct strv		 rcpts = { NULL, 0 };
	struct buf		 file, msg;
	FILE			*f;
	char			 chunk[8192], line[64];
	char			*cause, *list, *p, *comma;
	size_t			 n;
	long			 count = 1, i;
	int			 ch, retry = 0, wait = 0, rv;

	memset(&conf, 0, sizeof conf);
	conf.tls_verify = 1;
	conf.timeout = 30;
	while ((ch = getopt(argc, argv, "c:H:kn:o:p:RSt:u:w")) != -1) {
		switch (ch) {
		case 'c': conf.cafile = optarg; break;
		case 'H': conf.helo = optarg; break;
		case 'k': conf.tls_verify = 0; break;
		case 'n': count = number(optarg); break;
		case 'o': conf.oauth_token = optarg; break;
		case 'p': conf.password = optarg; break;
		case 'R': retry = 1; break;
		case 'S': conf.starttls = 1; break;
		case 't': conf.timeout = number(optarg); break;
		case 'u': conf.user = optarg; break;
		case 'w': wait = 1; break;
		default: usage();
		}
	}
	argc -= optind;
	argv += optind;
	if (argc != 4)
		usage();
	log_init(LOG_TO_STDERR, 1, "smtp_drive");
	conf.url = argv[0];
	list = xstrdup(argv[2]);
	for (p = list; p != NULL; p = comma) {
		if ((comma = strchr(p, ',')) != NULL)
			*comma++ = '\0';
		strv_add(&rcpts, p);
	}
	free(list);

	buf_init(&file, BUF_DEFAULT_MAX);
	if ((f = fopen(argv[3], "rb")) == NULL) {
		perror(argv[3]);
		return 2;
	}
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		if (buf_add(&file, chunk, n) == -1) {
			fprintf(stderr, "%s: too big\n", argv[3]);
			return 2;
		}
	fclose(f);

	s = smtp_open(&conf);
	for (i = 1; i <= count; i++) {
		if (wait && i > 1 && fgets(line, sizeof line, stdin) == NULL)
			break;
		buf_init(&msg, BUF_DEFAULT_MAX);
		buf_printf(&msg, "X-Drive-Seq: %ld\n", i);
		buf_add(&msg, file.data != NULL ? file.data : "", file.len);
		cause = NULL;
		rv = smtp_send(s, argv[1], &rcpts, msg.data, msg.len, &cause);
		printf("%ld %s%s%s\n", i, name(rv), cause ? ": " : "",
		    cause ? cause : "");
		free(cause);
		if (rv == SMTP_TEMPFAIL && retry) {
			cause = NULL;
			rv = smtp_send(s, argv[1], &rcpts, msg.data, msg.len,
			    &cause);
			printf("%ld %s%s%s (retry)\n", i, name(rv),
			    cause ? ": " : "", cause ? cause : "");
			free(cause);
		}
		fflush(stdout);
		buf_free(&msg);
	}
	smtp_close(s);
	buf_free(&file);
	strv_free(&rcpts);
	return 0;
}
