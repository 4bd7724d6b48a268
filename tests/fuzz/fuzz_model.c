/*
 * fuzz_model.c -- libFuzzer target for the learned model file parser
 * (learn.c): the input is parsed as a model; when it loads, a fixed
 * message (Greek, Greeklish, Spanish, Polish, English) is classified with
 * it, so the probabilities are computed from whatever counts it holds.
 */
#include <stdint.h>
#include <stdlib.h>

#include "learn.h"
#include "log.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct learn_model	*m;
	struct learn_guess	 g;
	struct strv		 errs = { NULL, 0 };
	static int		 init;
	size_t			 h;

	if (!init) {
		log_init(LOG_TO_STDERR, 0, "fuzz_model");
		init = 1;
	}
	if (learn_parse("fuzz.model", (const char *)data, size, &m,
	    &errs) == 0) {
		learn_classify(m, "Επιστροφή χρημάτων: refund 123456",
		    "Zwrot pieniędzy, devolución. thelw na epistrepsw, den "
		    "erxetai to email; the app crashes", &g);
		for (h = 0; h < LEARN_NHEADS; h++)
			if (g.best[h] >= learn_nclasses(m, h) ||
			    !(g.p[h][g.best[h]] >= 0 && g.p[h][g.best[h]] <= 1))
				abort();
		learn_free(m);
	}
	strv_free(&errs);
	return 0;
}
