/*
 * fuzz_rules.c -- libFuzzer target for the rule file parser: the input is
 * written as the one .rules file of a scratch directory and loaded (no
 * templates), then, if it loaded, evaluated against a small fixed message
 * (Greek, Greeklish, Spanish, Polish) so that compiled patterns, scores
 * and conditions run too.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "log.h"
#include "rules.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static char	 dir[64];
static char	 path[128];

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct rules		*rs;
	struct strv		 errs = { NULL, 0 };
	struct mime_message	 m;
	struct mime_header	 h = { "X-Priority", "1 (Highest)" };
	struct rules_input	 in;
	struct rules_result	 res;
	struct buf		 trace;
	FILE			*f;

	if (dir[0] == '\0') {
		snprintf(dir, sizeof dir, "/tmp/fuzz_rules.XXXXXX");
		if (mkdtemp(dir) == NULL)
			abort();
		snprintf(path, sizeof path, "%s/10-fuzz.rules", dir);
		log_init(LOG_TO_STDERR, 0, "fuzz_rules");
	}
	if ((f = fopen(path, "wb")) == NULL)
		abort();
	if (size > 0 && fwrite(data, 1, size, f) != size)
		abort();
	fclose(f);
	if (rules_load(dir, NULL, &rs, &errs) == 0) {
		memset(&m, 0, sizeof m);
		m.subject = "Επιστροφή χρημάτων: refund order 123456";
		m.body = "Zwrot pieniędzy, devolución. aaaaaaaaaaaaaaaaaaaaaaaaaa! "
		    "thelw na epistrepsw 8elw, den erxetai to email ohi";
		m.from.name = "Ana";
		m.from.addr = "ana@example.com";
		m.headers = &h;
		m.nheaders = 1;
		memcpy(m.lang, "el", 3);
		memset(&in, 0, sizeof in);
		in.msg = &m;
		in.mailbox = "INBOX";
		in.is_new = 1;
		buf_init(&trace, 64 * 1024);
		rules_eval(rs, &in, &res, &trace);
		rules_result_free(&res);
		buf_free(&trace);
		rules_free(rs);
	}
	strv_free(&errs);
	return 0;
}
