# Sourced by the bench/*.sh scripts: their shared command line and set-up.

# bench_args "$@": build_dir from --build-dir DIR (default build/), args the
# rest; -h / --help prints the calling script's header comment.
bench_args() {
  build_dir=build
  args=()
  while [ $# -gt 0 ]; do
    case $1 in
    --build-dir) build_dir=$2; shift 2 ;;
    --build-dir=*) build_dir=${1#*=}; shift ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) args+=("$1"); shift ;;
    esac
  done
}

# bench_require NAME IMPORTS PACKAGES...: /usr/bin/python3 must import each
# of IMPORTS (comma-separated) and /usr/bin/time must exist; as root the
# Debian PACKAGES are installed if not, else NAME says what to install.
bench_require() {
  local name=$1 imports=$2
  shift 2
  if ! /usr/bin/python3 -c "import $imports" 2>/dev/null || ! [ -x /usr/bin/time ]; then
    if [ "$(id -u)" = 0 ]; then
      echo "$name: installing $* time ..." >&2
      apt-get update -qq >/dev/null
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" time >/dev/null
    else
      echo "$name: needs $* and time (apt-get install them)" >&2
      exit 2
    fi
  fi
}

# bench_copy_binary NAME: work, a temporary directory removed at exit, and
# in it a copy of build_dir's schemac, so that a rebuild during the run
# cannot swap the binary under it.
bench_copy_binary() {
  local bin=$build_dir/tools/schemac/schemac
  [ -x "$bin" ] || { echo "$1: build schemac first (scripts/build.sh $build_dir)" >&2; exit 2; }
  work=$(mktemp -d "${TMPDIR:-/tmp}/$1.XXXXXX")
  trap 'rm -rf "$work"' EXIT
  cp "$bin" "$work/schemac"
}
