/*
 * NDJSON input: one JSON object a line, through cJSON.  Every line is
 * checked for UTF-8 first, since cJSON passes invalid bytes through.
 */
#include <stdlib.h>
#include <string.h>

#include "etl.h"

/*
 * The length of the UTF-8 sequence starting at s (at most n bytes), or 0
 * when it is not well-formed: no overlong forms, no surrogates, nothing
 * past U+10FFFF.
 */
static size_t
utf8_seq(const unsigned char *s, size_t n)
{
	unsigned char c = s[0];
	unsigned char lo = 0x80, hi = 0xBF;
	size_t len, i;

	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		len = 2;
	else if (c >= 0xE0 && c <= 0xEF) {
		len = 3;
		if (c == 0xE0)
			lo = 0xA0;
		else if (c == 0xED)
			hi = 0x9F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4;
		if (c == 0xF0)
			lo = 0x90;
		else if (c == 0xF4)
			hi = 0x8F;
	} else
		return 0;
	if (n < len || s[1] < lo || s[1] > hi)
		return 0;
	for (i = 2; i < len; i++)
		if (s[i] < 0x80 || s[i] > 0xBF)
			return 0;
	return len;
}

bool
utf8_valid(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, k;

	while (i < n) {
		/* Runs of ASCII are the common case: skip them fast. */
		while (i < n && p[i] < 0x80)
			i++;
		if (i == n)
			break;
		if ((k = utf8_seq(p + i, n - i)) == 0)
			return false;
		i += k;
	}
	return true;
}

static bool
blank(const char *s)
{
	for (; *s != '\0'; s++)
		if (*s != ' ' && *s != '\t')
			return false;
	return true;
}

/* Where cJSON stopped, 1-based, for the message. */
static size_t
error_offset(const char *line, size_t len)
{
	const char *ep = cJSON_GetErrorPtr();

	if (ep == NULL || ep < line || ep > line + len)
		return 1;
	return (size_t)(ep - line) + 1;
}

cJSON *
ndjson_next(struct line_reader *lr)
{
	const char *line, *end = NULL;
	cJSON *obj;

	while ((line = line_reader_next(lr)) != NULL) {
		if (blank(line))
			continue;
		if (strlen(line) != lr->len)
			errx_at(lr->name, lr->lineno, "NUL byte in line");
		if (!utf8_valid(line, lr->len))
			errx_at(lr->name, lr->lineno, "invalid UTF-8");
		obj = cJSON_ParseWithOpts(line, &end, true);
		if (obj == NULL)
			errx_at(lr->name, lr->lineno,
			    "malformed JSON near byte %zu",
			    error_offset(line, lr->len));
		if (!cJSON_IsObject(obj)) {
			cJSON_Delete(obj);
			errx_at(
			    lr->name, lr->lineno, "line is not a JSON object");
		}
		return obj;
	}
	return NULL;
}

const char *
json_string(const cJSON *obj, const char *key, bool required,
    const struct line_reader *lr)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);

	if (v == NULL || cJSON_IsNull(v)) {
		if (required)
			errx_at(
			    lr->name, lr->lineno, "missing field \"%s\"", key);
		return NULL;
	}
	if (!cJSON_IsString(v))
		errx_at(
		    lr->name, lr->lineno, "field \"%s\" is not a string", key);
	return v->valuestring;
}
