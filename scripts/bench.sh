#!/usr/bin/env bash
# Throughput, scaling and memory benchmark of the real `factlint` binary
# (issue 6). Builds release, generates a fixed-seed corpus and rule sets into
# bench-out/ (gitignored), times each run REPEAT times and reports medians.
#
#   scripts/bench.sh                 # full run: 10k files, 100k JSONL
#   ARTICLES=2000 JSONL=20000 REPEAT=1 scripts/bench.sh   # quick look
#
# Machines are shared and noisy: compare the ratios more than the absolutes.
set -euo pipefail

cd "$(dirname "$0")/.."
ARTICLES=${ARTICLES:-10000}
JSONL=${JSONL:-100000}
REPEAT=${REPEAT:-3}
SIZES=${SIZES:-"10 100 1000"}
# Output format of the timed runs: `github` prints findings only, as CI lint
# does; `jsonl` also lists every absent fact of every article, so its output
# (and cost) grows with articles × facts.
FORMAT=${FORMAT:-github}
OUT=bench-out
BIN=$OUT/factlint
GEN=$OUT/gen_corpus
THREADS=$(nproc)

need() { command -v "$1" >/dev/null 2>&1; }
if ! need rg || [ ! -x /usr/bin/time ]; then
    if need apt-get; then
        apt-get update -qq && apt-get install -y -qq ripgrep time >/dev/null
    fi
fi
need rg || { echo "bench.sh: ripgrep (rg) is needed" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench.sh: /usr/bin/time is needed" >&2; exit 2; }

echo "== build (release)" >&2
cargo build --release --quiet --bin factlint --example gen_corpus
mkdir -p "$OUT"
# copies, so that a rebuild while the benchmark runs changes nothing
cp target/release/factlint "$BIN"
cp target/release/examples/gen_corpus "$GEN"

echo "== generate corpus and rules (fixed seeds)" >&2
mkdir -p "$OUT"
CORPUS="$OUT/corpus-$ARTICLES"
BATCH="$OUT/corpus-$JSONL.jsonl"
[ -d "$CORPUS" ] || "$GEN" articles "$ARTICLES" files "$CORPUS"
[ -f "$BATCH" ] || "$GEN" articles "$JSONL" jsonl "$BATCH"
for n in $SIZES; do
    "$GEN" rules "$n" "$OUT/rules-$n.facts"
    "$BIN" rules check "$OUT/rules-$n.facts" >/dev/null
    "$GEN" archive "$n" "$OUT/archive-$n"
    "$BIN" rules check "$OUT/archive-$n" >/dev/null
done
BYTES=$(find "$CORPUS" -type f -printf '%s\n' | awk '{s += $1} END {print s}')
FILES=$(find "$CORPUS" -type f | wc -l)

# median of the wall-clock seconds of REPEAT runs of "$@" (stdout discarded)
median_time() {
    local times=()
    for _ in $(seq "$REPEAT"); do
        /usr/bin/time -f '%e' -o "$OUT/time.txt" "$@" >/dev/null 2>"$OUT/stderr.txt" || true
        times+=("$(tail -n 1 "$OUT/time.txt")")
    done
    printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'
}

mbs() { awk -v b="$BYTES" -v t="$1" 'BEGIN {printf "%.1f", b / 1e6 / t}'; }
aps() { awk -v n="$FILES" -v t="$1" 'BEGIN {printf "%.0f", n / t}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", a / b}'; }

echo "== sanity: generated rules produce hits" >&2
for rules in $(for n in $SIZES; do echo "rules-$n.facts archive-$n"; done); do
    "$BIN" check --rules "$OUT/$rules" --format jsonl --jobs "$THREADS" "$CORPUS" \
        >"$OUT/out-$rules.jsonl" 2>/dev/null || true
    summary=$(tail -n 1 "$OUT/out-$rules.jsonl")
    echo "  $rules: $summary" >&2
    case "$summary" in
        *'"matches":0,'*'"contradictions":0'* | *'"contradictions":0,'*'"matches":0'*)
            echo "bench.sh: $rules produce no hits" >&2; exit 1 ;;
    esac
done

printf '\nfactlint %s, %s, %s cores (nproc), corpus: %s articles, %.1f MB; --format %s; median of %s\n' \
    "$(git describe --always --dirty 2>/dev/null || echo '?')" \
    "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')" \
    "$THREADS" "$FILES" "$(awk -v b="$BYTES" 'BEGIN {print b / 1e6}')" "$FORMAT" "$REPEAT"
# time_family TITLE PREFIX SUFFIX ARRAY: a table of the runs with the rule
# sets $OUT/PREFIX<n>SUFFIX, on 1 and all threads; the medians go into the
# associative array named ARRAY, keyed "n,jobs".
time_family() {
    local -n times=$4
    printf '\n| facts (%s) | jobs | seconds | MB/s | articles/s |\n| ---: | ---: | ---: | ---: | ---: |\n' "$1"
    for n in $SIZES; do
        for j in 1 "$THREADS"; do
            t=$(median_time "$BIN" check --rules "$OUT/$2$n$3" --format "$FORMAT" --jobs "$j" "$CORPUS")
            times[$n,$j]=$t
            printf '| %s | %s | %s | %s | %s |\n' "$n" "$j" "$t" "$(mbs "$t")" "$(aps "$t")"
        done
    done
}

declare -A T A
time_family "one story: all apply" rules- .facts T
# The archive rule sets: the same kind of facts in stories of ten, one file
# each, only the first story about the corpus (see examples/gen_corpus.rs).
time_family "archive: stories of 10, one applies" archive- "" A

# ripgrep: one case-insensitive, word-bounded alternation of the same
# phrases the 100-fact rule set holds (about, cue, holds, denies, phrase,
# among and place strings; not claims).
PHRASES="$OUT/phrases-100.txt"
grep -v -E '^\s*(claim|story|example)\b' "$OUT/rules-100.facts" |
    grep -o '"[^"]*"' | tr -d '"' | sort -u >"$PHRASES"
ALT=$(sed 's/[][\\.^$*+?(){}|]/\\&/g' "$PHRASES" | paste -sd '|')
RG1=$(median_time rg -c -j 1 "(?i)\\b(?:$ALT)\\b" "$CORPUS")
RGN=$(median_time rg -c -j "$THREADS" "(?i)\\b(?:$ALT)\\b" "$CORPUS")

printf '\n| comparison | value |\n| --- | ---: |\n'
if [ -n "${T[1000,1]:-}" ] && [ -n "${T[10,1]:-}" ]; then
    printf '| time 1000 facts / 10 facts (jobs 1) | %s× |\n' "$(ratio "${T[1000,1]}" "${T[10,1]}")"
    printf '| time 1000 facts / 10 facts (jobs %s) | %s× |\n' "$THREADS" "$(ratio "${T[1000,$THREADS]}" "${T[10,$THREADS]}")"
fi
if [ -n "${A[1000,1]:-}" ] && [ -n "${A[10,1]:-}" ]; then
    printf '| time 1000 facts / 10 facts, archive (jobs 1) | %s× |\n' "$(ratio "${A[1000,1]}" "${A[10,1]}")"
    printf '| time 1000 facts / 10 facts, archive (jobs %s) | %s× |\n' "$THREADS" "$(ratio "${A[1000,$THREADS]}" "${A[10,$THREADS]}")"
fi
if [ -n "${T[100,1]:-}" ]; then
    printf '| rg -c, %s phrases, jobs 1: seconds (MB/s) | %s (%s) |\n' "$(wc -l <"$PHRASES")" "$RG1" "$(mbs "$RG1")"
    printf '| factlint 100 facts / rg (jobs 1) | %s× |\n' "$(ratio "${T[100,1]}" "$RG1")"
    printf '| rg -c, jobs %s: seconds (MB/s) | %s (%s) |\n' "$THREADS" "$RGN" "$(mbs "$RGN")"
    printf '| factlint 100 facts / rg (jobs %s) | %s× |\n' "$THREADS" "$(ratio "${T[100,$THREADS]}" "$RGN")"
fi

# peak memory: the 100k JSONL batch, 100 facts, all threads
/usr/bin/time -f '%M %e' -o "$OUT/rss.txt" \
    "$BIN" check --rules "$OUT/rules-100.facts" --format jsonl "$BATCH" >/dev/null 2>"$OUT/stderr.txt" || true
read -r RSS SECS < <(tail -n 1 "$OUT/rss.txt")
JBYTES=$(stat -c %s "$BATCH")
printf '| peak RSS, %s-article JSONL (%.0f MB), 100 facts, jobs %s | %.1f MB (%s s, %s MB/s) |\n' \
    "$JSONL" "$(awk -v b="$JBYTES" 'BEGIN {print b / 1e6}')" "$THREADS" \
    "$(awk -v k="$RSS" 'BEGIN {print k / 1024}')" "$SECS" \
    "$(awk -v b="$JBYTES" -v t="$SECS" 'BEGIN {printf "%.1f", b / 1e6 / t}')"
