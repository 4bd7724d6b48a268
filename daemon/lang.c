/*
 * lang.c -- which language a customer wrote in.
 *
 * Support mails are short: two or three sentences.  We judged libexttextcat
 * (n-gram fingerprints, Debian's libexttextcat-data) on such mails: with
 * all 160 fingerprints it got 44 of 48 test mails right, restricted to a
 * dozen European languages 47 of 48 -- but a classifier handle costs 0.9 ms
 * to load (12 ms with every language), keeps per-call state inside it (so
 * it is not re-entrant without a lock or a global), and that alone would
 * eat the whole per-message budget.  So the guess here is made from three
 * cheap signals that are reliable on short text, in order of strength:
 *   1. script: Greek letters mean Greek (Cyrillic: Russian/Ukrainian);
 *      Greek in Latin letters (Greeklish) is known by its words, below;
 *   2. letters only one language uses: ą ę ł ń ś ź ż ć (Polish), ñ ¿ ¡
 *      (Spanish), ß ä ö ü (German), ã õ (Portuguese), ç è ê à (French);
 *   3. counts of function words and common support words per language,
 *      accents optional (customers often type Polish without them).
 * Letters only back the words up: their score is capped, and letters in
 * capitalised words (names: "José Núñez", "Łukasz") count a third, so a
 * signature does not turn an English mail Spanish.
 * French, German, Italian and Portuguese are scored too, so that their
 * mail is named as such and not forced into one of the desk's languages.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lang.h"

#define LANG_MAX_WORDS	300	/* enough words to judge; bounds the cost */
#define LANG_WORD_MAX	32
#define LETTERS_MAX	12	/* cap on the letter evidence per language */

enum { L_EN, L_ES, L_PL, L_FR, L_DE, L_IT, L_PT, L_GL, L_N };

static const char *const lang_code[L_N] = {
	"en", "es", "pl", "fr", "de", "it", "pt", "el"
};

/* Lower-case words; a hit scores 1.  Short lists on purpose. */
static const char *const stop_en[] = {
	"the", "and", "is", "to", "of", "my", "i", "you", "for", "it", "this",
	"that", "have", "has", "was", "with", "please", "not", "your", "can",
	"be", "on", "in", "we", "are", "me", "hello", "hi", "thanks", "thank",
	"would", "could", "order", "refund", "where", "what", "when", "still",
	"did", "does", "from", "but", "just", "received", "arrived", "wrong",
	"account", "payment", "invoice", "request", "damaged", "should", NULL
};
static const char *const stop_es[] = {
	"el", "la", "de", "que", "y", "en", "los", "las", "por", "para", "con",
	"mi", "un", "una", "es", "del", "se", "lo", "su", "al", "como",
	"pero", "muy", "está", "esta", "quiero", "pedido", "hola", "gracias",
	"favor", "ya", "me", "han", "ha", "he", "dónde", "donde", "cuándo",
	"cuando", "qué", "todavía", "todavia", "devolución", "devolucion",
	"dinero", "factura", "cuenta", "buenos", "días", "dias", "pueden",
	"puedo", "otra", "otro", "mis", "nueva", "nuevo", "ahora", "hacer",
	"tengo", "señor", "senor", "llegó", "llegado", "más", "mas", NULL
};
static const char *const stop_pl[] = {
	"i", "w", "z", "na", "nie", "się", "sie", "jest", "to", "że", "ze",
	"do", "mój", "moje", "moja", "dzień", "dzien", "dobry", "proszę",
	"prosze", "zamówienie", "zamowienie", "czy", "jak", "po", "o", "ale",
	"od", "mam", "jeszcze", "już", "juz", "tak", "bardzo", "dziękuję",
	"dziekuje", "zwrot", "pieniędzy", "pieniedzy", "za", "pod", "mnie",
	"gdzie", "co", "może", "moze", "możecie", "mozecie", "mogę", "moge",
	"został", "zostal", "została", "zostala", "teraz", "przez", "dla",
	"jej", "ten", "tym", "tę", "nr", "konta", "adres", "zrobić", NULL
};
static const char *const stop_fr[] = {
	"le", "la", "les", "de", "des", "et", "est", "je", "vous", "pour",
	"pas", "une", "un", "mon", "ma", "mes", "que", "qui", "dans", "avec",
	"sur", "bonjour", "merci", "commande", "il", "ce", "ne", "votre",
	"au", "du", "ai", "été", "où", "pouvez", "toujours", "m", "l", "j",
	"d", "n", "qu", "c", "reçu", "reçue", "très", "problème", NULL
};
static const char *const stop_de[] = {
	"der", "die", "das", "und", "ist", "ich", "nicht", "sie", "mit", "ein",
	"eine", "mein", "meine", "zu", "auf", "für", "bitte", "danke",
	"haben", "habe", "wir", "es", "den", "dem", "von", "bestellung",
	"hallo", "noch", "vor", "können", "wo", "hat", "mir", "vielen",
	"dank", "immer", "kam", "an", "geld", "zurück", "schnelle", NULL
};
static const char *const stop_it[] = {
	"il", "di", "che", "e", "non", "per", "un", "una", "mio", "mia",
	"sono", "ho", "con", "grazie", "buongiorno", "ordine", "della",
	"del", "gli", "è", "ancora", "arrivato", "rimborso", "come", NULL
};
static const char *const stop_pt[] = {
	"o", "a", "de", "que", "e", "não", "um", "uma", "meu", "minha",
	"para", "com", "obrigado", "obrigada", "pedido", "olá", "é", "por",
	"os", "as", "do", "da", "no", "na", "ainda", "você", "reembolso",
	"encomenda", NULL
};

/*
 * Greeklish: Greek in Latin letters, as many Greek customers write it,
 * in the spellings people type (th and 8, i, h and y, o and w); the
 * answer is Greek.  A few words are shared ("na" and "to" are Polish
 * too): the other languages' own words outvote them.
 */
static const char *const stop_gl[] = {
	"kai", "ke", "einai", "ine", "sas", "mou", "mas", "tha", "8a", "den",
	"dn", "thelo", "thelw", "8elw", "8elo", "exo", "exw", "exei", "exoun",
	"kalimera", "kalhmera", "kalispera", "kalhspera", "geia", "gia",
	"efxaristo", "efxaristw", "eyxaristw", "euxaristw", "eyxaristo",
	"efharisto", "parakalo", "parakalw", "pws", "pou", "poy", "akoma",
	"akomh", "simera", "shmera", "oti", "ena", "mia", "stin", "sthn",
	"sto", "ston", "tis", "tou", "toy", "tin", "thn", "ton", "mporeite",
	"mporeitai", "mporw", "mporo", "paraggelia", "paraggelias",
	"paragelia", "lefta", "xrimata", "xrhmata", "giati", "kati", "twra",
	"tora", "alla", "apo", "otan", "ola", "ayto", "afto", "auto", "na",
	"to", "ta", "ti", "oi", "h", "kathe", "ka8e", "prepei", "kanw", "kano",
	"kanei", "ginetai", "meta", "prin", "wra", "fores", "pali", "ligo",
	"poli", "poly", "nai", "oxi", "ohi", "episis", "epishs", "mono",
	"mallon", "sygnwmh", "signomi", NULL
};

static const char *const *const stops[L_N] = {
	stop_en, stop_es, stop_pl, stop_fr, stop_de, stop_it, stop_pt, stop_gl
};

/* Decode one UTF-8 code point; invalid bytes come back as U+FFFD. */
static uint32_t
next_cp(const unsigned char **pp)
{
	const unsigned char	*p = *pp;
	uint32_t		 c;
	int			 n, i;

	if (p[0] < 0x80) {
		*pp = p + 1;
		return p[0];
	}
	if ((p[0] & 0xe0) == 0xc0) {
		c = p[0] & 0x1f;
		n = 1;
	} else if ((p[0] & 0xf0) == 0xe0) {
		c = p[0] & 0x0f;
		n = 2;
	} else if ((p[0] & 0xf8) == 0xf0) {
		c = p[0] & 0x07;
		n = 3;
	} else {
		*pp = p + 1;
		return 0xfffd;
	}
	for (i = 1; i <= n; i++) {
		if ((p[i] & 0xc0) != 0x80) {
			*pp = p + 1;
			return 0xfffd;
		}
		c = (c << 6) | (p[i] & 0x3f);
	}
	*pp = p + n + 1;
	return c;
}

/* Lower case for the letters that matter here (Latin, Greek). */
static uint32_t
fold(uint32_t c)
{
	if (c >= 'A' && c <= 'Z')
		return c + 32;
	if ((c >= 0xc0 && c <= 0xde && c != 0xd7))
		return c + 32;
	/* Latin Extended-A: pairs, upper case even (with a few exceptions). */
	if (c >= 0x100 && c <= 0x137 && (c & 1) == 0)
		return c + 1;
	if (c >= 0x139 && c <= 0x148 && (c & 1) == 1)
		return c + 1;
	if (c >= 0x14a && c <= 0x177 && (c & 1) == 0)
		return c + 1;
	if (c >= 0x179 && c <= 0x17e && (c & 1) == 1)
		return c + 1;
	return c;
}

static int
is_letter(uint32_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= 0xc0 && c <= 0x24f && c != 0xd7 && c != 0xf7) ||
	    (c >= 0x370 && c <= 0x3ff) || (c >= 0x1f00 && c <= 0x1fff) ||
	    (c >= 0x400 && c <= 0x4ff);
}

static void
put_cp(char *w, size_t *n, uint32_t c)
{
	if (*n + 4 >= LANG_WORD_MAX)
		return;
	if (c < 0x80)
		w[(*n)++] = (char)c;
	else if (c < 0x800) {
		w[(*n)++] = (char)(0xc0 | (c >> 6));
		w[(*n)++] = (char)(0x80 | (c & 0x3f));
	} else {
		w[(*n)++] = (char)(0xe0 | (c >> 12));
		w[(*n)++] = (char)(0x80 | ((c >> 6) & 0x3f));
		w[(*n)++] = (char)(0x80 | (c & 0x3f));
	}
}

static void
score_word(const char *w, int score[L_N])
{
	int	 l;
	size_t	 i;

	for (l = 0; l < L_N; l++)
		for (i = 0; stops[l][i] != NULL; i++)
			if (stops[l][i][0] == w[0] && strcmp(stops[l][i], w) == 0) {
				score[l] += 2;
				break;
			}
}

/* Letters that (among the languages scored) one language owns. */
static void
score_letter(uint32_t c, int score[L_N])
{
	switch (c) {
	case 0x105: case 0x119: case 0x142: case 0x144: case 0x15b:
	case 0x17a: case 0x17c: case 0x107:	/* ą ę ł ń ś ź ż ć */
		score[L_PL] += 6;
		break;
	case 0xf1: case 0xbf: case 0xa1:	/* ñ ¿ ¡ */
		score[L_ES] += 6;
		break;
	case 0xe1: case 0xed: case 0xfa:	/* á í ú */
		score[L_ES] += 1;
		score[L_PT] += 1;
		break;
	case 0xdf: case 0xe4: case 0xf6:	/* ß ä ö */
		score[L_DE] += 6;
		break;
	case 0xfc:				/* ü */
		score[L_DE] += 3;
		break;
	case 0xe3: case 0xf5:			/* ã õ */
		score[L_PT] += 6;
		break;
	case 0xe7:				/* ç */
		score[L_FR] += 3;
		score[L_PT] += 2;
		break;
	case 0xe8: case 0xea: case 0xee: case 0xfb: case 0xeb: case 0x153:
		score[L_FR] += 3;		/* è ê î û ë œ */
		break;
	case 0xe0: case 0xf9:			/* à ù */
		score[L_FR] += 2;
		score[L_IT] += 2;
		break;
	case 0xec: case 0xf2:			/* ì ò */
		score[L_IT] += 4;
		break;
	}
}

/*
 * A word's letter evidence: names are capitalised, and a customer's name
 * says little about the language of the mail, so those words count a
 * third.
 */
static void
word_letters(int letters[L_N], int wl[L_N], int capitalised)
{
	int	 l;

	for (l = 0; l < L_N; l++) {
		letters[l] += capitalised ? wl[l] / 3 : wl[l];
		wl[l] = 0;
	}
}

void
lang_guess(const char *text, char out[8])
{
	const unsigned char	*p = (const unsigned char *)text;
	int			 score[L_N] = { 0 }, letters[L_N] = { 0 };
	int			 wl[L_N] = { 0 }, wcap = 0, total[L_N];
	size_t			 greek = 0, cyr = 0, latin = 0, other = 0;
	size_t			 words = 0, wn = 0;
	int			 uk = 0, best = -1, second = -1, l;
	char			 w[LANG_WORD_MAX];

	out[0] = '\0';
	if (text == NULL)
		return;
	while (*p != '\0' && words < LANG_MAX_WORDS) {
		uint32_t	 c = next_cp(&p);

		if (is_letter(c)) {
			if ((c >= 0x370 && c <= 0x3ff) ||
			    (c >= 0x1f00 && c <= 0x1fff))
				greek++;
			else if (c >= 0x400 && c <= 0x4ff) {
				cyr++;
				if (c == 0x456 || c == 0x457 || c == 0x454 ||
				    c == 0x491)
					uk = 1;	/* і ї є ґ */
			} else
				latin++;
			if (wn == 0)
				wcap = fold(c) != c;
			c = fold(c);
			score_letter(c, wl);
			put_cp(w, &wn, c);
			continue;
		}
		if (c == 0xbf || c == 0xa1)
			score_letter(c, letters);
		if (c > ' ' && c != 0xa0 && !(c >= '0' && c <= '9'))
			other++;
		if (wn > 0) {
			w[wn] = '\0';
			score_word(w, score);
			word_letters(letters, wl, wcap);
			words++;
			wn = 0;
		}
	}
	if (wn > 0 && words < LANG_MAX_WORDS) {
		w[wn] = '\0';
		score_word(w, score);
		word_letters(letters, wl, wcap);
	}
	/*
	 * Letters back the words up but cannot outvote them: a signature
	 * "José Núñez" under an English mail stays English.
	 */
	for (l = 0; l < L_N; l++)
		total[l] = score[l] +
		    (letters[l] < LETTERS_MAX ? letters[l] : LETTERS_MAX);

	/*
	 * Mostly symbols (binary garbage decoded as windows-1252, tables,
	 * logs): letters there are noise, not language.
	 */
	if (greek + cyr + latin < 2 * other)
		return;
	/* Script first: a few Latin brand names do not make Greek English. */
	if (greek >= 3 && greek * 2 >= latin) {
		memcpy(out, "el", 3);
		return;
	}
	if (cyr >= 3 && cyr * 2 >= latin) {
		memcpy(out, uk ? "uk" : "ru", 3);
		return;
	}
	/* Highest total; on a tie, the one with more word evidence. */
	for (l = 0; l < L_N; l++) {
		if (best == -1 || total[l] > total[best] ||
		    (total[l] == total[best] && score[l] > score[best])) {
			if (best != -1)
				second = best;
			best = l;
		} else if (second == -1 || total[l] > total[second] ||
		    (total[l] == total[second] && score[l] > score[second]))
			second = l;
	}
	/* Too little evidence, or a dead heat: say we do not know. */
	if (best == -1 || total[best] < 4 || (second != -1 &&
	    total[best] == total[second] && score[best] == score[second]))
		return;
	memcpy(out, lang_code[best], 3);
}
