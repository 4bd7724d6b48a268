/*
 * fuzz_config.c -- libFuzzer target for the supportd.conf parser: any
 * bytes must load or be refused with file:line errors, never crash or
 * leak.  The input is written to a file because the parser reads files.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "log.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static char	 path[64];

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct strv	 errors = { NULL, 0 };
	struct config	*c = NULL;
	FILE		*f;
	size_t		 i;

	if (path[0] == '\0') {
		char	 dir[] = "/tmp/fuzz-config.XXXXXX";

		if (mkdtemp(dir) == NULL)
			abort();
		snprintf(path, sizeof path, "%s/supportd.conf", dir);
		log_init(LOG_TO_STDERR, -1, "fuzz");
	}
	if ((f = fopen(path, "wb")) == NULL)
		abort();
	fwrite(data, 1, size, f);
	fclose(f);
	if (config_load(path, &c, &errors) == 0) {
		if (c->desk_address == NULL || c->secret_file == NULL)
			abort();
		config_free(c);
	} else if (c != NULL || errors.n == 0)
		abort();
	/*
	 * Every error names a file: this one ("file:line: ..."), or the
	 * one a keyword pointed at (password-file, secret-file).
	 */
	for (i = 0; i < errors.n; i++)
		if (strstr(errors.v[i], ": ") == NULL ||
		    (strncmp(errors.v[i], path, strlen(path)) != 0 &&
		    errors.v[i][0] != '/'))
			abort();
	strv_free(&errors);
	return 0;
}
