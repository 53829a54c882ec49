#!/usr/bin/env bash
# Verdict quality over every labelled set: the development set
# (../shared/eval) and each story of tests/stories. Prints each set's
# overall line (contradiction P R F1, match P R F1) and the sums over all.
#
#   scripts/quality.sh                 # with target/release/factlint (built if missing)
#   scripts/quality.sh path/to/factlint
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-target/release/factlint}
[ -x "$BIN" ] || cargo build --release --quiet --bin factlint

sets() {
    [ -d ../shared/eval ] && echo "dev ../shared/eval/gold.tsv ../shared/eval/rules/dev.facts ../shared/eval/articles"
    for d in tests/stories/*/; do
        n=$(basename "$d")
        echo "$n $d/gold.tsv $d/rules/story.facts $d/articles"
    done
}

total=$(mktemp)
trap 'rm -f "$total"' EXIT
while read -r name gold rules articles; do
    out=$("$BIN" eval --gold "$gold" --rules "$rules" "$articles" 2>/dev/null || true)
    printf '%-11s %s\n' "$name" "$(echo "$out" | grep '^overall' | sed 's/^overall *//')"
    echo "$out" | sed -n '/^confusion/,/^$/p' | sed -n '3,5p' >> "$total"
done < <(sets)
awk '$1=="match"{mm+=$2; mc+=$3; ma+=$4} $1=="contradiction"{cm+=$2; cc+=$3; ca+=$4} $1=="absent"{am+=$2; ac+=$3}
END { printf "\nall sets: contradiction P %.3f R %.3f (%d found, %d false, %d missed); match P %.3f R %.3f\n",
      cc/(cc+mc+ac), cc/(cc+cm+ca), cc, mc+ac, cm+ca, mm/(mm+cm+am), mm/(mm+mc+ma) }' "$total"
