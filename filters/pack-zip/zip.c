/*
 * The zip writer of pack-zip: entries in archive order in, a zip on
 * stdout.
 *
 * Files up to INMEM_MAX bytes are read whole and deflated by libdeflate
 * in worker threads, several at once, and written back in the order they
 * came: the output does not depend on the number of threads.  A file that
 * does not shrink, or whose name says it is compressed already, is
 * stored.  Larger files are streamed through zlib (or stored, read twice:
 * once for the CRC, once to copy) so memory stays flat.
 *
 * Every entry carries the UTF-8 flag, Unix mode bits (0644, 0755, or 0777
 * for a link) and no owner; its MS-DOS time is the UTC time clamped to
 * 1980..2107, and an extended-timestamp field repeats it to the second,
 * clamped to that field's signed 32-bit range (1901..2038).
 * Zip64 fields appear only where a size, an offset or the entry count
 * does not fit the classic fields.  The central directory goes to a
 * temporary file until the end, so memory does not grow with the count.
 */
#include <sys/types.h>

#include <err.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libdeflate.h>
#include <zlib.h>

#include "etl.h"
#include "pack.h"

#define INMEM_MAX (4u << 20) /* larger files are streamed */
#define STREAM_BUF (1u << 20)
#define U32_FULL 0xffffffffULL
#define U16_FULL 0xffffu

#define SIG_LOCAL 0x04034b50u
#define SIG_CENTRAL 0x02014b50u
#define SIG_DESC 0x08074b50u
#define SIG_END64 0x06064b50u
#define SIG_LOC64 0x07064b50u
#define SIG_END 0x06054b50u

#define FLAG_DESC 0x0008u /* sizes and CRC follow the data */
#define FLAG_UTF8 0x0800u
#define MADE_BY_UNIX 0x0300u

/* One entry on its way through the workers. */
struct slot {
	enum pe_kind kind;
	char *path;
	int64_t mtime;
	unsigned mode;
	unsigned char *in, *out;
	size_t in_cap, out_cap, in_len, out_len;
	bool deflate; /* try deflate (else store) */
	bool done;
	int method;
	uint32_t crc;
};

static int level;
static size_t nslot;
static struct slot *slots;
static size_t nfilled, nstarted, nwritten;
static bool quitting;
static pthread_t *workers;
static int nworkers;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv_job = PTHREAD_COND_INITIALIZER;
static pthread_cond_t cv_done = PTHREAD_COND_INITIALIZER;

static uint64_t off;   /* bytes written to stdout */
static FILE *cd;       /* the central directory, until the end */
static uint64_t ncd;   /* its records */
static uint64_t cdlen; /* its bytes */

static unsigned char *
put16(unsigned char *p, unsigned v)
{
	p[0] = (unsigned char)v;
	p[1] = (unsigned char)(v >> 8);
	return p + 2;
}

static unsigned char *
put32(unsigned char *p, uint64_t v)
{
	put16(p, (unsigned)(v & 0xffff));
	put16(p + 2, (unsigned)(v >> 16 & 0xffff));
	return p + 4;
}

static unsigned char *
put64(unsigned char *p, uint64_t v)
{
	put32(p, v & U32_FULL);
	put32(p + 4, v >> 32);
	return p + 8;
}

static void
out_write(const void *p, size_t n)
{
	if (n > 0 && fwrite(p, 1, n, stdout) != n)
		err(EXIT_DATA, "<stdout>");
	off += n;
}

static void
do_job(struct slot *s, struct libdeflate_compressor *c)
{
	s->crc = (uint32_t)libdeflate_crc32(0, s->in, s->in_len);
	s->method = 0;
	if (!s->deflate)
		return;
	/* Output that would not be smaller does not fit: it is stored. */
	if (s->in_len > s->out_cap) {
		s->out = xrealloc(s->out, s->in_len);
		s->out_cap = s->in_len;
	}
	s->out_len = libdeflate_deflate_compress(
	    c, s->in, s->in_len, s->out, s->in_len - 1);
	if (s->out_len > 0 && s->out_len < s->in_len)
		s->method = 8;
}

static void *
worker(void *arg)
{
	struct libdeflate_compressor *c = libdeflate_alloc_compressor(level);

	(void)arg;
	if (c == NULL)
		errx(EXIT_DATA, "cannot make a deflate compressor");
	pthread_mutex_lock(&mu);
	for (;;) {
		struct slot *s;

		while (nstarted == nfilled && !quitting)
			pthread_cond_wait(&cv_job, &mu);
		if (nstarted == nfilled)
			break;
		s = &slots[nstarted++ % nslot];
		pthread_mutex_unlock(&mu);
		do_job(s, c);
		pthread_mutex_lock(&mu);
		s->done = true;
		pthread_cond_broadcast(&cv_done);
	}
	pthread_mutex_unlock(&mu);
	libdeflate_free_compressor(c);
	return NULL;
}

static uint32_t
ext_attr(enum pe_kind k, unsigned mode)
{
	switch (k) {
	case PE_DIR:
		return (uint32_t)(0040000u | mode) << 16 | 0x10;
	case PE_LINK:
		return (uint32_t)(0120000u | mode) << 16;
	case PE_FILE:
		break;
	}
	return (uint32_t)(0100000u | mode) << 16;
}

/* The extended-timestamp field: tag, size, flags, modification time. */
static unsigned char *
put_ut(unsigned char *p, int64_t t)
{
	p = put16(p, 0x5455);
	p = put16(p, 5);
	*p++ = 1;
	return put32(p, (uint32_t)(int32_t)ut_clamp_time(t));
}

/*
 * Write a local header.  zip64 asks for the Zip64 field, which then holds
 * usize and csize (zeros when they follow in a data descriptor).
 */
static void
local_header(const char *path, int64_t mtime, unsigned flags, int method,
    uint32_t crc, uint64_t csize, uint64_t usize, bool zip64)
{
	unsigned char h[30 + 9 + 20], *p = h;
	size_t nlen = strlen(path);
	uint16_t dt, dd;

	if (nlen > U16_FULL)
		errx(EXIT_DATA, "%s: archive path too long", path);
	dos_datetime(mtime, &dt, &dd);
	p = put32(p, SIG_LOCAL);
	p = put16(p, zip64 ? 45 : 20);
	p = put16(p, flags);
	p = put16(p, (unsigned)method);
	p = put16(p, dt);
	p = put16(p, dd);
	p = put32(p, crc);
	p = put32(p, zip64 ? U32_FULL : csize);
	p = put32(p, zip64 ? U32_FULL : usize);
	p = put16(p, (unsigned)nlen);
	(void)put16(p, zip64 ? 9 + 20 : 9);
	out_write(h, 30);
	out_write(path, nlen);
	p = put_ut(h, mtime);
	if (zip64) {
		p = put16(p, 0x0001);
		p = put16(p, 16);
		p = put64(p, usize);
		p = put64(p, csize);
	}
	out_write(h, (size_t)(p - h));
}

/* Append the entry's central directory record to the spill file. */
static void
central_record(const char *path, int64_t mtime, unsigned flags, int method,
    uint32_t crc, uint64_t csize, uint64_t usize, uint64_t lho, uint32_t attr)
{
	unsigned char h[46 + 9 + 28], x[28], *p = h, *q = x + 4;
	size_t nlen = strlen(path), xlen;
	uint16_t dt, dd;

	if (usize >= U32_FULL)
		q = put64(q, usize);
	if (csize >= U32_FULL)
		q = put64(q, csize);
	if (lho >= U32_FULL)
		q = put64(q, lho);
	xlen = (size_t)(q - x);
	dos_datetime(mtime, &dt, &dd);
	p = put32(p, SIG_CENTRAL);
	p = put16(p, MADE_BY_UNIX | (xlen > 4 ? 45 : 20));
	p = put16(p, xlen > 4 ? 45 : 20);
	p = put16(p, flags);
	p = put16(p, (unsigned)method);
	p = put16(p, dt);
	p = put16(p, dd);
	p = put32(p, crc);
	p = put32(p, csize >= U32_FULL ? U32_FULL : csize);
	p = put32(p, usize >= U32_FULL ? U32_FULL : usize);
	p = put16(p, (unsigned)nlen);
	p = put16(p, (unsigned)(9 + (xlen > 4 ? xlen : 0)));
	p = put16(p, 0); /* comment */
	p = put16(p, 0); /* disk */
	p = put16(p, 0); /* internal attributes */
	p = put32(p, attr);
	(void)put32(p, lho >= U32_FULL ? U32_FULL : lho);
	if (fwrite(h, 1, 46, cd) != 46 || fwrite(path, 1, nlen, cd) != nlen)
		err(EXIT_DATA, "central directory");
	p = put_ut(h, mtime);
	if (xlen > 4) {
		put16(x, 0x0001);
		put16(x + 2, (unsigned)(xlen - 4));
		memcpy(p, x, xlen);
		p += xlen;
	}
	if (fwrite(h, 1, (size_t)(p - h), cd) != (size_t)(p - h))
		err(EXIT_DATA, "central directory");
	ncd++;
	cdlen += 46 + nlen + (size_t)(p - h);
}

static void
write_slot(struct slot *s)
{
	uint64_t lho = off;
	const unsigned char *data = s->method == 8 ? s->out : s->in;
	size_t clen = s->method == 8 ? s->out_len : s->in_len;

	local_header(s->path, s->mtime, FLAG_UTF8, s->method, s->crc, clen,
	    s->in_len, false);
	out_write(data, clen);
	central_record(s->path, s->mtime, FLAG_UTF8, s->method, s->crc, clen,
	    s->in_len, lho, ext_attr(s->kind, s->mode));
}

static void
write_next(void)
{
	struct slot *s = &slots[nwritten % nslot];

	pthread_mutex_lock(&mu);
	while (!s->done)
		pthread_cond_wait(&cv_done, &mu);
	pthread_mutex_unlock(&mu);
	write_slot(s);
	free(s->path);
	s->path = NULL;
	nwritten++;
}

static void
drain(void)
{
	while (nwritten < nfilled)
		write_next();
}

static struct slot *
take_slot(const struct pentry *e)
{
	struct slot *s;

	if (nfilled - nwritten == nslot)
		write_next();
	s = &slots[nfilled % nslot];
	s->kind = e->kind;
	s->path = xstrdup(e->path);
	s->mtime = e->mtime;
	s->mode = e->mode;
	s->in_len = 0;
	s->deflate = false;
	return s;
}

static void
publish(struct slot *s)
{
	pthread_mutex_lock(&mu);
	s->done = false;
	nfilled++;
	pthread_cond_signal(&cv_job);
	pthread_mutex_unlock(&mu);
}

static void
grow_in(struct slot *s, size_t n)
{
	if (n > s->in_cap) {
		s->in = xrealloc(s->in, n);
		s->in_cap = n;
	}
}

/* Read a small file whole: one byte more than its size shows growth. */
static void
read_small(struct slot *s, const struct pentry *e)
{
	ssize_t n;

	grow_in(s, (size_t)e->size + 1);
	n = read_full(e->fd, s->in, (size_t)e->size + 1);
	if (n < 0)
		err(EXIT_DATA, "%s", e->src);
	if ((uint64_t)n != e->size)
		errx(EXIT_DATA, "%s: file changed size while read", e->src);
	s->in_len = (size_t)n;
	s->deflate = n > 0 && !stored_by_name(e->path);
}

/* Copy or checksum a large file in blocks; returns its CRC. */
static uint32_t
pass_large(const struct pentry *e, unsigned char *buf, bool copy)
{
	uint64_t total = 0;
	uLong crc = crc32(0, Z_NULL, 0);
	ssize_t n;

	while ((n = read_full(e->fd, buf, STREAM_BUF)) > 0) {
		crc = crc32(crc, buf, (uInt)n);
		total += (uint64_t)n;
		if (copy)
			out_write(buf, (size_t)n);
		if ((size_t)n < STREAM_BUF)
			break;
	}
	if (n < 0)
		err(EXIT_DATA, "%s", e->src);
	if (total != e->size)
		errx(EXIT_DATA, "%s: file changed size while read", e->src);
	return (uint32_t)crc;
}

static void
store_large(const struct pentry *e, unsigned char *buf)
{
	uint64_t lho = off;
	uint32_t crc = pass_large(e, buf, false);
	bool z64 = e->size >= U32_FULL;

	if (lseek(e->fd, 0, SEEK_SET) != 0)
		err(EXIT_DATA, "%s", e->src);
	local_header(
	    e->path, e->mtime, FLAG_UTF8, 0, crc, e->size, e->size, z64);
	if (pass_large(e, buf, true) != crc)
		errx(EXIT_DATA, "%s: file changed while read", e->src);
	central_record(e->path, e->mtime, FLAG_UTF8, 0, crc, e->size, e->size,
	    lho, ext_attr(PE_FILE, e->mode));
}

static void
deflate_large(const struct pentry *e, unsigned char *buf)
{
	unsigned char *zbuf = xmalloc(STREAM_BUF), d[24], *p = d;
	uint64_t lho = off, total = 0, csize = 0;
	uLong crc = crc32(0, Z_NULL, 0);
	unsigned flags = FLAG_UTF8 | FLAG_DESC;
	z_stream z;
	bool z64;
	int zr = Z_OK, zl = level > 9 ? 9 : level;
	ssize_t n;

	memset(&z, 0, sizeof(z));
	if (deflateInit2(&z, zl, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) !=
	    Z_OK)
		errx(EXIT_DATA, "cannot start zlib");
	/* Zip64 when the sizes could pass 4 GiB: they follow the data. */
	z64 =
	    deflateBound(&z, (uLong)e->size) >= U32_FULL || e->size >= U32_FULL;
	local_header(e->path, e->mtime, flags, 8, 0, 0, 0, z64);
	do {
		n = read_full(e->fd, buf, STREAM_BUF);
		if (n < 0)
			err(EXIT_DATA, "%s", e->src);
		crc = crc32(crc, buf, (uInt)n);
		total += (uint64_t)n;
		z.next_in = buf;
		z.avail_in = (uInt)n;
		do {
			z.next_out = zbuf;
			z.avail_out = STREAM_BUF;
			zr = deflate(&z, n > 0 ? Z_NO_FLUSH : Z_FINISH);
			out_write(zbuf, STREAM_BUF - z.avail_out);
			csize += STREAM_BUF - z.avail_out;
		} while (z.avail_out == 0);
	} while (n > 0);
	if (zr != Z_STREAM_END || total != e->size)
		errx(EXIT_DATA, "%s: file changed size while read", e->src);
	deflateEnd(&z);
	free(zbuf);
	p = put32(p, SIG_DESC);
	p = put32(p, crc);
	p = z64 ? put64(p, csize) : put32(p, csize);
	p = z64 ? put64(p, total) : put32(p, total);
	out_write(d, (size_t)(p - d));
	central_record(e->path, e->mtime, flags, 8, (uint32_t)crc, csize, total,
	    lho, ext_attr(PE_FILE, e->mode));
}

void
zip_start(const struct pack_opts *o)
{
	int i;

	level = o->level > 0 ? o->level : 6;
	nworkers = o->nthreads;
	nslot = 2 * (size_t)nworkers + 2;
	slots = xcalloc(nslot, sizeof(*slots));
	workers = xcalloc((size_t)nworkers, sizeof(*workers));
	if ((cd = tmpfile()) == NULL)
		err(EXIT_DATA, "temporary file");
	for (i = 0; i < nworkers; i++)
		if ((errno = pthread_create(&workers[i], NULL, worker, NULL)) !=
		    0)
			err(EXIT_DATA, "thread");
}

void
zip_put(const struct pentry *e)
{
	struct slot *s;

	if (e->kind == PE_FILE && e->size > INMEM_MAX) {
		unsigned char *buf = xmalloc(STREAM_BUF);

		drain();
		if (stored_by_name(e->path))
			store_large(e, buf);
		else
			deflate_large(e, buf);
		free(buf);
		close(e->fd);
		return;
	}
	s = take_slot(e);
	if (e->kind == PE_FILE) {
		read_small(s, e);
		close(e->fd);
	} else if (e->kind == PE_LINK) {
		s->in_len = strlen(e->target);
		grow_in(s, s->in_len);
		memcpy(s->in, e->target, s->in_len);
	}
	publish(s);
}

static void
end_records(void)
{
	unsigned char h[56 + 20 + 22], *p = h;
	uint64_t cdoff = off - cdlen;
	bool z64 = ncd >= U16_FULL || cdlen >= U32_FULL || cdoff >= U32_FULL;

	if (z64) {
		uint64_t at = off;

		p = put32(p, SIG_END64);
		p = put64(p, 44);
		p = put16(p, MADE_BY_UNIX | 45);
		p = put16(p, 45);
		p = put32(p, 0);
		p = put32(p, 0);
		p = put64(p, ncd);
		p = put64(p, ncd);
		p = put64(p, cdlen);
		p = put64(p, cdoff);
		p = put32(p, SIG_LOC64);
		p = put32(p, 0);
		p = put64(p, at);
		p = put32(p, 1);
	}
	p = put32(p, SIG_END);
	p = put16(p, 0);
	p = put16(p, 0);
	p = put16(p, ncd >= U16_FULL ? U16_FULL : (unsigned)ncd);
	p = put16(p, ncd >= U16_FULL ? U16_FULL : (unsigned)ncd);
	p = put32(p, cdlen >= U32_FULL ? U32_FULL : cdlen);
	p = put32(p, cdoff >= U32_FULL ? U32_FULL : cdoff);
	p = put16(p, 0);
	out_write(h, (size_t)(p - h));
}

void
zip_finish(void)
{
	unsigned char *buf;
	size_t n, i;
	int t;

	drain();
	pthread_mutex_lock(&mu);
	quitting = true;
	pthread_cond_broadcast(&cv_job);
	pthread_mutex_unlock(&mu);
	for (t = 0; t < nworkers; t++)
		pthread_join(workers[t], NULL);
	if (fflush(cd) != 0 || fseek(cd, 0, SEEK_SET) != 0)
		err(EXIT_DATA, "central directory");
	buf = xmalloc(STREAM_BUF);
	while ((n = fread(buf, 1, STREAM_BUF, cd)) > 0)
		out_write(buf, n);
	if (ferror(cd))
		err(EXIT_DATA, "central directory");
	fclose(cd);
	free(buf);
	end_records();
	for (i = 0; i < nslot; i++) {
		free(slots[i].in);
		free(slots[i].out);
	}
	free(slots);
	free(workers);
}
