/*
 * idhash: the keyed pseudonym of a user id, shared by hash-ids and
 * assemble-csv.
 *
 * Hashed_ID is the lowercase hexadecimal of HMAC-SHA256(key, id), its
 * first 32 digits.  The key is every byte of a secret file, at least
 * IDHASH_KEY_MIN bytes and at most IDHASH_KEY_MAX, named by --key-file or
 * by the environment variable EXPORT_KEY_FILE.  The key itself never
 * reaches a message.  Programs that use this link with -lcrypto.
 */
#ifndef IDHASH_H
#define IDHASH_H

#include <stddef.h>

#define IDHASH_KEY_MIN 16
#define IDHASH_KEY_MAX 4096
#define IDHASH_LEN 32 /* hex digits of a Hashed_ID */

struct idhash;

/*
 * Read the key from keyfile, or from the file EXPORT_KEY_FILE names when
 * keyfile is NULL.  No key named at all stops the program with status 2;
 * a key file that cannot be read, is not a regular file, or is too short
 * or too long stops it with status 1.
 */
struct idhash *idhash_open(const char *keyfile);
/* Write the IDHASH_LEN hex digits of id[0..len) and a NUL into out. */
void idhash_id(struct idhash *h, const char *id, size_t len, char *out);
void idhash_close(struct idhash *h);

#endif
