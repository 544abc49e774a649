/*
 * pack-zip internals: the entries the list reader and tree walker hand to
 * an archive writer, and the writers' interface.
 *
 * An entry is a directory (its archive path ends in '/'), a regular file
 * (an open descriptor and the size seen when it was opened) or a symbolic
 * link already judged safe (its target stays inside the tree packed).
 * Entries arrive in their final archive order; a writer never reorders.
 */
#ifndef PACK_H
#define PACK_H

#include <sys/types.h>

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum pe_kind { PE_DIR, PE_FILE, PE_LINK };

struct pentry {
	enum pe_kind kind;
	const char *path;   /* archive path, valid UTF-8; dirs end in '/' */
	const char *src;    /* source path, for messages */
	int64_t mtime;	    /* seconds since the epoch, not yet clamped */
	unsigned mode;	    /* permission bits: 0644, 0755 or 0777 */
	int fd;		    /* PE_FILE: open for reading; the writer closes */
	uint64_t size;	    /* PE_FILE: size when opened */
	const char *target; /* PE_LINK: the link's text */
};

/* Options every writer sees. */
struct pack_opts {
	int level;    /* compression level; 0 means the format's default */
	int nthreads; /* worker threads, at least 1 */
};

/* The zip writer (zip.c). */
void zip_start(const struct pack_opts *o);
void zip_put(const struct pentry *e);
void zip_finish(void);

/* The tar.zst writer (tarzst.c). */
void tarzst_start(const struct pack_opts *o);
void tarzst_put(const struct pentry *e);
void tarzst_finish(void);

/* Names, times and links (names.c). */
const char *apath_problem(const char *p);
char *name_escape(const char *name, bool *changed);
char *backslash_escape(char *name, bool *changed);
enum link_verdict { LINK_INSIDE, LINK_OUTSIDE, LINK_LOOP };
enum link_verdict link_resolve(
    int rootfd, const char *parent, const char *target);
int64_t zip_clamp_time(int64_t t);
int64_t ut_clamp_time(int64_t t);
void dos_datetime(int64_t t, uint16_t *dtime, uint16_t *ddate);
bool stored_by_name(const char *name);
unsigned norm_mode(mode_t m);

/*
 * Full-length reads and writes: read_full() returns the bytes read (short
 * only at end of file) or -1 with errno set.
 */
ssize_t read_full(int fd, void *buf, size_t n);

#endif
