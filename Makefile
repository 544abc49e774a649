# course-exports: build, test, demo, bench, lint and install.
#
# Every folder filters/NAME holding NAME.c is a filter: its other .c files
# are linked into it, test_*.c are its unit tests, NAME.1 its man page, and
# an optional build.mk names the libraries it links (NAME_PKGS for
# pkg-config, NAME_LDLIBS for the rest).  filters/libetl is the library
# they share.  `make check SANITIZE=address,undefined` builds into a
# separate folder with the sanitizers on.

PREFIX ?= /usr/local
BINDIR = $(PREFIX)/bin
DATADIR = $(PREFIX)/share/course-exports
MANDIR = $(PREFIX)/share/man/man1

CC ?= cc
CFLAGS ?= -O2 -g
WARN = -std=c11 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -Wpedantic -Wshadow \
	-Wstrict-prototypes -Wmissing-prototypes -Wformat=2 -Wvla \
	-Wwrite-strings -Werror
SANITIZE ?=
ifneq ($(SANITIZE),)
SANFLAGS = -fsanitize=$(SANITIZE) -fno-sanitize-recover=all \
	-fno-omit-frame-pointer
O = build/san
else
SANFLAGS =
O = build/rel
endif

BASE_PKGS = libcjson
ALL_CFLAGS = $(WARN) $(CFLAGS) $(SANFLAGS) -Ifilters/libetl \
	$(shell pkg-config --cflags $(BASE_PKGS))
BASE_LDLIBS = $(shell pkg-config --libs $(BASE_PKGS)) -lcsv -lm

FILTERS := $(foreach d,$(wildcard filters/*),\
	$(if $(wildcard $(d)/$(notdir $(d)).c),$(notdir $(d))))
-include $(wildcard filters/*/build.mk)

BINS := $(addprefix $(O)/bin/,$(FILTERS))
LIBETL_SRCS := $(filter-out filters/libetl/test_%.c,\
	$(wildcard filters/libetl/*.c))
LIBETL := $(O)/libetl.a
UNITS :=

all: $(BINS)

$(O)/obj/%.o: filters/%.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(EXTRA_CFLAGS) -MMD -MP -c -o $@ $<

$(LIBETL): $(patsubst filters/%.c,$(O)/obj/%.o,$(LIBETL_SRCS))
	@rm -f $@
	$(AR) rcs $@ $^

# One filter: its objects, its binary and its unit tests.
define filter_rules
$(1)_SRCS := $$(filter-out filters/$(1)/test_%.c,$$(wildcard filters/$(1)/*.c))
$(1)_OBJS := $$(patsubst filters/%.c,$(O)/obj/%.o,$$($(1)_SRCS))
$(1)_LIBS := $$(if $$($(1)_PKGS),$$(shell pkg-config --libs $$($(1)_PKGS)))
$$($(1)_OBJS): EXTRA_CFLAGS := $$(if $$($(1)_PKGS),\
	$$(shell pkg-config --cflags $$($(1)_PKGS)))
$(O)/bin/$(1): $$($(1)_OBJS) $(LIBETL)
	@mkdir -p $$(@D)
	$$(CC) $$(CFLAGS) $$(SANFLAGS) -o $$@ $$^ $$($(1)_LIBS) \
	    $$($(1)_LDLIBS) $$(BASE_LDLIBS)
$(1)_TESTS := $$(wildcard filters/$(1)/test_*.c)
$(O)/obj/$(1)/test_%.o: EXTRA_CFLAGS := $$(if $$($(1)_PKGS),\
	$$(shell pkg-config --cflags $$($(1)_PKGS))) -Ifilters/$(1)
$(O)/unit/$(1)-test_%: $(O)/obj/$(1)/test_%.o \
    $$(filter-out $(O)/obj/$(1)/$(1).o,$$($(1)_OBJS)) $(LIBETL)
	@mkdir -p $$(@D)
	$$(CC) $$(CFLAGS) $$(SANFLAGS) -o $$@ $$^ $$($(1)_LIBS) \
	    $$($(1)_LDLIBS) $$(BASE_LDLIBS)
UNITS += $$(patsubst filters/$(1)/test_%.c,$(O)/unit/$(1)-test_%,\
	$$($(1)_TESTS))
endef
$(foreach f,$(FILTERS),$(eval $(call filter_rules,$(f))))

# The library's own unit tests.
LIBETL_TESTS := $(wildcard filters/libetl/test_*.c)
$(O)/unit/libetl-test_%: $(O)/obj/libetl/test_%.o $(LIBETL)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(SANFLAGS) -o $@ $^ $(BASE_LDLIBS)
UNITS += $(patsubst filters/libetl/test_%.c,$(O)/unit/libetl-test_%,\
	$(LIBETL_TESTS))

-include $(shell find build -name '*.d' 2>/dev/null)

deps:
	@deps/install

units: $(UNITS)

# TESTS=tests/NAME limits the run to one folder; UPDATE=1 rewrites the
# expected files of the cases run; SLOW=1 adds the slow cases.
check: deps all units
	@BIN=$(CURDIR)/$(O)/bin UNIT=$(CURDIR)/$(O)/unit \
	    UPDATE=$(UPDATE) SLOW=$(SLOW) tests/run $(TESTS)

# The slower cases too (Zip64, scale: about ten minutes more).
check-slow:
	@$(MAKE) --no-print-directory check SLOW=1

demo: deps all
	@BIN=$(CURDIR)/$(O)/bin fixtures/demo

bench: deps all
	@BIN=$(CURDIR)/$(O)/bin bench/run $(BENCH)

LINT_C = $(shell find filters -name '*.c' -o -name '*.h' | sort)
LINT_SH = $(shell grep -rlE '^\#!.*(ba)?sh' pipelines tests bench deps \
	fixtures .ci 2>/dev/null | grep -v '\.std' | sort)
# The Annex K check is left out: it asks for snprintf_s, which glibc lacks.
# Recursion is allowed: the guide walker and the renderer recurse over
# trees whose depth they bound.
TIDY_CHECKS = bugprone-*,-bugprone-easily-swappable-parameters,cert-err34-c,clang-analyzer-*,-clang-analyzer-security.insecureAPI.DeprecatedOrUnsafeBufferHandling,misc-*,portability-*,-misc-no-recursion
# Feature-test macros are reserved names that a program is meant to define.
TIDY_CONFIG = {CheckOptions: [{key: bugprone-reserved-identifier.AllowedIdentifiers, value: "_GNU_SOURCE;_DEFAULT_SOURCE;_XOPEN_SOURCE;_FILE_OFFSET_BITS"}]}

# One file a run: clang-tidy 14 reports a false va_list error when it is
# given several files at once.
lint: format-check
	printf '%s\n' $(filter %.c,$(LINT_C)) | xargs -I{} -P $$(nproc) \
	    clang-tidy --quiet --checks='-*,$(TIDY_CHECKS)' \
	    --warnings-as-errors='*' --config='$(TIDY_CONFIG)' {} -- \
	    $(WARN) -Ifilters/libetl $(foreach f,$(FILTERS),-Ifilters/$(f)) \
	    $(shell pkg-config --cflags $(BASE_PKGS) \
	    $(foreach f,$(FILTERS),$($(f)_PKGS)))
	shellcheck $(LINT_SH)

format-check:
	clang-format --dry-run --Werror $(LINT_C)

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR) $(DESTDIR)$(DATADIR)
	install -m 755 $(BINS) $(DESTDIR)$(BINDIR)
	for p in pipelines/*; do \
	    if [ -f "$$p" ] && [ -x "$$p" ]; then \
	    install -m 755 "$$p" $(DESTDIR)$(BINDIR); \
	    elif [ -f "$$p" ] && [ "$${p%.1}" = "$$p" ]; then \
	    install -m 644 "$$p" $(DESTDIR)$(DATADIR); fi; done
	install -m 644 $(wildcard filters/*/*.1 pipelines/*.1) \
	    $(DESTDIR)$(MANDIR)

clean:
	rm -rf build out

# Keep the unit tests' objects: make would delete them as intermediates,
# and say so after the test count.
.SECONDARY:

.PHONY: all deps units check check-slow demo bench lint format-check \
	install clean
