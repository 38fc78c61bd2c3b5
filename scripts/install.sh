#!/usr/bin/env bash
# Builds a release zongjie and installs it to PREFIX/bin (default ~/.local/bin).
#
#   scripts/install.sh              → ~/.local/bin/zongjie
#   scripts/install.sh /usr/local   → /usr/local/bin/zongjie
#
# On Linux the Swift standard library and Foundation are linked statically
# (--static-swift-stdlib), so the installed binary runs on a machine without
# Swift; built-in outlines, plugins and dictionaries are compiled in.
# Env: ZONGJIE_BUILD_DIR — SwiftPM scratch folder (default .build), so a caller
# that already holds .build (a running `swift test`) can build elsewhere.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PREFIX="${1:-$HOME/.local}"
SCRATCH="${ZONGJIE_BUILD_DIR:-$ROOT/.build}"

flags=(-c release --product zongjie --scratch-path "$SCRATCH")
# Apple platforms ship the Swift runtime with the OS and do not support a static stdlib.
if [ "$(uname -s)" = "Linux" ]; then flags+=(--static-swift-stdlib); fi

# Static Foundation includes FoundationNetworking (the MCP server's SDK uses it), linked
# against the system's libcurl: its development files must be present.
if [ "$(uname -s)" = "Linux" ] && ! compgen -G "/usr/lib/*/libcurl.so" >/dev/null && ! compgen -G "/usr/lib64/libcurl.so" >/dev/null; then
  echo "zongjie: 错误：缺少 libcurl 开发文件，静态链接需要它。请先安装：apt-get install libcurl4-openssl-dev（Debian/Ubuntu）或 dnf install libcurl-devel（Fedora）。" >&2
  exit 2
fi

cd "$ROOT"
echo "zongjie: building release binary (swift build ${flags[*]}) …" >&2
# ZIPFoundation 0.9.20 declares its PrivacyInfo.xcprivacy only on Apple platforms, so SwiftPM
# warns about it on Linux ("found 1 file(s) which are unhandled"); nothing in our manifest can
# change that (see README), so that one warning — and only it — is left out of what we show.
swift build "${flags[@]}" 2>&1 | awk '
  /^warning: .zipfoundation.: found 1 file\(s\) which are unhandled/ { skip = 1; next }
  skip && /PrivacyInfo\.xcprivacy$/ { skip = 0; next }
  { skip = 0; print; fflush() }' >&2
bin="$(swift build "${flags[@]}" --show-bin-path)/zongjie"

mkdir -p "$PREFIX/bin"
# Copy then rename: a running zongjie at the destination is never half-overwritten.
tmp="$(mktemp "$PREFIX/bin/.zongjie.XXXXXX")"
cp "$bin" "$tmp"
chmod 755 "$tmp"
mv -f "$tmp" "$PREFIX/bin/zongjie"

echo "已安装：$PREFIX/bin/zongjie（$("$PREFIX/bin/zongjie" --version)）"
case ":$PATH:" in
  *":$PREFIX/bin:"*) ;;
  *)
    echo "$PREFIX/bin 不在 PATH 中。把下面一行加入 ~/.bashrc 或 ~/.zshrc，然后重新打开终端："
    echo "  export PATH=\"$PREFIX/bin:\$PATH\""
    ;;
esac
