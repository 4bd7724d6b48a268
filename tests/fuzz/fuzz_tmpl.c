/*
 * fuzz_tmpl.c -- libFuzzer target for templates: the input becomes
 * t.en.txt in a scratch directory, is loaded, and if it loaded is
 * rendered with the base variables set (values with CR/LF among them).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tmpl.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static char	 dir[64];
static char	 path[128];

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct tmpl_set	*ts;
	struct strv	 errs = { NULL, 0 }, names = { NULL, 0 },
			    values = { NULL, 0 };
	char		*subj, *body, *cause, used[8];
	FILE		*f;
	size_t		 i;

	if (dir[0] == '\0') {
		snprintf(dir, sizeof dir, "/tmp/fuzz_tmpl.XXXXXX");
		if (mkdtemp(dir) == NULL)
			abort();
		snprintf(path, sizeof path, "%s/t.en.txt", dir);
	}
	if ((f = fopen(path, "wb")) == NULL)
		abort();
	if (size > 0 && fwrite(data, 1, size, f) != size)
		abort();
	fclose(f);
	if (tmpl_load(dir, "en", &ts, &errs) == 0) {
		for (i = 0; tmpl_base_vars[i] != NULL; i++) {
			strv_add(&names, tmpl_base_vars[i]);
			strv_add(&values, i % 2 ? "a\r\nB: c" : "{{case.ref}}");
		}
		if (tmpl_render(ts, "t", "el", &names, &values, &subj, &body,
		    used, &cause) == 0) {
			if (strchr(subj, '\n') != NULL ||
			    strchr(subj, '\r') != NULL)
				abort();
			free(subj);
			free(body);
		} else
			free(cause);
		strv_free(&names);
		strv_free(&values);
		tmpl_free(ts);
	}
	strv_free(&errs);
	return 0;
}
