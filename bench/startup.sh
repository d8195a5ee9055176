#!/usr/bin/env bash
# Start-up benchmark: the app's real start (`--startup-probe`) against the floor, a minimal
# JavaFX program showing one empty window, alternated over several runs. Both print
# "first-frame-ms: N" (JVM start to the first laid-out frame of the shown window; for the app,
# with the library's cases listed). Prints each run, the medians and, last, "ratio: X" (app / floor).
#
#   xvfb-run -s "-screen 0 1600x1000x24" bench/startup.sh [--cds | --launcher] [RUNS]
#   xvfb-run -s "-screen 0 1600x1000x24" bench/startup.sh --packaged APP_LAUNCHER FLOOR_LAUNCHER [RUNS]
#
# (none)      both with plain `java`: the app as `java -jar target/samtalsledaren.jar --startup-probe`
#             (one JVM with the JVM's defaults).
# --cds       first makes an AppCDS archive of each program (one training run each, with
#             -XX:ArchiveClassesAtExit) and then starts each with its own archive
#             (-XX:SharedArchiveFile); the floor is then also measured without one, for reference.
# --launcher  the app as started from a checkout with bin/samtalsledaren (its JVM options and its
#             own AppCDS archive, written by the unmeasured warm-up run into a fresh cache folder);
#             the floor with plain `java` (plus FLOOR_JAVA_OPTS).
# --packaged  both started by their jpackage launchers (their runtime, JVM options and class-data
#             archive), e.g. the installed app, /opt/samtalsledaren/bin/Samtalsledaren, against the
#             floor packaged the same way (bench/package-floor.sh: bench/target/floor/image/Floor/bin/Floor),
#             with the environment the .deb's menu entry gives (GDK_GL=disable without a graphics
#             device); APP_JAVA_OPTS and FLOOR_JAVA_OPTS go in JAVA_TOOL_OPTIONS.
# RUNS        measured runs of each program (default 7), after one unmeasured warm-up pair.
# Environment: JAVA (default java), APP_JAR (default target/samtalsledaren.jar), APP_JAVA_OPTS and
# FLOOR_JAVA_OPTS (extra JVM options). The app runs with a fresh -Dsamtalsledaren.home.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
java=${JAVA:-java}
app_jar=${APP_JAR:-$root/target/samtalsledaren.jar}
bench_jar=$root/bench/target/benchmarks.jar
cds=false
launcher=false
packaged=false
if [[ ${1:-} == --cds ]]; then
  cds=true
  shift
elif [[ ${1:-} == --launcher ]]; then
  launcher=true
  shift
elif [[ ${1:-} == --packaged ]]; then
  packaged=true
  app_launcher=${2:?--packaged APP_LAUNCHER FLOOR_LAUNCHER}
  floor_launcher=${3:?--packaged APP_LAUNCHER FLOOR_LAUNCHER}
  shift 3
fi
runs=${1:-7}
read -r -a app_opts <<< "${APP_JAVA_OPTS:-}"
read -r -a floor_opts <<< "${FLOOR_JAVA_OPTS:-}"

if $packaged; then
  for f in "$app_launcher" "$floor_launcher"; do
    [[ -x $f ]] || { echo "no launcher at $f (bench/README.md, bench/package-floor.sh)" >&2; exit 2; }
  done
else
  for f in "$app_jar" "$bench_jar"; do
    [[ -f $f ]] || { echo "missing $f: build the app and bench first (bench/README.md)" >&2; exit 2; }
  done
fi
[[ -n ${DISPLAY:-} ]] || { echo "no DISPLAY: run under a display, e.g. xvfb-run bench/startup.sh" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The environment the .deb's menu entry gives (src/packaging/linux/resources/Samtalsledaren.desktop).
packaged_env() {
  if [[ $(uname -s) == Linux && ! -e /dev/dri && ! -e /dev/nvidiactl ]]; then
    GDK_GL=${GDK_GL-disable} "$@"
  else
    "$@"
  fi
}
app() {
  if $packaged; then
    JAVA_TOOL_OPTIONS="${APP_JAVA_OPTS:-} -Dsamtalsledaren.home=$work/home" packaged_env timeout 300 "$app_launcher" --startup-probe
  elif $launcher; then
    XDG_CACHE_HOME="$work/cache" JAVA="$java" SAMTALSLEDAREN_JAR="$app_jar" \
      SAMTALSLEDAREN_JAVA_OPTS="${APP_JAVA_OPTS:-} -Dsamtalsledaren.home=$work/home" \
      timeout 300 "$root/bin/samtalsledaren" --startup-probe
  else
    timeout 300 "$java" ${app_opts[@]+"${app_opts[@]}"} "$@" -Dsamtalsledaren.home="$work/home" -jar "$app_jar" --startup-probe
  fi
}
floor() {
  if $packaged; then
    JAVA_TOOL_OPTIONS="${FLOOR_JAVA_OPTS:-} -Dsamtalsledaren.home=$work/home" packaged_env timeout 300 "$floor_launcher"
    return
  fi
  timeout 300 "$java" ${floor_opts[@]+"${floor_opts[@]}"} "$@" -cp "$bench_jar" se.samtalsledaren.bench.MinimalWindow
}
# Runs one program and prints its first-frame-ms (its layout-pass goes to passes.txt); fails
# loudly when it prints none.
measure() {
  local out
  "$@" >"$work/stdout" 2>"$work/stderr" || true
  sed -n 's/^layout-pass: //p' "$work/stdout" >> "$work/passes.txt"
  out=$(sed -n 's/^first-frame-ms: //p' "$work/stdout")
  if [[ -z $out ]]; then
    echo "no first-frame-ms from: $*" >&2
    cat "$work/stderr" >&2
    exit 1
  fi
  echo "$out"
}
median() {
  sort -n | awk '{v[NR]=$1} END {if (NR % 2) print v[(NR+1)/2]; else print int((v[NR/2]+v[NR/2+1])/2)}'
}

app_cds=()
floor_cds=()
if $cds; then
  app -XX:ArchiveClassesAtExit="$work/app.jsa" >/dev/null 2>&1
  floor -XX:ArchiveClassesAtExit="$work/floor.jsa" >/dev/null 2>&1
  app_cds=(-XX:SharedArchiveFile="$work/app.jsa")
  floor_cds=(-XX:SharedArchiveFile="$work/floor.jsa")
  echo "archives: app $(du -k "$work/app.jsa" | cut -f1) KiB, floor $(du -k "$work/floor.jsa" | cut -f1) KiB"
fi

echo "load before: $(uptime)"
if $packaged; then
  echo "mode: packaged, app $app_launcher, floor $floor_launcher"
else
  echo "mode: $($cds && echo "AppCDS archives for both" || ($launcher && echo "app by bin/samtalsledaren, floor plain" || echo "plain java for both"))"
fi
measure app ${app_cds[@]+"${app_cds[@]}"} >/dev/null
measure floor ${floor_cds[@]+"${floor_cds[@]}"} >/dev/null
: > "$work/app.txt"; : > "$work/floor.txt"; : > "$work/plain.txt"
for i in $(seq "$runs"); do
  a=$(measure app ${app_cds[@]+"${app_cds[@]}"})
  f=$(measure floor ${floor_cds[@]+"${floor_cds[@]}"})
  echo "$a" >> "$work/app.txt"
  echo "$f" >> "$work/floor.txt"
  line="run $i: app $a ms, floor $f ms"
  if $cds; then
    p=$(measure floor)
    echo "$p" >> "$work/plain.txt"
    line="$line, floor without archive $p ms"
  fi
  echo "$line"
done
echo "load after: $(uptime)"

app_median=$(median < "$work/app.txt")
floor_median=$(median < "$work/floor.txt")
echo "layout-pass-max: $(sort -n "$work/passes.txt" | tail -1) (of all runs; 1: the cases were listed in the first frame)"
echo "app-median-ms: $app_median"
echo "floor-median-ms: $floor_median"
if $cds; then
  plain_median=$(median < "$work/plain.txt")
  echo "floor-without-archive-median-ms: $plain_median"
  echo "ratio-to-floor-without-archive: $(awk -v a="$app_median" -v f="$plain_median" 'BEGIN {printf "%.2f", a / f}')"
fi
echo "ratio: $(awk -v a="$app_median" -v f="$floor_median" 'BEGIN {printf "%.2f", a / f}')"
