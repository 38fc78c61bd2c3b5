#!/usr/bin/env bash
# Checks what scripts/install.sh promises: into a fresh prefix, a binary that needs no
# Swift shared library and runs `--version`, `new` and `lint` with an empty environment
# (PATH=/usr/bin:/bin only, no HOME, no Swift toolchain visible) from a folder holding
# nothing of the project. Exit 0 when all holds; prints what failed otherwise.
#   scripts/check-install.sh          (CI runs it after the tests; ~10 min on 2 cores)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$ROOT/scripts/install.sh" "$work/prefix" > "$work/install.log"
bin="$work/prefix/bin/zongjie"
fail() { echo "check-install: $*" >&2; exit 1; }

[ -x "$bin" ] || fail "install.sh left no executable at $bin"
if env -i PATH=/usr/bin:/bin sh -c 'command -v swift' > /dev/null; then
  fail "swift is on /usr/bin:/bin, so this check cannot show the binary runs without it"
fi
if [ "$(uname -s)" = "Linux" ]; then
  swift_libs="$(ldd "$bin" | grep -Ei 'swift|Foundation|dispatch|BlocksRuntime' || true)"
  [ -z "$swift_libs" ] || fail "the binary still needs Swift shared libraries: $swift_libs"
  echo "shared libraries (system only): $(ldd "$bin" | awk '$1 !~ /^(linux-vdso|\/)/ {print $1}' | tr '\n' ' ')"
fi

# Alone in a folder of its own, run from another, as on a machine without the project.
mkdir -p "$work/alone" "$work/cwd"
cp "$bin" "$work/alone/zongjie"
cd "$work/cwd"
run() { env -i PATH=/usr/bin:/bin "$work/alone/zongjie" "$@"; }

version="$(run --version)" || fail "--version failed"
[ -n "$version" ] || fail "--version printed nothing"
run new --type general --sample -o draft.md 2> new.err || fail "new --sample failed: $(cat new.err)"
status=0
run lint draft.md > lint.out 2> lint.err || status=$?
[ "$status" -le 1 ] || fail "lint exited $status: $(head -c 400 lint.err)"
grep -q '检查了 1 个文件' lint.out || fail "lint printed no summary line: $(head -c 400 lint.out)"
printf '关于2024年度工作的总结\n\n一、主要工作\n\n今年完成了工作。\n' > small.md
status=0
run lint --format json small.md > small.json 2> small.err || status=$?
[ "$status" -le 1 ] || fail "lint --format json exited $status: $(head -c 400 small.err)"
grep -q '"summary"' small.json || fail "lint --format json printed no summary"

echo "install check: $bin ($version) runs with PATH=/usr/bin:/bin and no Swift libraries"
