# supportd -- a mail-native helpdesk.
#
#   make          build supportd and supportctl
#   make check    install what is missing (Debian, as root), build, run every test
#   make demo     throwaway Dovecot + OpenSMTPD on loopback, sample mail, cases
#   make bench    throughput and memory, as ratios against a baseline
#   make soak     two daemons on one PostgreSQL desk, 2,000 mails, one killed
#
PREFIX	?= /usr/local
CC	?= cc
CFLAGS	?= -O2 -g
PKGS	 = libetpan libcurl libpcre2-8 sqlite3 libpq libxml-2.0 gnutls
PKGCFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKGLIBS	  := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
WARN	 = -std=gnu11 -Wall -Wextra -Werror -Wshadow -Wpointer-arith \
	   -Wmissing-prototypes -Wno-unused-parameter
ALLCFLAGS = $(WARN) -D_GNU_SOURCE -Idaemon $(PKGCFLAGS) $(CFLAGS)
LIBS	 = $(PKGLIBS) -lunistring
SAN	 = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined

MAINS	 = daemon/supportd.c daemon/supportctl.c
LIBSRCS	 = $(filter-out $(MAINS),$(sort $(wildcard daemon/*.c)))
LIBOBJS	 = $(LIBSRCS:daemon/%.c=build/obj/%.o)
ASANOBJS = $(LIBSRCS:daemon/%.c=build/asan/%.o)
UNITSRCS = $(sort $(wildcard tests/unit/test_*.c))
UNITS	 = $(UNITSRCS:tests/unit/%.c=build/tests/%)
ASANUNITS = $(UNITSRCS:tests/unit/%.c=build/asan/tests/%)
# Drivers that the shell suites (tests/t_*.sh) run against real servers.
INTEGSRCS = $(sort $(wildcard tests/integration/*.c))
INTEGS	 = $(INTEGSRCS:tests/integration/%.c=build/tests/%)
FUZZSRCS = $(sort $(wildcard tests/fuzz/fuzz_*.c))
FUZZERS	 = $(FUZZSRCS:tests/fuzz/%.c=build/fuzz/%)
FUZZ_SECONDS ?= 15

.PHONY: all deps check check-build unit integration asan fuzz banned demo bench soak install clean

all: supportd supportctl

build/obj/%.o: daemon/%.c daemon/*.h
	@mkdir -p $(@D)
	@echo "CC $<"; $(CC) $(ALLCFLAGS) -c -o $@ $<

build/asan/%.o: daemon/%.c daemon/*.h
	@mkdir -p $(@D)
	@echo "CC $< (asan)"; $(CC) $(ALLCFLAGS) $(SAN) -O1 -c -o $@ $<

build/libsupport.a: $(LIBOBJS)
	@rm -f $@; ar rcs $@ $(LIBOBJS)

build/asan/libsupport.a: $(ASANOBJS)
	@rm -f $@; ar rcs $@ $(ASANOBJS)

supportd: build/obj/supportd.o build/libsupport.a
	@echo "LD $@"; $(CC) $(CFLAGS) -o $@ build/obj/supportd.o build/libsupport.a $(LIBS)

supportctl: build/obj/supportctl.o build/libsupport.a
	@echo "LD $@"; $(CC) $(CFLAGS) -o $@ build/obj/supportctl.o build/libsupport.a $(LIBS)

build/tests/%: tests/unit/%.c tests/unit/test.h build/libsupport.a
	@mkdir -p $(@D)
	@echo "CC $<"; $(CC) $(ALLCFLAGS) -Itests/unit -o $@ $< build/libsupport.a $(LIBS)

# Any tests/integration/NAME.c is a driver: build/tests/NAME, unit-test flags.
build/tests/%: tests/integration/%.c build/libsupport.a
	@mkdir -p $(@D)
	@echo "CC $<"; $(CC) $(ALLCFLAGS) -o $@ $< build/libsupport.a $(LIBS)

build/asan/tests/%: tests/unit/%.c tests/unit/test.h build/asan/libsupport.a
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

check-build: all $(UNITS) $(ASANUNITS) $(INTEGS) banned
	@if command -v clang >/dev/null 2>&1; then $(MAKE) --no-print-directory $(FUZZERS); fi

unit: $(UNITS)
	@sh tests/run.sh unit

integration: $(INTEGS)

asan: $(ASANUNITS)

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

# The long form of tests/t_multi.sh (make check sends 200 mails).
soak: deps
	@$(MAKE) --no-print-directory all
	@SUPPORTD_MULTI_N=2000 sh tests/t_multi.sh

install: all
	install -d $(DESTDIR)$(PREFIX)/sbin $(DESTDIR)$(PREFIX)/bin
	install -m 755 supportd $(DESTDIR)$(PREFIX)/sbin/supportd
	install -m 755 supportctl $(DESTDIR)$(PREFIX)/bin/supportctl
	install -d $(DESTDIR)$(PREFIX)/share/man/man1 $(DESTDIR)$(PREFIX)/share/man/man5 $(DESTDIR)$(PREFIX)/share/man/man8
	for m in man/*.[158]; do \
		s=$${m##*.}; install -m 644 $$m $(DESTDIR)$(PREFIX)/share/man/man$$s/; done

clean:
	rm -rf build supportd supportctl
