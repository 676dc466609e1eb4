# calconv: convert dates between calendar systems.
# See README.md; `make check` runs every test suite.

PREFIX      ?= /usr/local
BINDIR      ?= $(PREFIX)/bin
MANDIR      ?= $(PREFIX)/share/man
BASHCOMPDIR ?= $(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR  ?= $(PREFIX)/share/zsh/site-functions
FISHCOMPDIR ?= $(PREFIX)/share/fish/vendor_completions.d

CC          ?= cc
CFLAGS      ?= -O2 -g
WARNFLAGS    = -std=c11 -Wall -Wextra -Wpedantic -Wshadow -Wvla \
               -Wformat=2 -Wstrict-prototypes -Wmissing-prototypes \
               -Wconversion -Wno-sign-conversion
ifeq ($(WERROR),1)
WARNFLAGS   += -Werror
endif
CPPFLAGS    += -D_POSIX_C_SOURCE=200809L
POPT_CFLAGS := $(shell pkg-config --cflags popt 2>/dev/null)
POPT_LIBS   := $(shell pkg-config --libs popt 2>/dev/null || echo -lpopt)

# popt and libunistring are linked statically when their archives are
# there (Debian's libpopt-dev and libunistring-dev ship them).  Both
# shared libraries are built with -z now, so the loader binds every one
# of their ~600 symbols at every start, whatever calconv calls: that was
# 60 % of the instructions of a one-shot `calconv -t persian 2024-03-20`
# (756 k dynamic, 298 k static; tests/bench/README.md).  STATIC_LIBS=0
# links them dynamically, for a distribution that wants their updates
# without a rebuild.  libc and libm are always shared.
POPT_A      := $(shell $(CC) -print-file-name=libpopt.a)
UNISTRING_A := $(shell $(CC) -print-file-name=libunistring.a)
STATIC_LIBS ?= $(if $(and $(filter /%,$(POPT_A)),$(filter /%,$(UNISTRING_A))),1,0)
ifeq ($(STATIC_LIBS),1)
LDLIBS      += $(POPT_A) $(UNISTRING_A) -lm
else
LDLIBS      += $(POPT_LIBS) -lunistring -lm
endif

# The name tables are arrays of pointers, ~3400 relative relocations the
# loader applies at every start; packed (DT_RELR, binutils 2.38 and
# glibc 2.36) they cost a third less.  Used when the toolchain takes it.
RELR_FLAG   := $(shell printf 'int main(void){return 0;}' | $(CC) -x c - \
                 -Wl,-z,pack-relative-relocs -Wl,--fatal-warnings \
                 -o /dev/null 2>/dev/null && echo -Wl,-z,pack-relative-relocs)
LINKFLAGS    = $(RELR_FLAG)

# === sources ===

SRC      = $(wildcard src/*.c src/cal/*.c src/sky/*.c)
LIBSRC   = $(filter-out src/main.c,$(SRC))
UNITSRC  = $(wildcard tests/unit/*.c)

# Each build flavour keeps its objects apart: build/<flavour>/...
B        = build/release
OBJ      = $(SRC:%.c=$(B)/%.o)

.PHONY: all check check-all check-full check-full-all check-unit check-cli \
        check-oracle check-names check-fuzz sanitize ndebug lint lint-tidy \
        demo deps deps-build install uninstall clean bench fuzz names-data \
        coverage memcheck FORCE

all: calconv

calconv: $(OBJ) $(B)/link.flags
	$(CC) $(CFLAGS) $(LINKFLAGS) $(LDFLAGS) -o $@ $(OBJ) $(LDLIBS)

$(B)/%.o: %.c
	@mkdir -p $(@D)
	$(CC) $(WARNFLAGS) $(CPPFLAGS) $(POPT_CFLAGS) $(CFLAGS) -MMD -MP \
	    -c -o $@ $<

-include $(OBJ:.o=.d)

# Relink when the way of linking changes (make STATIC_LIBS=0, LDFLAGS).
$(B)/link.flags: FORCE
	@mkdir -p $(@D)
	@echo '$(LINKFLAGS) $(LDFLAGS) $(LDLIBS)' | cmp -s - $@ || \
	    echo '$(LINKFLAGS) $(LDFLAGS) $(LDLIBS)' >$@

# === other flavours: sanitizers, NDEBUG ===

# Re-run make for a flavour with its own flags and output directory.
FLAVOUR_SAN    = CFLAGS="-O1 -g -fsanitize=address,undefined \
                 -fno-omit-frame-pointer -fno-sanitize-recover=all" \
                 LDFLAGS="-fsanitize=address,undefined" B=build/san
FLAVOUR_NDEBUG = CFLAGS="-O2 -DNDEBUG" B=build/ndebug

build/san/calconv build/ndebug/calconv: FORCE
	$(MAKE) --no-print-directory \
	    $(if $(findstring san,$@),$(FLAVOUR_SAN),$(FLAVOUR_NDEBUG)) \
	    WERROR=$(WERROR) $@-flavour

%/calconv-flavour: $(OBJ) $(B)/link.flags
	$(CC) $(CFLAGS) $(LINKFLAGS) $(LDFLAGS) -o $*/calconv $(OBJ) $(LDLIBS)

%/unit-flavour: $(filter-out $(B)/src/main.o,$(OBJ)) $(UNITSRC) \
                $(B)/link.flags
	$(CC) $(WARNFLAGS) $(CPPFLAGS) $(CFLAGS) $(LINKFLAGS) $(LDFLAGS) \
	    -Isrc -o $*/unit \
	    $(UNITSRC) $(filter-out $(B)/src/main.o,$(OBJ)) $(LDLIBS)

build/%/unit: FORCE
	$(MAKE) --no-print-directory \
	    $(if $(findstring san,$@),$(FLAVOUR_SAN),$(if $(findstring ndebug,$@),$(FLAVOUR_NDEBUG),B=build/release)) \
	    WERROR=$(WERROR) $@-flavour

# A flavour's unit binary is made after its calconv, in another make
# run over the same objects: under -j the two must not build them at
# once.
build/release/unit: | calconv
build/san/unit: | build/san/calconv
build/ndebug/unit: | build/ndebug/calconv

FORCE:

# === tests ===

TESTENV = LC_ALL=C.UTF-8 TZ=UTC

FLAVOURS = all build/release/unit build/san/calconv build/san/unit \
           build/ndebug/calconv build/ndebug/unit

# check builds the three flavours, then tests/run-all runs every suite
# and lint, two at a time.  It samples the walks of every day where a
# sample finds what the build can change (see tests/run-all):
# check-full runs them whole, as check did before, for a release or
# after a change to a calendar's arithmetic; it takes as long as check
# did before.
check: deps
	@$(MAKE) -j2 --no-print-directory WERROR=1 check-all

check-all: $(FLAVOURS)
	@$(TESTENV) tests/run-all

check-full: deps
	@$(MAKE) -j2 --no-print-directory WERROR=1 check-full-all

check-full-all: $(FLAVOURS)
	@$(TESTENV) RUN_ALL_FULL=1 tests/run-all

check-unit: build/release/unit
	$(TESTENV) build/release/unit

check-cli: all
	$(TESTENV) tests/cli/run ./calconv

check-oracle: all
	$(TESTENV) tests/oracle/run ./calconv
	$(TESTENV) tests/oracle/chinese-check ./calconv

check-names: all
	$(TESTENV) tests/oracle/names-check

sanitize: build/san/calconv build/san/unit
	$(TESTENV) ASAN_OPTIONS=detect_leaks=1 build/san/unit
	$(TESTENV) tests/cli/run build/san/calconv

ndebug: build/ndebug/calconv build/ndebug/unit
	$(TESTENV) build/ndebug/unit
	$(TESTENV) tests/cli/run build/ndebug/calconv

# cppcheck's warning, performance and portability checks; clang-tidy's
# bugprone, cert and clang-analyzer checks, less those that only ask
# for Annex K functions (memcpy_s), flag byte buffers as unterminated
# strings, or dislike conventions used on purpose here: parameters of
# one type in a row, unchecked printf to stderr, int narrowing and
# widening (-Wconversion covers it, and each backend argues its
# products' ranges), and popt's idiom pc = poptFreeContext(pc).
TIDY_CHECKS = -*,bugprone-*,cert-*,clang-analyzer-*,\
	-clang-analyzer-security.insecureAPI.DeprecatedOrUnsafeBufferHandling,\
	-bugprone-not-null-terminated-result,\
	-bugprone-easily-swappable-parameters,-cert-err33-c,\
	-bugprone-narrowing-conversions,-bugprone-reserved-identifier,\
	-cert-dcl37-c,-cert-dcl51-cpp,\
	-bugprone-implicit-widening-of-multiplication-result,\
	-clang-analyzer-deadcode.DeadStores
SHELL_SCRIPTS = .ci/run tests/run-all tests/install-deps tests/cli/run

# === fuzzing: libFuzzer harnesses (clang); corpora replayed in check ===

FUZZ_CC        ?= clang
FUZZ_SECONDS   ?= 60
# FUZZ_RUNS=N: N executions of each harness instead of FUZZ_SECONDS.
FUZZ_RUNS      ?=
FUZZ_HARNESSES ?= parse engine format informat stream cli
FUZZ_FLAGS      = -O1 -g -fsanitize=fuzzer,address,undefined \
                  -fno-sanitize-recover=all -fno-omit-frame-pointer \
                  -DCALCONV_LIBFUZZER -DSTREAM_READ_CHUNK=4096
FUZZ_OPTS_parse    = -max_len=128
FUZZ_OPTS_engine   = -max_len=32
FUZZ_OPTS_format   = -max_len=1024
FUZZ_OPTS_informat = -max_len=512
FUZZ_OPTS_stream   = -max_len=4096 -entropic_scale_per_exec_time=1
FUZZ_OPTS_cli      = -max_len=512

build/fuzz/lf-%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz.c tests/fuzz/fuzz.h \
                 $(LIBSRC) $(wildcard src/*.h src/cal/*.h src/sky/*.h)
	@mkdir -p $(@D)
	$(FUZZ_CC) $(WARNFLAGS) $(CPPFLAGS) $(POPT_CFLAGS) $(FUZZ_FLAGS) \
	    -Isrc -Itests/fuzz -o $@ $< tests/fuzz/fuzz.c $(LIBSRC) $(LDLIBS)

define fuzz_run
	@mkdir -p build/fuzz/corpus/$(1) build/fuzz/artifacts
	$(TESTENV) build/fuzz/lf-$(1) \
	    $(if $(FUZZ_RUNS),-runs=$(FUZZ_RUNS),-max_total_time=$(FUZZ_SECONDS)) \
	    -timeout=20 -print_final_stats=1 $(FUZZ_OPTS_$(1)) \
	    $(addprefix -dict=,$(wildcard tests/fuzz/dict/fuzz_$(1).dict)) \
	    -artifact_prefix=build/fuzz/artifacts/$(1)- \
	    build/fuzz/corpus/$(1) tests/fuzz/corpus/fuzz_$(1)

endef

fuzz: $(FUZZ_HARNESSES:%=build/fuzz/lf-%)
	$(foreach h,$(FUZZ_HARNESSES),$(call fuzz_run,$(h)))

check-fuzz:
	$(TESTENV) tests/fuzz/run-corpus

# === coverage and memcheck (not part of check) ===

FLAVOUR_COV = CFLAGS="-O0 -g --coverage" LDFLAGS="--coverage" B=build/cov

# Line and branch coverage of src/ by the unit and bats suites.
coverage:
	rm -rf build/cov
	$(MAKE) --no-print-directory $(FLAVOUR_COV) build/cov/calconv-flavour \
	    build/cov/unit-flavour
	-$(TESTENV) build/cov/unit >/dev/null
	-$(TESTENV) tests/cli/run build/cov/calconv >/dev/null
	-FUZZ_CFLAGS="-O0 -g --coverage" OUT=build/cov/fuzz \
	    $(TESTENV) tests/fuzz/run-corpus >/dev/null
	gcovr -r . --filter 'src/' -o build/cov/lines.txt
	gcovr -r . --filter 'src/' -b --print-summary -o build/cov/branches.txt
	@grep -v '^-*$$' build/cov/lines.txt | tail -n 60

# A representative part of the bats suite with calconv under valgrind.
MEMCHECK_BATS = convert stdin field sed format policy names input-format \
                hostile chinese umalqura bahai solar surya tibetan
memcheck: all
	@mkdir -p build/memcheck
	@printf '#!/bin/sh\nexec %s -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite %s "$$@"\n' \
	    "$$(command -v valgrind)" "$(CURDIR)/calconv" >build/memcheck/calconv
	@chmod +x build/memcheck/calconv
	$(TESTENV) tests/cli/run build/memcheck/calconv \
	    $(MEMCHECK_BATS:%=tests/cli/%.bats)

# clang-tidy takes most of lint's time: it checks each source file on
# its own (build/tidy/<file>.ok), so make -j runs them side by side and
# a file whose sources have not changed is not checked again.
TIDY_OK = $(SRC:%.c=build/tidy/%.ok)

lint: lint-tidy
	@tools/check-layers
	@if command -v mandoc >/dev/null; then \
	    mandoc -Tlint -Wwarning man/calconv.1 && echo "mandoc: clean"; fi
	@if command -v cppcheck >/dev/null; then \
	    cppcheck --enable=warning,performance,portability --std=c11 \
	    --quiet --error-exitcode=1 -D_POSIX_C_SOURCE=200809L -Isrc src \
	    && echo "cppcheck: clean"; fi
	@if command -v shellcheck >/dev/null; then \
	    shellcheck $(SHELL_SCRIPTS) && echo "shellcheck: clean"; fi
	@bash -n completions/calconv.bash && echo "bash -n: clean"
	@if command -v zsh >/dev/null; then zsh -n completions/_calconv && \
	    echo "zsh -n: clean"; fi
	@if command -v fish >/dev/null; then fish -n completions/calconv.fish \
	    && echo "fish -n: clean"; fi

lint-tidy:
	@if command -v clang-tidy >/dev/null; then \
	    $(MAKE) --no-print-directory $(TIDY_OK) && \
	    echo "clang-tidy: clean"; fi

build/tidy/%.ok: %.c $(wildcard src/*.h src/*/*.h) Makefile
	@mkdir -p $(@D)
	@out=$$(clang-tidy --quiet -checks='$(TIDY_CHECKS)' $< -- \
	    -std=c11 -D_POSIX_C_SOURCE=200809L -Isrc 2>&1 | \
	    grep -E 'warning:|error:'); \
	if [ -n "$$out" ]; then echo "$$out"; exit 1; fi; touch $@

# === benchmarks (not part of check) ===

bench: all
	tests/bench/run ./calconv

# === the main job, on the sample shipped with the tests ===

demo: deps-build all
	@echo '$$ ./calconv -f jalali 1403-01-01'
	@./calconv -f jalali 1403-01-01
	@echo '$$ ./calconv -f gregorian -t persian,islamic-civil,julian,iso-week -F tests/data/sample-dates.txt'
	@./calconv -f gregorian -t persian,islamic-civil,julian,iso-week \
	    -F tests/data/sample-dates.txt
	@echo '$$ ./calconv -t all today'
	@./calconv -t all today

# === generated sources ===

# src/names_data.c is generated from Debian's CLDR XML and committed;
# regenerate after a CLDR update (apt-get install unicode-cldr-core).
names-data:
	tools/gen-names -o src/names_data.c

# src/cal/chinese_table.c holds the Chinese, Korean and Vietnamese
# years 1600..2600 computed by calconv's own astronomy, and is
# committed; regenerate after a change to chinese_common.c, the three
# calendars' zones or fixes, or src/sky.  The generator links the
# calendars but not the table it writes.  check-chinese-table (not part
# of check, about 3 G instructions) recomputes every year and compares.
.PHONY: chinese-table check-chinese-table
GEN_CN_OBJ = $(addprefix $(B)/src/,fixed.o cal/chinese_common.o \
             cal/chinese.o cal/dangi.o cal/vietnamese.o) \
             $(patsubst %.c,$(B)/%.o,$(wildcard src/sky/*.c))

$(B)/tools/gen-chinese-table: tools/gen-chinese-table.c $(GEN_CN_OBJ)
	@mkdir -p $(@D)
	$(CC) $(WARNFLAGS) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -Isrc -o $@ \
	    tools/gen-chinese-table.c $(GEN_CN_OBJ) -lm

chinese-table: $(B)/tools/gen-chinese-table
	$(B)/tools/gen-chinese-table >src/cal/chinese_table.c.new
	mv src/cal/chinese_table.c.new src/cal/chinese_table.c

check-chinese-table: $(B)/tools/gen-chinese-table
	$(B)/tools/gen-chinese-table | cmp - src/cal/chinese_table.c

# src/cal/astro_hindu_solar_table.c: the astronomical Hindu solar
# calendar's months, as committed and regenerated the same way.
.PHONY: astro-hindu-solar-table check-astro-tables
GEN_AHS_OBJ = $(addprefix $(B)/src/,fixed.o cal/astro_hindu_solar.o) \
              $(patsubst %.c,$(B)/%.o,$(wildcard src/sky/*.c))

$(B)/tools/gen-astro-hindu-solar: tools/gen-astro-hindu-solar.c \
                                  $(GEN_AHS_OBJ)
	@mkdir -p $(@D)
	$(CC) $(WARNFLAGS) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -Isrc -o $@ \
	    tools/gen-astro-hindu-solar.c $(GEN_AHS_OBJ) -lm

astro-hindu-solar-table: $(B)/tools/gen-astro-hindu-solar
	$(B)/tools/gen-astro-hindu-solar >src/cal/astro_hindu_solar_table.c.new
	mv src/cal/astro_hindu_solar_table.c.new \
	    src/cal/astro_hindu_solar_table.c

# src/cal/astro_hindu_lunar_table.c: the astronomical Hindu lunisolar
# calendar's days, likewise (about 10 G instructions to generate).
.PHONY: astro-hindu-lunar-table
GEN_AHL_OBJ = $(addprefix $(B)/src/,fixed.o cal/astro_hindu_lunar.o \
              cal/hindu_common.o) \
              $(patsubst %.c,$(B)/%.o,$(wildcard src/sky/*.c))

$(B)/tools/gen-astro-hindu-lunar: tools/gen-astro-hindu-lunar.c \
                                  $(GEN_AHL_OBJ)
	@mkdir -p $(@D)
	$(CC) $(WARNFLAGS) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -Isrc -o $@ \
	    tools/gen-astro-hindu-lunar.c $(GEN_AHL_OBJ) -lm

astro-hindu-lunar-table: $(B)/tools/gen-astro-hindu-lunar
	$(B)/tools/gen-astro-hindu-lunar >src/cal/astro_hindu_lunar_table.c.new
	mv src/cal/astro_hindu_lunar_table.c.new \
	    src/cal/astro_hindu_lunar_table.c

# src/cal/hindu_solar_table.c: the Surya Siddhanta's solar years
# around the present, likewise.
.PHONY: hindu-solar-table
GEN_HSO_OBJ = $(addprefix $(B)/src/,fixed.o cal/hindu_solar.o) \
              $(patsubst %.c,$(B)/%.o,$(wildcard src/sky/*.c))

$(B)/tools/gen-hindu-solar: tools/gen-hindu-solar.c $(GEN_HSO_OBJ)
	@mkdir -p $(@D)
	$(CC) $(WARNFLAGS) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -Isrc -o $@ \
	    tools/gen-hindu-solar.c $(GEN_HSO_OBJ) -lm

hindu-solar-table: $(B)/tools/gen-hindu-solar
	$(B)/tools/gen-hindu-solar >src/cal/hindu_solar_table.c.new
	mv src/cal/hindu_solar_table.c.new src/cal/hindu_solar_table.c

# src/cal/first_days_table.c: the first days of the equinox calendars'
# years and of islamic-observational's months, likewise.
.PHONY: first-days-table
GEN_FD_OBJ = $(addprefix $(B)/src/,fixed.o cal/persian_astronomical.o \
             cal/french_astronomical.o cal/bahai.o \
             cal/islamic_observational.o) \
             $(patsubst %.c,$(B)/%.o,$(wildcard src/sky/*.c))

$(B)/tools/gen-first-days: tools/gen-first-days.c $(GEN_FD_OBJ)
	@mkdir -p $(@D)
	$(CC) $(WARNFLAGS) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -Isrc -o $@ \
	    tools/gen-first-days.c $(GEN_FD_OBJ) -lm

first-days-table: $(B)/tools/gen-first-days
	$(B)/tools/gen-first-days >src/cal/first_days_table.c.new
	mv src/cal/first_days_table.c.new src/cal/first_days_table.c

check-astro-tables: check-chinese-table $(B)/tools/gen-astro-hindu-solar \
                    $(B)/tools/gen-astro-hindu-lunar $(B)/tools/gen-hindu-solar \
                    $(B)/tools/gen-first-days
	$(B)/tools/gen-first-days | cmp - src/cal/first_days_table.c
	$(B)/tools/gen-hindu-solar | cmp - src/cal/hindu_solar_table.c
	$(B)/tools/gen-astro-hindu-solar | \
	    cmp - src/cal/astro_hindu_solar_table.c
	$(B)/tools/gen-astro-hindu-lunar | \
	    cmp - src/cal/astro_hindu_lunar_table.c

# === dependencies (Debian) ===

# What building and running calconv takes (make demo), and what the
# test suites, the oracles and lint take besides (make check).
BUILD_PKGS = gcc make pkg-config libpopt-dev libunistring-dev
TEST_PKGS  = bats bats-support bats-assert mandoc libicu-dev python3 \
             python3-convertdate dateutils zsh fish parallel \
             bash-completion unicode-cldr-core qtbase5-dev cppcheck \
             clang-tidy shellcheck valgrind gcovr hebcal emacs-nox clang \
             libclang-rt-14-dev

deps-build:
	@tests/install-deps $(BUILD_PKGS)

deps:
	@tests/install-deps $(BUILD_PKGS) $(TEST_PKGS)

# === install ===

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
	    $(DESTDIR)$(BASHCOMPDIR) $(DESTDIR)$(ZSHCOMPDIR) \
	    $(DESTDIR)$(FISHCOMPDIR)
	install -m 755 calconv $(DESTDIR)$(BINDIR)/calconv
	install -m 644 man/calconv.1 $(DESTDIR)$(MANDIR)/man1/calconv.1
	install -m 644 completions/calconv.bash $(DESTDIR)$(BASHCOMPDIR)/calconv
	install -m 644 completions/_calconv $(DESTDIR)$(ZSHCOMPDIR)/_calconv
	install -m 644 completions/calconv.fish \
	    $(DESTDIR)$(FISHCOMPDIR)/calconv.fish

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/calconv $(DESTDIR)$(MANDIR)/man1/calconv.1 \
	    $(DESTDIR)$(BASHCOMPDIR)/calconv $(DESTDIR)$(ZSHCOMPDIR)/_calconv \
	    $(DESTDIR)$(FISHCOMPDIR)/calconv.fish

clean:
	rm -rf build calconv
