# Sourced by the scripts in bin/: finds a JDK >= 25 (the build's JDK) without JAVA_HOME set by hand,
# and installs the Debian packages a task needs, once.

PEREGRINE_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# Prints the feature version of the JDK at $1 (e.g. 25), or nothing if $1 is not a JDK.
jdk_feature_version() {
  [ -x "$1/bin/javac" ] && [ -f "$1/release" ] || return 0
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release"
}

# Sets JAVA_HOME to a JDK of at least version $1: the current JAVA_HOME if it qualifies, else the newest under
# /usr/lib/jvm. Fails with a message naming what is missing.
require_jdk() {
  local want=$1 best="" bestv=0 d v
  for d in ${JAVA_HOME:+"$JAVA_HOME"} /usr/lib/jvm/*; do
    v=$(jdk_feature_version "$d")
    if [ -n "$v" ] && [ "$v" -ge "$want" ] && [ "$v" -gt "$bestv" ]; then best=$d; bestv=$v; fi
    # An explicit JAVA_HOME that qualifies wins.
    if [ -n "$best" ] && [ "$d" = "${JAVA_HOME:-}" ]; then break; fi
  done
  if [ -z "$best" ]; then
    echo "peregrine: no JDK $want or newer found (looked at \$JAVA_HOME and /usr/lib/jvm/*)." >&2
    echo "peregrine: install one (e.g. Temurin $want under /usr/lib/jvm) or set JAVA_HOME to it." >&2
    return 1
  fi
  export JAVA_HOME=$best
  export PATH="$JAVA_HOME/bin:$PATH"
}

# Prints the path of a JDK of exactly feature version $1 under /usr/lib/jvm, or nothing.
find_jdk() {
  local d
  for d in /usr/lib/jvm/*; do
    [ -L "$d" ] && continue
    if [ "$(jdk_feature_version "$d")" = "$1" ]; then echo "$d"; return 0; fi
  done
}

# Installs the Debian packages named in $@ that are missing (idempotent; needs root or sudo).
require_packages() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "peregrine: installing Debian packages: ${missing[*]}" >&2
  $sudo apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >&2
}

mvnw() {
  "$PEREGRINE_HOME/mvnw" -B -q "$@"
}
