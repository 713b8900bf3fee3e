#!/usr/bin/env bash
# Builds a frame-pointer CPython 3.13 from Debian trixie's python3.13 source package and caches it
# outside the repository, so fp mode (perf --call-graph fp) can be tested for real: Debian's,
# pyenv's and setup-python's builds have the perf trampoline but no frame pointers.
#
#   bash scripts/build-fp-python.sh        # prints the interpreter's path on stdout (last line)
#
# PPG_FP_PYTHON_DIR   install prefix / cache (default /var/cache/python-perf-gate/fp-python-3.13)
# PPG_FP_PYTHON_JOBS  make -j (default: nproc)
#
# Idempotent: when the cache holds a working interpreter whose sysconfig CFLAGS contain
# -fno-omit-frame-pointer it prints its path and exits at once. Otherwise it takes about 8 minutes
# on 2 cores (no --enable-optimizations: PGO would triple that). Missing build dependencies are
# installed with apt-get when run as root. Progress goes to stderr; the build tree is removed.
set -euo pipefail

prefix="${PPG_FP_PYTHON_DIR:-/var/cache/python-perf-gate/fp-python-3.13}"
python="$prefix/bin/python3.13"
jobs="${PPG_FP_PYTHON_JOBS:-$(nproc 2>/dev/null || echo 2)}"
fp_flags="-fno-omit-frame-pointer -mno-omit-leaf-frame-pointer"

log() { echo "build-fp-python: $*" >&2; }
die() { log "$*"; exit 1; }

has_frame_pointers() {
  [ -x "$python" ] && "$python" -c '
import sys, sysconfig
sys.exit(0 if "-fno-omit-frame-pointer" in (sysconfig.get_config_var("CFLAGS") or "") else 1)
' >/dev/null 2>&1
}

if has_frame_pointers; then
  log "cached: $python"
  echo "$python"
  exit 0
fi

case "$prefix" in
  /*) ;;
  *) die "PPG_FP_PYTHON_DIR must be an absolute path, not '$prefix'" ;;
esac
# The prefix is deleted before a rebuild: only when it is empty or holds an earlier (broken) build.
if [ -d "$prefix" ] && [ -n "$(ls -A "$prefix")" ] && [ ! -e "$prefix/bin/python3.13" ]; then
  die "$prefix exists and does not look like an earlier build (no bin/python3.13); refusing to delete it. Remove it or set PPG_FP_PYTHON_DIR."
fi
case "$(uname -m)" in
  x86_64 | aarch64) ;;
  *) die "only x86-64 and aarch64 are supported (the flags $fp_flags are theirs), not $(uname -m)" ;;
esac
command -v apt-get >/dev/null || die "needs apt-get (Debian or Ubuntu): the source comes from Debian's python3.13 source package"

# Build dependencies. gcc, make, xz and the headers of the extension modules the tests and the
# action touch (ssl, zlib, ctypes, bz2, lzma, sqlite3, readline, curses, uuid).
deps=(build-essential pkg-config xz-utils libssl-dev zlib1g-dev libffi-dev libbz2-dev liblzma-dev
  libsqlite3-dev libreadline-dev libncurses-dev uuid-dev)
missing=()
for dep in "${deps[@]}"; do
  dpkg -s "$dep" >/dev/null 2>&1 || missing+=("$dep")
done
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    log "installing build dependencies: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    if ! apt-get install -y --no-install-recommends "${missing[@]}" >&2; then
      apt-get update >&2
      apt-get install -y --no-install-recommends "${missing[@]}" >&2
    fi
  else
    for tool in gcc make xz; do command -v "$tool" >/dev/null || die "missing $tool; as root: apt-get install -y ${missing[*]}"; done
    log "warning: not root, so not installing ${missing[*]}; the modules needing them will be missing (as root: apt-get install -y ${missing[*]})"
  fi
fi

mkdir -p "$(dirname "$prefix")"
# One build at a time per cache directory; a second caller waits, then finds the cache ready.
if command -v flock >/dev/null; then
  exec 9>"$prefix.lock"
  flock 9
  if has_frame_pointers; then
    log "cached (built meanwhile): $python"
    echo "$python"
    exit 0
  fi
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/ppg-fp-python.XXXXXX")"
trap 'rm -rf "$work"' EXIT
started=$SECONDS

# A private apt configuration for trixie with deb-src: the machine's own apt state is not touched.
apt_dir="$work/apt"
mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial"
sources="$apt_dir/trixie.sources"
codename="$(. /etc/os-release 2>/dev/null && echo "${VERSION_CODENAME:-}")"
if [ -f /etc/apt/sources.list.d/debian.sources ] && [ -n "$codename" ] && grep -q "^Suites:.*$codename" /etc/apt/sources.list.d/debian.sources; then
  # deb822: the same mirrors and keys, the suites renamed (bookworm-security -> trixie-security).
  awk -v from="$codename" '
    /^Types:/ { print "Types: deb deb-src"; next }
    /^Suites:/ { gsub(from, "trixie"); print; next }
    { print }' /etc/apt/sources.list.d/debian.sources >"$sources"
elif [ -f /etc/apt/sources.list ] && [ -n "$codename" ] && grep -Eq "^deb .*debian.* $codename" /etc/apt/sources.list; then
  # One-line format: the Debian entries, suites renamed, once as deb and once as deb-src.
  sources="$apt_dir/trixie.list"
  grep -E "^deb .*debian.* $codename" /etc/apt/sources.list | sed "s/ $codename/ trixie/" >"$apt_dir/deb.list"
  { cat "$apt_dir/deb.list"; sed 's/^deb /deb-src /' "$apt_dir/deb.list"; } >"$sources"
else
  cat >"$sources" <<'EOF'
Types: deb deb-src
URIs: http://deb.debian.org/debian
Suites: trixie trixie-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb deb-src
URIs: http://deb.debian.org/debian-security
Suites: trixie-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
fi
apt_private=(-o "Dir::Etc::SourceList=$sources" -o Dir::Etc::SourceParts=/nonexistent
  -o "Dir::State::Lists=$apt_dir/lists" -o "Dir::Cache=$apt_dir/cache")
[ "$(id -u)" -eq 0 ] && apt_private+=(-o APT::Sandbox::User=root)

log "fetching Debian trixie's python3.13 source package"
apt-get "${apt_private[@]}" -q update >&2
(cd "$work" && apt-get "${apt_private[@]}" -q source --download-only python3.13 >&2)
orig="$(ls "$work"/python3.13_*.orig.tar.* 2>/dev/null | head -n 1)"
[ -n "$orig" ] || die "apt-get source python3.13 downloaded no .orig tarball"
log "unpacking $(basename "$orig")"
mkdir "$work/src"
tar -xf "$orig" -C "$work/src" --strip-components=1

rm -rf "$prefix"
log "configure + make -j$jobs + make install into $prefix (about 8 minutes on 2 cores; log: $work/build.log)"
if ! (
  cd "$work/src" &&
    ./configure --prefix="$prefix" CFLAGS="$fp_flags" &&
    make -j"$jobs" &&
    make install
) >"$work/build.log" 2>&1; then
  tail -n 60 "$work/build.log" >&2
  rm -rf "$prefix"
  die "the build failed (last lines above)"
fi

has_frame_pointers || die "built $python, but its sysconfig CFLAGS lack -fno-omit-frame-pointer: $("$python" -c 'import sysconfig; print(sysconfig.get_config_var("CFLAGS"))' 2>&1)"
log "built in $((SECONDS - started)) s: $("$python" -VV | head -n 1)"
log "CFLAGS: $("$python" -c 'import sysconfig; print(sysconfig.get_config_var("CFLAGS"))')"
log "interpreter: $python"
echo "$python"
