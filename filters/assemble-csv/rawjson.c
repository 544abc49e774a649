/*
 * rawjson: find a top-level member's value in the text of a JSON object
 * that cJSON has already accepted, so the scan can trust the syntax and
 * only has to step over strings and nesting.  A key written with escapes
 * is decoded by cJSON before it is compared.
 */
#include <stdlib.h>
#include <string.h>

#include "assemble.h"

static size_t
skip_ws(const char *s, size_t i, size_t len)
{
	while (i < len &&
	    (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
		i++;
	return i;
}

/* s[i] is the opening quote; return the index just past the closing one. */
static size_t
skip_string(const char *s, size_t i, size_t len)
{
	for (i++; i < len && s[i] != '"'; i++)
		if (s[i] == '\\')
			i++;
	return i + 1;
}

static size_t
skip_value(const char *s, size_t i, size_t len)
{
	int depth = 0;

	if (s[i] == '"')
		return skip_string(s, i, len);
	if (s[i] != '{' && s[i] != '[') {
		while (i < len && strchr(",}] \t\r\n", s[i]) == NULL)
			i++;
		return i;
	}
	for (; i < len; i++) {
		if (s[i] == '"') {
			i = skip_string(s, i, len) - 1;
		} else if (s[i] == '{' || s[i] == '[') {
			depth++;
		} else if (s[i] == '}' || s[i] == ']') {
			if (--depth == 0)
				return i + 1;
		}
	}
	return i;
}

static bool
key_is(const char *s, size_t start, size_t end, const char *key)
{
	size_t n = end - start - 2; /* without the quotes */
	char *copy;
	cJSON *decoded;
	bool same;

	if (memchr(s + start + 1, '\\', n) == NULL)
		return n == strlen(key) && memcmp(s + start + 1, key, n) == 0;
	copy = xmalloc(end - start + 1);
	memcpy(copy, s + start, end - start);
	copy[end - start] = '\0';
	decoded = cJSON_Parse(copy);
	same =
	    cJSON_IsString(decoded) && strcmp(decoded->valuestring, key) == 0;
	cJSON_Delete(decoded);
	free(copy);
	return same;
}

bool
rawjson_member(
    const char *text, size_t len, const char *key, size_t *start, size_t *end)
{
	size_t i = skip_ws(text, 0, len), k, kend;

	if (i >= len || text[i] != '{')
		return false;
	for (i++;;) {
		i = skip_ws(text, i, len);
		if (i >= len || text[i] != '"')
			return false;
		k = i;
		kend = i = skip_string(text, i, len);
		if (i > len)
			return false;
		i = skip_ws(text, i, len);
		if (i >= len || text[i] != ':')
			return false;
		i = skip_ws(text, i + 1, len);
		if (i >= len)
			return false;
		*start = i;
		i = skip_value(text, i, len);
		*end = i;
		if (key_is(text, k, kend, key))
			return true;
		i = skip_ws(text, i, len);
		if (i >= len || text[i] != ',')
			return false;
		i++;
	}
}
