/*
 * idhash: HMAC-SHA256 pseudonyms of user ids (see idhash.h).
 *
 * The key is set once; each id then re-initialises the MAC context with
 * the same key, which OpenSSL does by copying the already keyed state, so
 * hashing ten million ids costs no key schedule at all.  The key buffer is
 * wiped as soon as the context holds it.
 */
#include <sys/types.h>
#include <sys/stat.h>

#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include "etl.h"
#include "idhash.h"

struct idhash {
	EVP_MAC *mac;
	EVP_MAC_CTX *ctx;
};

static size_t read_key(const char *path, unsigned char *key);
_Noreturn static void crypto_fail(const char *what);

static _Noreturn void
crypto_fail(const char *what)
{
	errx(EXIT_DATA, "libcrypto: %s failed", what);
}

/*
 * Read the whole key file into key[IDHASH_KEY_MAX + 1]; return its
 * length.  The file must be a regular file: a FIFO or a device could
 * block or never end.
 */
static size_t
read_key(const char *path, unsigned char *key)
{
	struct stat st;
	size_t len = 0;
	ssize_t n;
	int fd;

	fd = open(path, O_RDONLY | O_NOCTTY | O_NONBLOCK);
	if (fd == -1)
		err(EXIT_DATA, "key file %s", path);
	if (fstat(fd, &st) == -1)
		err(EXIT_DATA, "key file %s", path);
	if (!S_ISREG(st.st_mode))
		errx(EXIT_DATA, "key file %s: not a regular file", path);
	while (len <= IDHASH_KEY_MAX) {
		n = read(fd, key + len, IDHASH_KEY_MAX + 1 - len);
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1)
			err(EXIT_DATA, "key file %s", path);
		if (n == 0)
			break;
		len += (size_t)n;
	}
	close(fd);
	if (len > IDHASH_KEY_MAX) {
		OPENSSL_cleanse(key, IDHASH_KEY_MAX + 1);
		errx(EXIT_DATA, "key file %s: longer than %d bytes", path,
		    IDHASH_KEY_MAX);
	}
	if (len < IDHASH_KEY_MIN) {
		OPENSSL_cleanse(key, IDHASH_KEY_MAX + 1);
		errx(EXIT_DATA, "key file %s: %zu bytes, at least %d needed",
		    path, len, IDHASH_KEY_MIN);
	}
	return len;
}

struct idhash *
idhash_open(const char *keyfile)
{
	unsigned char key[IDHASH_KEY_MAX + 1];
	char digest[] = "SHA256";
	OSSL_PARAM params[2];
	struct idhash *h;
	size_t len;

	if (keyfile == NULL) {
		keyfile = getenv("EXPORT_KEY_FILE");
		if (keyfile == NULL || *keyfile == '\0')
			errx(EXIT_USAGE,
			    "no key: give --key-file FILE or set "
			    "EXPORT_KEY_FILE");
	}
	len = read_key(keyfile, key);
	h = xmalloc(sizeof(*h));
	if ((h->mac = EVP_MAC_fetch(NULL, "HMAC", NULL)) == NULL)
		crypto_fail("fetching HMAC");
	if ((h->ctx = EVP_MAC_CTX_new(h->mac)) == NULL)
		crypto_fail("a MAC context");
	params[0] =
	    OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0);
	params[1] = OSSL_PARAM_construct_end();
	if (!EVP_MAC_init(h->ctx, key, len, params))
		crypto_fail("setting the key");
	OPENSSL_cleanse(key, sizeof(key));
	return h;
}

void
idhash_id(struct idhash *h, const char *id, size_t len, char *out)
{
	static const char hex[] = "0123456789abcdef";
	unsigned char mac[EVP_MAX_MD_SIZE];
	size_t maclen, i;

	if (!EVP_MAC_init(h->ctx, NULL, 0, NULL) ||
	    !EVP_MAC_update(h->ctx, (const unsigned char *)id, len) ||
	    !EVP_MAC_final(h->ctx, mac, &maclen, sizeof(mac)))
		crypto_fail("HMAC-SHA256");
	for (i = 0; i < IDHASH_LEN / 2; i++) {
		out[2 * i] = hex[mac[i] >> 4];
		out[2 * i + 1] = hex[mac[i] & 0xf];
	}
	out[IDHASH_LEN] = '\0';
}

void
idhash_close(struct idhash *h)
{
	if (h == NULL)
		return;
	EVP_MAC_CTX_free(h->ctx);
	EVP_MAC_free(h->mac);
	free(h);
}
