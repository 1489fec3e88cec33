#!/usr/bin/env bash
# Regenerates the committed BPF object host-probe/src/main/resources/bpf/peregrine.bpf.o from
# host-probe/src/main/bpf/*.c (like cilium/ebpf's bpf2go: users of Peregrine never need clang).
#
#   gen-bpf.sh            compile and overwrite the committed object
#   gen-bpf.sh --check    compile to a temp file; exit 1 if the committed object differs (CI)
#
# Needs (installs nothing): clang, llvm-strip (llvm), bpftool, libbpf headers (libbpf-dev), and a kernel BTF at
# $PEREGRINE_BTF (default /sys/kernel/btf/vmlinux) from which vmlinux.h is generated into a temp dir (not committed:
# it is ~3 MB). Debian: apt-get install -y clang llvm bpftool libbpf-dev
#
# Reproducibility: clang's output is byte-for-byte reproducible for the same clang version, source and vmlinux.h
# once DWARF is stripped (DWARF holds the absolute build directory; .BTF/.BTF.ext, which CO-RE needs, are kept).
# The CO-RE relocations record field indices of the vmlinux.h types, so the object depends on the kernel whose BTF
# generated vmlinux.h: run --check on the same kernel/clang as the commit was made with (the CI machine) or point
# PEREGRINE_BTF at that kernel's BTF file.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
src="$here/src/main/bpf"
out="$here/src/main/resources/bpf/peregrine.bpf.o"
btf="${PEREGRINE_BTF:-/sys/kernel/btf/vmlinux}"
check=0
case "${1:-}" in
  --check) check=1 ;;
  "") ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

missing=()
for tool in clang llvm-strip bpftool; do command -v "$tool" >/dev/null || missing+=("$tool"); done
[ -f /usr/include/bpf/bpf_helpers.h ] || missing+=("libbpf headers (/usr/include/bpf/bpf_helpers.h)")
if [ ${#missing[@]} -gt 0 ]; then
  echo "gen-bpf.sh: missing: ${missing[*]}" >&2
  echo "gen-bpf.sh: install with: apt-get install -y clang llvm bpftool libbpf-dev" >&2
  exit 2
fi
if [ ! -r "$btf" ]; then
  echo "gen-bpf.sh: kernel BTF not readable at $btf (needs CONFIG_DEBUG_INFO_BTF=y, or set PEREGRINE_BTF)" >&2
  exit 2
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
bpftool btf dump file "$btf" format c > "$tmp/vmlinux.h"
# Compile from inside the source dir with relative names, and map the compilation and temp directories, so no
# absolute path (which differs between clones) leaks into .BTF.ext line info.
(cd "$src" && clang -g -O2 -target bpf -D__TARGET_ARCH_x86 -mcpu=v3 -fdebug-compilation-dir=. \
  -fdebug-prefix-map="$tmp"=/vmlinux -I"$tmp" -I. \
  -Wall -Werror -c peregrine.bpf.c -o "$tmp/peregrine.bpf.o")
llvm-strip -g "$tmp/peregrine.bpf.o"

if [ $check -eq 1 ]; then
  if [ ! -f "$out" ]; then echo "gen-bpf.sh: $out is missing: run $0" >&2; exit 1; fi
  if cmp -s "$tmp/peregrine.bpf.o" "$out"; then
    echo "gen-bpf.sh: $out is up to date"
    exit 0
  fi
  echo "gen-bpf.sh: $out is stale (differs from a fresh build of $src): run $0 and commit the result" >&2
  exit 1
fi
mkdir -p "$(dirname "$out")"
cp "$tmp/peregrine.bpf.o" "$out"
echo "gen-bpf.sh: wrote $out ($(stat -c %s "$out") bytes)"
