#!/usr/bin/env bash
# Whole-process time of `zongjie import` on a 10,000-character .docx and of `new --from` on the
# same file (BENCHMARKS.md, “Starting from last year's report”), with hyperfine.
#
#   scripts/bench-import.sh          build release, make the input, measure
# Env: ZONGJIE_BIN (default .build/release/zongjie), BENCH_CORPUS (default ../shared/corpus),
#      BENCH_RUNS (default 30).
#
# The input is made at run time from the corpus (never copied into the project): the 03 street
# summary with the bodies of 05, 19, 08 and 07 appended, cut to 10,000 characters at a line end
# and written as GB/T 9704 .docx by `zongjie export`.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CORPUS="${BENCH_CORPUS:-$ROOT/../shared/corpus}"
BIN="${ZONGJIE_BIN:-$ROOT/.build/release/zongjie}"
RUNS="${BENCH_RUNS:-30}"
if [ -z "${ZONGJIE_BIN:-}" ]; then (cd "$ROOT" && swift build -c release --product zongjie >&2); fi
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
{
  cat "$CORPUS"/03-*.txt
  for n in 05 19 08 07; do tail -n +2 "$CORPUS"/$n-*.txt; done
} | python3 -c 'import sys
text = sys.stdin.read()
out, count = [], 0
for line in text.splitlines():
    if count + len(line) > 10000: break
    out.append(line); count += len(line)
sys.stdout.write("\n".join(out) + "\n")' > "$WORK/上年.txt"
echo "input: $(wc -m < "$WORK/上年.txt") characters" >&2
"$BIN" export "$WORK/上年.txt" -o "$WORK/上年.docx" >&2
cd "$WORK"
hyperfine --warmup 3 --runs "$RUNS" -N \
  "$BIN import 上年.docx -o 材料.yaml --force" \
  "$BIN new --from 上年.docx -o 草稿.docx --force" \
  "$BIN new --from 上年.docx -o 草稿.md --force"
