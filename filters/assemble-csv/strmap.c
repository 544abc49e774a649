/*
 * strmap: byte strings to indices, open addressing with linear probing,
 * kept at most half full.  Keys are copied; FNV-1a hashes them.
 */
#include <stdlib.h>
#include <string.h>

#include "assemble.h"

struct strmap_slot {
	char *key; /* NULL: empty */
	size_t len;
	uint64_t hash;
	size_t val;
};

static uint64_t
hash_bytes(const char *s, size_t len)
{
	uint64_t h = UINT64_C(14695981039346656037);
	size_t i;

	for (i = 0; i < len; i++) {
		h ^= (unsigned char)s[i];
		h *= UINT64_C(1099511628211);
	}
	return h;
}

void
strmap_init(struct strmap *m)
{
	m->slot = NULL;
	m->cap = 0;
	m->n = 0;
}

static struct strmap_slot *
find_slot(const struct strmap *m, const char *key, size_t len, uint64_t h)
{
	size_t i = (size_t)h & (m->cap - 1);
	struct strmap_slot *s;

	for (;; i = (i + 1) & (m->cap - 1)) {
		s = &m->slot[i];
		if (s->key == NULL ||
		    (s->hash == h && s->len == len &&
			memcmp(s->key, key, len) == 0))
			return s;
	}
}

static void
grow(struct strmap *m)
{
	struct strmap_slot *old = m->slot, *s;
	size_t oldcap = m->cap, i;

	m->cap = oldcap ? oldcap * 2 : 64;
	m->slot = xcalloc(m->cap, sizeof(*m->slot));
	for (i = 0; i < oldcap; i++) {
		if (old[i].key == NULL)
			continue;
		s = find_slot(m, old[i].key, old[i].len, old[i].hash);
		*s = old[i];
	}
	free(old);
}

bool
strmap_add(struct strmap *m, const char *key, size_t len, size_t val)
{
	uint64_t h = hash_bytes(key, len);
	struct strmap_slot *s;

	if (2 * (m->n + 1) > m->cap)
		grow(m);
	s = find_slot(m, key, len, h);
	if (s->key != NULL)
		return false;
	s->key = xmalloc(len + 1);
	memcpy(s->key, key, len);
	s->key[len] = '\0';
	s->len = len;
	s->hash = h;
	s->val = val;
	m->n++;
	return true;
}

size_t
strmap_get(const struct strmap *m, const char *key, size_t len)
{
	const struct strmap_slot *s;

	if (m->cap == 0)
		return STRMAP_NONE;
	s = find_slot(m, key, len, hash_bytes(key, len));
	return s->key != NULL ? s->val : STRMAP_NONE;
}

void
strmap_free(struct strmap *m)
{
	size_t i;

	for (i = 0; i < m->cap; i++)
		free(m->slot[i].key);
	free(m->slot);
	strmap_init(m);
}
