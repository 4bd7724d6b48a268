/*
 * test_fold.c -- the Greeklish key of fold.c: Greek and the ways Greek
 * customers really write it in Latin letters reduce to one key, Latin text
 * keeps its meaning, and pattern syntax survives the key.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "test.h"
#include "xmalloc.h"

/* The Greeklish key of text as the rules see it (folded first). */
static char *
key(const char *text)
{
	char	*f, *k;
	size_t	 n;

	f = fold_text(text, strlen(text), &n);
	k = fold_greeklish(f, n, NULL);
	free(f);
	return k;
}

static void
same_key(const char *a, const char *b)
{
	char	*ka = key(a), *kb = key(b);

	if (strcmp(ka, kb) != 0) {
		fprintf(stderr, "\"%s\" -> \"%s\" but \"%s\" -> \"%s\"\n", a, ka,
		    b, kb);
		test_failed_now = 1;
	}
	free(ka);
	free(kb);
}

/* Spellings collected from real Greeklish mail, against the Greek. */
static void
test_real_spellings(void)
{
	static const char *const pairs[][2] = {
	    { "θέλω να επιστρέψω το προϊόν", "thelo na epistrepso to proion" },
	    { "θέλω να επιστρέψω το προϊόν", "8elw na epistrepsw to proion" },
	    { "θέλω να επιστρέψω το προϊόν", "thelw na epistrepsw to proion" },
	    { "δεν έρχεται το email", "den erxetai to email" },
	    { "δεν έρχεται το email", "den erchetai to email" },
	    { "δεν έρχεται το email", "den erhetai to email" },
	    { "χρήματα", "xrhmata" }, { "χρήματα", "chrimata" },
	    { "χρήματα", "hrimata" }, { "όχι", "ohi" }, { "όχι", "oxi" },
	    { "ευχαριστώ", "efxaristo" }, { "ευχαριστώ", "eyxaristw" },
	    { "ευχαριστώ", "euxaristw" }, { "μπαταρία", "bataria" },
	    { "μπαταρία", "mpataria" }, { "την πληρωμή", "thn plhrwmh" },
	    { "την πληρωμή", "tin pliromi" }, { "δουλεύει", "douleuei" },
	    { "δουλεύει", "doulevei" }, { "ακύρωση συνδρομής",
	    "akyrwsh syndromhs" }, { "ακύρωση συνδρομής", "akirosi sindromis" },
	    { "υπεύθυνο", "ypey8yno" }, { "υπεύθυνο", "upeuthuno" },
	    { "ξέρω", "kserw" }, { "ξέρω", "xero" }, { "έξω", "e3w" },
	    { "δικηγόρο", "dikhgoro" }, { "δικηγόρο", "dikigoro" },
	    { "στη δουλειά", "sth douleia" }, { "που πήρα", "pou phra" },
	    { "καλησπέρα", "kalhspera" }, { "Επείγον", "EPEIGON" },
	    { "ΘΕΛΩ", "thelo" }, { "ψυγείο", "psygeio" },
	    { "εφαρμογή", "efarmogh" }, { "λεφτά", "lefta" },
	    { "έρθει", "er8ei" },
	};
	size_t	 i;

	for (i = 0; i < sizeof pairs / sizeof pairs[0]; i++)
		same_key(pairs[i][0], pairs[i][1]);
}

/* Digits are only letters inside a word; order numbers stay numbers. */
static void
test_digits(void)
{
	char	*k;

	k = key("order 28830, 3 fores, E04");
	CHECK_STR(k, "order 28830, 3 fores, e04");
	free(k);
	k = key("8a erthw");	/* θα έρθω */
	CHECK_STR(k, "\xce\xb8" "a er\xce\xb8o");
	free(k);
}

/* Different words keep different keys. */
static void
test_distinct(void)
{
	char	*a = key("επιστροφή"), *b = key("αποστολή");

	CHECK(strcmp(a, b) != 0);
	free(a);
	free(b);
	a = key("λεφτά");
	b = key("λάθος");
	CHECK(strcmp(a, b) != 0);
	free(a);
	free(b);
}

static void
pattern_is(const char *pattern, const char *want)
{
	char	*f = fold_pattern(pattern), *k = fold_greeklish_pattern(f);

	CHECK_STR(k, want);
	free(f);
	free(k);
}

/* Escapes, groups, quantifiers and names survive; literals get the key. */
static void
test_pattern_syntax(void)
{
	pattern_is("\\bθελ(ω|ουμε)\\b", "\\b\xce\xb8" "el(o|ume)\\b");
	pattern_is("(?<order>\\d{4,12})", "(?<order>\\d{4,12})");
	pattern_is("(?:thelw|8elo)", "(?:\xce\xb8" "elo|\xce\xb8" "elo)");
	pattern_is("επιστρεψ\\w*.{0,30}χρηματ", "epistreps\\w*.{0,30}xrimat");
	pattern_is("[ηι]ταν", "[ii]tan");
	pattern_is("\\p{Greek}+", "\\p{Greek}+");
	pattern_is("(?i)(?=ωρα)", "(?i)(?=ora)");
	pattern_is("(?<!δεν )θελω", "(?<!den )\xce\xb8" "elo");
	pattern_is("TH", "ti");	/* no vowel after: τη, as in "sth" */
	pattern_is("", "");
}

/* Hostile input: invalid UTF-8, NULs stay bounded and never crash. */
static void
test_hostile(void)
{
	static const char bad[] = "\xff\xfe\xce\x00\xb8h8h8h3k\\";
	char	*k;
	size_t	 n;

	k = fold_greeklish(bad, sizeof bad - 1, &n);
	CHECK(n <= 2 * (sizeof bad - 1));
	free(k);
	k = fold_greeklish_pattern("\\");
	CHECK_STR(k, "\\");
	free(k);
	k = fold_greeklish_pattern("[");
	CHECK_STR(k, "[");
	free(k);
	k = fold_greeklish_pattern("(?<unterminated");
	CHECK_STR(k, "(?<unterminated");
	free(k);
}

/*
 * Plain ASCII takes a short way: it must fold exactly as the long one,
 * which text with one accented letter takes ("é" folds to "e").
 */
static void
test_ascii_fast_path(void)
{
	char	 text[256], *withe, *a, *b, *want;
	size_t	 i, n, k;
	unsigned seed = 12345;

	for (k = 0; k < 2000; k++) {
		n = (seed = seed * 1103515245 + 12345) % 200;
		for (i = 0; i < n; i++) {
			seed = seed * 1103515245 + 12345;
			text[i] = (char)(1 + (seed >> 16) % 127);
		}
		text[n] = '\0';
		xasprintf(&withe, "%s\xc3\xa9", text);
		a = fold_text(text, n, NULL);
		b = fold_text(withe, strlen(withe), NULL);
		xasprintf(&want, "%se", a);
		if (strcmp(b, want) != 0) {
			fprintf(stderr, "fast and full folding differ on %zu "
			    "bytes: \"%s\" vs \"%s\"\n", n, a, b);
			test_failed_now = 1;
			k = 2000;
		}
		free(withe);
		free(a);
		free(b);
		free(want);
	}
}

/*
 * Text with ASCII and wide words mixed (accents, Greek, combining marks
 * after ASCII letters, no-break and ideographic spaces, spacing marks that
 * decompose to a space, ligatures, invalid bytes, NUL): fold_text, which
 * takes the ASCII way between the wide words, must equal one libunistring
 * pass over the whole.
 */
static void
test_segments_equal_whole(void)
{
	static const char *const piece[] = { "a", "Z", " ", "\t", "\n\n",
	    "\r\n", "x", "Hola", "\xc3\xa9", "\xc3\x89", "e\xcc\x81",
	    "\xce\xa3\xce\xbf\xcf\x86\xce\xaf\xce\xb1", "\xcf\x82",
	    "\xc2\xa0", "\xe3\x80\x80", "\xc2\xa8", "\xef\xac\x81",
	    "\xc5\x81\xc3\xb3" "d\xc5\xba", "\xff", "\xc3", "\0", ".", "--",
	    "\xcc\x81", "\xe2\x80\xa8", "\xe1\xba\x9e" };
	char		 text[512], *a, *b;
	size_t		 n, k, la, lb, len;
	unsigned	 seed = 777;

	for (k = 0; k < 5000; k++) {
		seed = seed * 1103515245 + 12345;
		n = (seed >> 16) % 40;
		len = 0;
		while (n-- > 0) {
			const char	*p;
			size_t		 pl;

			seed = seed * 1103515245 + 12345;
			p = piece[(seed >> 16) % (sizeof piece / sizeof piece[0])];
			pl = p[0] == '\0' ? 1 : strlen(p);
			memcpy(text + len, p, pl);
			len += pl;
		}
		a = fold_text(text, len, &la);
		b = fold_text_whole(text, len, &lb);
		if (la != lb || memcmp(a, b, la) != 0) {
			fprintf(stderr, "fold_text and fold_text_whole differ "
			    "on %zu bytes: \"%s\" vs \"%s\"\n", len, a, b);
			test_failed_now = 1;
			k = 5000;
		}
		free(a);
		free(b);
	}
}

int
main(void)
{
	RUN(test_real_spellings);
	RUN(test_digits);
	RUN(test_distinct);
	RUN(test_pattern_syntax);
	RUN(test_hostile);
	RUN(test_ascii_fast_path);
	RUN(test_segments_equal_whole);
	TEST_DONE();
}
