#!/usr/bin/env bash
# In-process CPU throughput of the default rule set (with and without typo) next to
# autocorrect-py's, in one run, alternating, for a machine shared with other work: every
# figure is CPU time of the linting thread (zongjie-bench) or process (autocorrect-py,
# time.process_time), never wall time. BENCHMARKS.md, issue 14 speed.
#
#   scripts/bench-cpu.sh [ROUNDS]        default 3 rounds; inputs from scripts/bench.sh's work folder
# Env: BENCH_WORK (default .build/bench-work), BENCHBIN (default .build/release/zongjie-bench),
#      BENCH_RUNS (runs per figure, default 5), SETS (default "10MB.txt 10MB.files").
# autocorrect-py comes from the work folder's .venv (scripts/bench.sh or run_peers.sh make it).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${BENCH_WORK:-$ROOT/.build/bench-work}"
BENCHBIN="${BENCHBIN:-$ROOT/.build/release/zongjie-bench}"
RUNS="${BENCH_RUNS:-5}" ROUNDS="${1:-3}"
SETS="${SETS:-10MB.txt 10MB.files}"
PY="$WORK/.venv/bin/python"
[ -x "$BENCHBIN" ] || { echo "bench-cpu: build first: swift build -c release --product zongjie-bench" >&2; exit 2; }
"$PY" -c 'import autocorrect_py' 2>/dev/null || { echo "bench-cpu: no autocorrect-py in $WORK/.venv (run scripts/bench.sh --ours-only once)" >&2; exit 2; }

# autocorrect-py, CPU seconds of the median run: a whole text in a fresh interpreter per run
# (autocorrect-py 2.14 refuses a second large text in one process), files in one interpreter
# with every file read before timing (zongjie-bench also lints texts already in memory).
autocorrect_cpu() {
  "$PY" - "$1" "$RUNS" <<'PY'
import os, subprocess, sys, time, json, statistics
path, runs = sys.argv[1], int(sys.argv[2])
if os.path.isdir(path):
    import autocorrect_py as ac
    texts = [open(os.path.join(path, n), encoding="utf-8").read() for n in sorted(os.listdir(path))]
    def once():
        t0 = time.process_time()
        n = sum(len(ac.lint_for(t, "x.txt").lines) for t in texts)
        return time.process_time() - t0, n
    once()
    results = [once() for _ in range(runs)]
else:
    code = ("import sys,time,autocorrect_py as ac\n"
            "t=open(sys.argv[1],encoding='utf-8').read(); ac.format('中文a')\n"
            "t0=time.process_time(); n=len(ac.lint_for(t,'x.txt').lines); print(time.process_time()-t0, n)")
    results = []
    for _ in range(runs + 1):
        out = subprocess.run([sys.executable, "-c", code, path], capture_output=True, text=True, check=True).stdout.split()
        results.append((float(out[0]), int(out[1])))
    results = results[1:]
    texts = [open(path, encoding="utf-8").read()]
mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
cpu = statistics.median(r[0] for r in results)
print(json.dumps({"bench": "autocorrect-py", "input": path, "cpu_s": round(cpu, 4), "cpu_mb_s": round(mb / cpu, 2), "findings": results[0][1]}))
PY
}

field() { sed -E "s/.*\"$1\":\"?([^,\"}]*).*/\1/"; }
echo "| round | input | zongjie (all rules) CPU MB/s | without typo | autocorrect-py | ratio all | ratio without typo |"
echo "|---|---|---|---|---|---|---|"
for round in $(seq 1 "$ROUNDS"); do
  for set in $SETS; do
    input="$WORK/data/corpus/$set"
    all=$("$BENCHBIN" lint --runs "$RUNS" "$input" | field cpu_mb_s)
    bare=$("$BENCHBIN" lint --runs "$RUNS" --without typo "$input" | field cpu_mb_s)
    peer=$(autocorrect_cpu "$input" | field cpu_mb_s)
    ratio() { python3 -c "print(f'{$1/$2:.2f}×')"; }
    printf '| %s | %s | %.1f | %.1f | %.1f | %s | %s |\n' "$round" "$set" "$all" "$bare" "$peer" "$(ratio "$all" "$peer")" "$(ratio "$bare" "$peer")"
  done
done
