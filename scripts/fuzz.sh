#!/usr/bin/env bash
# Runs every fuzz target (issue 7) for a fixed time and reports the result of each.
#
#   scripts/fuzz.sh [seconds-per-target] [target ...]
#
# Targets: parser lint docx docxml input manifest lsp mcp (default: all).
# Uses libFuzzer when the toolchain can link it (-sanitize=fuzzer, linked with lld;
# built in .build-fuzz so the normal .build is untouched); otherwise, or with
# ZONGJIE_FUZZ_MODE=harness, the deterministic mutation harness (a normal build
# of the zongjie-fuzz executable). Crashing inputs land in fuzz-out/<target>/;
# copy them to Tests/ZongjieTests/Fuzz/Regressions/<target>/ and fix the crash.
# Exit status: 0 no crash, 1 a target crashed or hung, 2 build failure.
set -u
cd "$(dirname "$0")/.."

seconds="${1:-120}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then targets=(parser lint docx docxml input manifest lsp mcp); fi
mode="${ZONGJIE_FUZZ_MODE:-libfuzzer}"
out="fuzz-out"
mkdir -p "$out"
log="$out/fuzz-$(date -u +%Y%m%dT%H%M%SZ).log"

corpus_args=()
for folder in ../shared/corpus samples; do
    [ -d "$folder" ] && corpus_args+=(--corpus "$folder")
done

if [ "$mode" = libfuzzer ]; then
    echo "building libFuzzer targets (.build-fuzz)…"
    if swift build -c release --build-path .build-fuzz --product zongjie-fuzz \
        -Xswiftc -DFUZZING -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library \
        -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld >"$out/build-libfuzzer.log" 2>&1; then
        binary=".build-fuzz/release/zongjie-fuzz"
    else
        echo "libFuzzer build failed (see $out/build-libfuzzer.log); using the mutation harness"
        mode=harness
    fi
fi
if [ "$mode" = harness ]; then
    echo "building the mutation harness…"
    swift build -c release --product zongjie-fuzz >"$out/build-harness.log" 2>&1 || { echo "build failed: $out/build-harness.log"; exit 2; }
    binary=".build/release/zongjie-fuzz"
fi

status=0
for target in "${targets[@]}"; do
    mkdir -p "$out/$target"
    start=$(date +%s)
    if [ "$mode" = libfuzzer ]; then
        seeds="$out/$target/corpus"
        mkdir -p "$seeds"
        ZONGJIE_FUZZ_TARGET=$target ZONGJIE_FUZZ_WRITE_SEEDS="$seeds" "$binary" >/dev/null 2>&1
        extra=()
        if [ "$target" = lint ] || [ "$target" = parser ]; then
            for folder in ../shared/corpus samples; do [ -d "$folder" ] && extra+=("$folder"); done
        fi
        case "$target" in docx) max_len=262144 ;; docxml) max_len=131072 ;; *) max_len=65536 ;; esac
        # Swift's own crash reporter would take the signal before libFuzzer saves the input.
        SWIFT_BACKTRACE=enable=no ZONGJIE_FUZZ_TARGET=$target "$binary" "$seeds" "${extra[@]}" \
            -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -max_len=$max_len \
            -artifact_prefix="$out/$target/" -print_final_stats=1 >"$out/$target/run.log" 2>&1
        result=$?
        runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$out/$target/run.log" | grep -o '[0-9]*$')
        summary="libFuzzer, ${runs:-?} inputs"
    else
        "$binary" "$target" --seconds "$seconds" --seed "${ZONGJIE_FUZZ_SEED:-$(date +%s)}" \
            --out "$out/$target" --timeout 20 "${corpus_args[@]}" >"$out/$target/run.log" 2>&1
        result=$?
        summary="harness, $(tail -1 "$out/$target/run.log")"
    fi
    elapsed=$(( $(date +%s) - start ))
    if [ $result -eq 0 ]; then
        line="$target: ran ${elapsed}s, no crash ($summary)"
    else
        line="$target: ran ${elapsed}s, CRASH or hang (exit $result); input and log in $out/$target/"
        status=1
    fi
    echo "$line" | tee -a "$log"
done
echo "log: $log"
exit $status
