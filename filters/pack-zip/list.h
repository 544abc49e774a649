/*
 * The entry list reader and tree walker of pack-zip (list.c): reads the
 * list, sorts it, walks the trees it names and hands every entry, in
 * archive order, to put.
 */
#ifndef LIST_H
#define LIST_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "pack.h"

struct list_opts {
	bool kflag;  /* skip unreadable files instead of stopping */
	bool nflag;  /* listed files carry now instead of their own time */
	int64_t now; /* the time of listed directories and made parents */
	void (*put)(const struct pentry *e);
	bool zip; /* a backslash in a name is stored as "%5C" */
};

/* Pack the list read from fp; returns the number of files skipped. */
unsigned long pack_list(FILE *fp, const char *name, const struct list_opts *o);

#endif
