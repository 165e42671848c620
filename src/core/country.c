#include "core/country.h"

#include <string.h>

static bool is_alpha(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static char upper(char c)
{
	return (c >= 'a' && c <= 'z') ? (char)(c - 'a' + 'A') : c;
}

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Writes a two-letter code in upper case, mapping the reserved UK to the
 * ISO code GB (crisis-lines.md §6.4). */
static void write_code(char a, char b, char out[COUNTRY_CODE_SIZE])
{
	out[0] = upper(a);
	out[1] = upper(b);
	out[2] = '\0';
	if (out[0] == 'U' && out[1] == 'K') {
		out[0] = 'G';
		out[1] = 'B';
	}
}

bool country_normalize(const char *typed, char out[COUNTRY_CODE_SIZE])
{
	out[0] = '\0';
	if (typed == NULL) {
		return false;
	}
	while (is_space(*typed)) {
		typed++;
	}
	size_t n = strlen(typed);
	while (n > 0 && is_space(typed[n - 1])) {
		n--;
	}
	if (n != 2 || !is_alpha(typed[0]) || !is_alpha(typed[1])) {
		return false;
	}
	write_code(typed[0], typed[1], out);
	return true;
}

bool country_from_locale(const char *locale, char out[COUNTRY_CODE_SIZE])
{
	out[0] = '\0';
	if (locale == NULL) {
		return false;
	}
	/* language[_territory][.codeset][@modifier], or BCP-47 lang-REGION.
	 * The language is 2 or 3 letters; anything else (C, POSIX) has no
	 * territory. */
	size_t lang_len = 0;
	while (is_alpha(locale[lang_len])) {
		lang_len++;
	}
	if (lang_len < 2 || lang_len > 3) {
		return false;
	}
	char sep = locale[lang_len];
	if (sep != '_' && sep != '-') {
		return false;
	}
	const char *t = locale + lang_len + 1;
	/* BCP-47 may put a four-letter script first: zh-Hant-TW, sr-Latn-RS. */
	if (sep == '-' && is_alpha(t[0]) && is_alpha(t[1]) && is_alpha(t[2]) &&
	    is_alpha(t[3]) && t[4] == '-') {
		t += 5;
	}
	if (!is_alpha(t[0]) || !is_alpha(t[1])) {
		return false;
	}
	char end = t[2];
	if (end != '\0' && end != '.' && end != '@' && end != '-' && end != '_') {
		return false;
	}
	write_code(t[0], t[1], out);
	return true;
}

const char *country_locale_in_force(const struct locale_env *env)
{
	const char *vars[] = {env->lc_all, env->lc_messages, env->lang};
	for (size_t i = 0; i < sizeof(vars) / sizeof(vars[0]); i++) {
		if (vars[i] != NULL && vars[i][0] != '\0') {
			return vars[i];
		}
	}
	return NULL;
}

enum country_source country_resolve(const char *flag, const char *setting,
                                    const struct locale_env *env,
                                    char out[COUNTRY_CODE_SIZE])
{
	if (country_normalize(flag, out)) {
		return COUNTRY_FROM_FLAG;
	}
	if (country_normalize(setting, out)) {
		return COUNTRY_FROM_SETTING;
	}
	if (env != NULL && country_from_locale(country_locale_in_force(env), out)) {
		return COUNTRY_FROM_LOCALE;
	}
	out[0] = '\0';
	return COUNTRY_UNKNOWN;
}
