/*
 * lang.h -- which language a customer wrote in.
 */
#ifndef LANG_H
#define LANG_H

/*
 * Guess the language of UTF-8 text: writes a two-letter ISO 639-1 code
 * ("el", "es", "pl", "en", ...) into out, or "" when it cannot tell.
 */
void	 lang_guess(const char *text, char out[8]);

#endif
