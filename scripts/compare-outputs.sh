#!/usr/bin/env bash
# Lint outputs of BIN on every input a refactor must not change, one file each in OUTDIR:
# ../shared/corpus and ../shared/nianbao-real (text and JSON), the bench sets and the
# dictionary runs (generate them first: scripts/bench.sh, or its --ours-only input step).
# Compare two binaries with: diff -r OUTDIR1 OUTDIR2   (BENCHMARKS.md, issue 18)
#   scripts/compare-outputs.sh BIN OUTDIR
set -u
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BIN="$1"; OUT="$2"; D="${BENCH_WORK:-$ROOT/.build/bench-work}/data"; SHARED="$ROOT/../shared"
mkdir -p "$OUT"
for f in "$SHARED"/corpus/*.txt "$SHARED"/corpus/*.md "$SHARED"/nianbao-real/*.txt; do
  [ -f "$f" ] || continue
  n=$(basename "$f")
  "$BIN" lint "$f" > "$OUT/$n.text" 2>&1; echo "rc=$?" >> "$OUT/$n.text"
  "$BIN" lint --format json "$f" > "$OUT/$n.json" 2>&1; echo "rc=$?" >> "$OUT/$n.json"
done
for s in base 1MB 10MB 100MB; do
  "$BIN" lint --format json "$D/corpus/$s.txt" > "$OUT/set-$s.txt.json" 2>&1; echo "rc=$?" >> "$OUT/set-$s.txt.json"
  "$BIN" lint --format json "$D/corpus/$s.files" > "$OUT/set-$s.files.json" 2>&1; echo "rc=$?" >> "$OUT/set-$s.files.json"
done
"$BIN" lint --format json --dict "$D/dicts/dict-100000.tsv" "$D/corpus/10MB.txt" > "$OUT/dict100k-10MB.json" 2>&1; echo "rc=$?" >> "$OUT/dict100k-10MB.json"
"$BIN" lint --format json --dict "$D/dicts/dict-100.tsv" "$D/corpus/10MB.txt" > "$OUT/dict100-10MB.json" 2>&1; echo "rc=$?" >> "$OUT/dict100-10MB.json"
"$BIN" lint --format json --only wording --dict "$D/dicts/dict-100000.tsv" "$D/corpus/1MB.files" > "$OUT/dict100k-1MB-files.json" 2>&1; echo "rc=$?" >> "$OUT/dict100k-1MB-files.json"
