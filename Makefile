# supportd -- a mail-native helpdesk.
#
#   make          build supportd and supportctl
#   make check    install what is missing (Debian, as root), build, run every test
#   make demo     throwaway Dovecot + OpenSMTPD on loopback, sample mail, cases
#   make bench    speed and memory, each row against its baseline measured in the same round
#   make install  binaries, man pages, examples, unit; the example config
#                 only where there is none (PREFIX, DESTDIR, SYSCONFDIR)
#   make package  the Debian package, in build/pkg/
#   make interop  Cyrus and Courier in debootstrap chroots (root; not in check)
#   make soak     the long forms: the crash test (2,000 messages, 50 SIGKILLs)
#                 and two daemons on one PostgreSQL desk (2,000 mails)
#
PREFIX	?= /usr/local
SYSCONFDIR ?= /etc
STATEDIR ?= /var/lib/supportd
UNITDIR	?= $(PREFIX)/lib/systemd/system
# The one place the version is written; debian/changelog must agree.
VERSION	:= $(shell cat VERSION)
CC	?= cc
CFLAGS	?= -O2 -g
PKGS	 = libetpan libcurl libpcre2-8 sqlite3 libpq libxml-2.0 gnutls
PKGCFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKGLIBS	  := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
WARN	 = -std=gnu11 -Wall -Wextra -Werror -Wshadow -Wpointer-arith \
	   -Wmissing-prototypes -Wno-unused-parameter
ALLCFLAGS = $(WARN) -D_GNU_SOURCE -Idaemon $(PKGCFLAGS) $(CPPFLAGS) $(CFLAGS) \
	   -DSUPPORTD_VERSION='"$(VERSION)"' \
	   -DSUPPORTD_CONF='"$(SYSCONFDIR)/supportd/supportd.conf"'
LIBS	 = $(PKGLIBS) -lunistring
SAN	 = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined

MAINS	 = daemon/supportd.c daemon/supportctl.c
LIBSRCS	 = $(filter-out $(MAINS),$(sort $(wildcard daemon/*.c)))
LIBOBJS	 = $(LIBSRCS:daemon/%.c=build/obj/%.o)
ASANOBJS = $(LIBSRCS:daemon/%.c=build/asan/%.o)
UNITSRCS = $(sort $(wildcard tests/unit/test_*.c))
UNITS	 = $(UNITSRCS:tests/unit/%.c=build/tests/%)
ASANUNITS = $(UNITSRCS:tests/unit/%.c=build/asan/tests/%)
# The threaded parts (workq.c and what runs on its threads) under
# ThreadSanitizer: the unit test of the loop, and supportctl ingesting a
# corpus on worker threads (tests/tsan_ingest.sh).
TSAN	 = -fsanitize=thread -fno-omit-frame-pointer
TSANOBJS = $(LIBSRCS:daemon/%.c=build/tsan/%.o)
TSANS	 = build/tsan/supportctl build/tsan/tests/test_workq
# Drivers that the shell suites (tests/t_*.sh) run against real servers.
INTEGSRCS = $(sort $(wildcard tests/integration/*.c))
INTEGS	 = $(INTEGSRCS:tests/integration/%.c=build/tests/%)
FUZZSRCS = $(sort $(wildcard tests/fuzz/fuzz_*.c))
FUZZERS	 = $(FUZZSRCS:tests/fuzz/%.c=build/fuzz/%)
FUZZ_SECONDS ?= 15

.PHONY: all deps check check-build unit integration asan tsan fuzz banned demo bench soak interop install package clean

all: supportd supportctl

build/obj/%.o: daemon/%.c daemon/*.h
	@mkdir -p $(@D)
	@echo "CC $<"; $(CC) $(ALLCFLAGS) -c -o $@ $<

build/asan/%.o: daemon/%.c daemon/*.h
	@mkdir -p $(@D)
	@echo "CC $< (asan)"; $(CC) $(ALLCFLAGS) $(SAN) -O1 -c -o $@ $<

build/tsan/%.o: daemon/%.c daemon/*.h VERSION
	@mkdir -p $(@D)
	@echo "CC $< (tsan)"; $(CC) $(ALLCFLAGS) $(TSAN) -O1 -c -o $@ $<

build/tsan/libsupport.a: $(TSANOBJS)
	@rm -f $@; ar rcs $@ $(TSANOBJS)

build/tsan/supportctl: build/tsan/supportctl.o build/tsan/libsupport.a
	@echo "LD $@"; $(CC) $(CFLAGS) $(TSAN) $(LDFLAGS) -o $@ build/tsan/supportctl.o build/tsan/libsupport.a $(LIBS)

build/tsan/tests/%: tests/unit/%.c tests/unit/test.h build/tsan/libsupport.a
	@mkdir -p $(@D)
	@echo "CC $< (tsan)"; $(CC) $(ALLCFLAGS) $(TSAN) -O1 -Itests/unit -o $@ $< build/tsan/libsupport.a $(LIBS)

build/obj/supportd.o build/obj/supportctl.o: VERSION

build/libsupport.a: $(LIBOBJS)
	@rm -f $@; ar rcs $@ $(LIBOBJS)

build/asan/libsupport.a: $(ASANOBJS)
	@rm -f $@; ar rcs $@ $(ASANOBJS)

supportd: build/obj/supportd.o build/libsupport.a
	@echo "LD $@"; $(CC) $(CFLAGS) $(LDFLAGS) -o $@ build/obj/supportd.o build/libsupport.a $(LIBS)

supportctl: build/obj/supportctl.o build/libsupport.a
	@echo "LD $@"; $(CC) $(CFLAGS) $(LDFLAGS) -o $@ build/obj/supportctl.o build/libsupport.a $(LIBS)

build/tests/%: tests/unit/%.c tests/unit/test.h tests/unit/test_pg.h build/libsupport.a
	@mkdir -p $(@D)
	@echo "CC $<"; $(CC) $(ALLCFLAGS) -Itests/unit -o $@ $< build/libsupport.a $(LIBS)

# Any tests/integration/NAME.c is a driver: build/tests/NAME, unit-test flags.
build/tests/%: tests/integration/%.c build/libsupport.a
	@mkdir -p $(@D)
	@echo "CC $<"; $(CC) $(ALLCFLAGS) -o $@ $< build/libsupport.a $(LIBS)

build/asan/tests/%: tests/unit/%.c tests/unit/test.h tests/unit/test_pg.h build/asan/libsupport.a
	@mkdir -p $(@D)
	@echo "CC $< (asan)"; $(CC) $(ALLCFLAGS) $(SAN) -O1 -Itests/unit -o $@ $< build/asan/libsupport.a $(LIBS)

# Fuzzing: the library once with coverage and sanitizers, then each target.
# libetpan's pkg-config adds a gcc-only -specs that clang refuses.
FUZZFLAGS = $(WARN) -D_GNU_SOURCE -Idaemon $(PKGCFLAGS) -g -O1
FUZZOBJS = $(LIBSRCS:daemon/%.c=build/fuzz/obj/%.o)

build/fuzz/obj/%.o: daemon/%.c daemon/*.h
	@mkdir -p $(@D)
	@echo "CC $< (fuzz)"; clang $(FUZZFLAGS) \
	    -fsanitize=fuzzer-no-link,address,undefined -c -o $@ $<

build/fuzz/%: tests/fuzz/%.c $(FUZZOBJS)
	@mkdir -p $(@D)
	@echo "LD $@"; clang $(FUZZFLAGS) -fsanitize=fuzzer,address,undefined \
	    -o $@ $< $(FUZZOBJS) $(filter-out -specs=%,$(LIBS))

deps:
	@sh contrib/deps.sh

# check: every test, in the order a failure is cheapest to read.
check: deps
	@$(MAKE) --no-print-directory check-build
	@sh tests/run.sh

check-build: all $(UNITS) $(ASANUNITS) $(TSANS) $(INTEGS) banned
	@if command -v clang >/dev/null 2>&1; then $(MAKE) --no-print-directory $(FUZZERS); fi

unit: $(UNITS)
	@sh tests/run.sh unit

integration: $(INTEGS)

asan: $(ASANUNITS)

tsan: $(TSANS)

fuzz: $(FUZZERS)
	@sh tests/fuzz/run.sh $(FUZZ_SECONDS)

# The functions we never use: unbounded copies and silent conversions.
banned:
	@if grep -nE '\b(strcpy|strcat|sprintf|vsprintf|strtok|atoi|atol|gets)[[:space:]]*\(' \
	    daemon/*.c daemon/*.h; then \
		echo "banned function in daemon/ (see above)"; exit 1; fi

demo: deps
	@$(MAKE) --no-print-directory all
	@sh contrib/demo.sh

bench: deps
	@$(MAKE) --no-print-directory all
	@sh contrib/bench.sh

# The long forms of tests/t_crash.sh (CRASH_SEED replays a run), of
# tests/t_multi.sh and of tests/t_valgrind.sh (make check runs them short).
soak: deps
	@$(MAKE) --no-print-directory all
	@CRASH_MESSAGES=$${CRASH_MESSAGES:-2000} CRASH_KILLS=$${CRASH_KILLS:-50} \
	    sh tests/t_crash.sh
	@SUPPORTD_MULTI_N=2000 sh tests/t_multi.sh
	@VG_LABELLED_EVERY=1 sh tests/t_valgrind.sh

interop: all
	@sh contrib/interop.sh

# install: the example goes to $(PREFIX)/share/supportd/examples always, and
# to $(SYSCONFDIR)/supportd only when no config is there: an admin's file
# is never overwritten.  The installed config keeps the store and the
# secret in $(STATEDIR), the only place the unit lets the daemon write.
EXDIR	 = $(PREFIX)/share/supportd/examples
ETCDIR	 = $(SYSCONFDIR)/supportd
install: all
	install -d $(DESTDIR)$(PREFIX)/sbin $(DESTDIR)$(PREFIX)/bin
	install -m 755 supportd $(DESTDIR)$(PREFIX)/sbin/supportd
	install -m 755 supportctl $(DESTDIR)$(PREFIX)/bin/supportctl
	install -d $(DESTDIR)$(PREFIX)/share/man/man1 $(DESTDIR)$(PREFIX)/share/man/man5 $(DESTDIR)$(PREFIX)/share/man/man8
	for m in man/*.[158]; do \
		s=$${m##*.}; install -m 644 $$m $(DESTDIR)$(PREFIX)/share/man/man$$s/; done
	install -d $(DESTDIR)$(EXDIR)/rules/templates
	install -m 644 config/supportd.conf $(DESTDIR)$(EXDIR)/
	install -m 644 rules/*.rules rules/*.model $(DESTDIR)$(EXDIR)/rules/
	install -m 644 rules/templates/*.txt $(DESTDIR)$(EXDIR)/rules/templates/
	install -d $(DESTDIR)$(UNITDIR)
	sed -e 's|/usr/local/sbin/|$(PREFIX)/sbin/|g' \
	    -e 's|/etc/supportd/|$(ETCDIR)/|g' \
	    -e 's|/var/lib/supportd|$(STATEDIR)|g' \
	    contrib/supportd.service > $(DESTDIR)$(UNITDIR)/supportd.service
	chmod 644 $(DESTDIR)$(UNITDIR)/supportd.service
	@if [ -e $(DESTDIR)$(ETCDIR)/supportd.conf ]; then \
		echo "$(DESTDIR)$(ETCDIR)/supportd.conf exists: left as it is"; \
	else \
		install -d -m 755 $(DESTDIR)$(ETCDIR)/rules/templates && \
		sed -e 's|^database[[:space:]].*|database	$(STATEDIR)/supportd.db|' \
		    -e 's|^secret-file[[:space:]].*|secret-file	$(STATEDIR)/secret|' \
		    config/supportd.conf > $(DESTDIR)$(ETCDIR)/supportd.conf && \
		chmod 640 $(DESTDIR)$(ETCDIR)/supportd.conf && \
		install -m 644 rules/*.rules rules/*.model $(DESTDIR)$(ETCDIR)/rules/ && \
		install -m 644 rules/templates/*.txt $(DESTDIR)$(ETCDIR)/rules/templates/ && \
		echo "installed the example desk in $(DESTDIR)$(ETCDIR)"; \
	fi

# package: dpkg-buildpackage on a copy of the tree in build/pkg, so that
# its results (.deb, .changes, .buildinfo) land there, not beside the tree.
PKGTREE	 = build/pkg/supportd-$(VERSION)
package:
	@v=$$(dpkg-parsechangelog -l debian/changelog -S Version); \
	if [ "$$v" != "$(VERSION)" ]; then \
		echo "debian/changelog says $$v, VERSION says $(VERSION)"; exit 1; fi
	@rm -rf build/pkg && mkdir -p $(PKGTREE)
	@tar cf - Makefile VERSION README.md config contrib daemon debian man rules | \
	    tar xf - -C $(PKGTREE)
	@echo "dpkg-buildpackage in $(PKGTREE) (log: build/pkg/build.log)"
	@cd $(PKGTREE) && dpkg-buildpackage -us -uc -b >../build.log 2>&1 || \
	    { tail -n 40 ../build.log; exit 1; }
	@ls build/pkg/*.deb

clean:
	rm -rf build supportd supportctl
