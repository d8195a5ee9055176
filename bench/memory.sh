#!/usr/bin/env bash
# Peak RSS of the app with the library open and a session running, over several runs: the
# kernel's high-water mark (VmHWM) of the app's JVM (of each of its JVMs, summed, should it start
# a child JVM; /usr/bin/time -v, also printed, reports only the larger process). Each run also
# prints RSS and PSS at the end of the hold (PSS counts a page shared by N processes as 1/N in each).
#
#   xvfb-run -s "-screen 0 1600x1000x24" bench/memory.sh [SESSION_FILE] [RUNS]
#
# SESSION_FILE "none": the main window only, with the library open, for HOLD seconds.
# Otherwise each run starts the app with a copy of SESSION_FILE (default examples/sample-session.json)
# whose time stamps are moved to end a minute before now (bench's ShiftSession: the app starts no
# clock before the end of a session's log, so an example dated tomorrow would stand still),
# named on the command line, waits for the session window, starts the session clock (F5),
# raises two hands (Ctrl+1, Ctrl+2) and hands the floor to the first of them (F7), lets it run
# for HOLD seconds (default 30; the phase and speaker clocks repaint every second), takes
# a screenshot into bench/target/memory-run-N.png when ImageMagick's import is there, and ends
# the JVM with SIGTERM. Needs xdotool and GNU time (apt-get install -y xdotool time).
# Environment: JAVA, APP_JAR, APP_JAVA_OPTS, HOLD; LAUNCHER=1 starts the app with bin/samtalsledaren
# (its JVM options and AppCDS archive; an unmeasured first start writes the archive) instead of
# plain java -jar (one JVM with the JVM's defaults); INSTALLED=PATH starts it with a jpackage
# launcher, such as the installed /opt/samtalsledaren/bin/Samtalsledaren, in the environment the
# .deb's menu entry gives (GDK_GL=disable without a graphics device; APP_JAVA_OPTS go in
# JAVA_TOOL_OPTIONS).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
java=${JAVA:-java}
app_jar=${APP_JAR:-$root/target/samtalsledaren.jar}
bench_jar=$root/bench/target/benchmarks.jar
session=${1:-$root/examples/sample-session.json}
runs=${2:-3}
hold=${HOLD:-30}
read -r -a app_opts <<< "${APP_JAVA_OPTS:-}"

if [[ -n ${INSTALLED:-} ]]; then
  [[ -x $INSTALLED ]] || { echo "no launcher at $INSTALLED" >&2; exit 2; }
else
  [[ -f $app_jar ]] || { echo "missing $app_jar: mvn -B -q package -DskipTests" >&2; exit 2; }
fi
[[ -f $bench_jar ]] || { echo "missing $bench_jar: build the bench (bench/README.md)" >&2; exit 2; }
[[ -n ${DISPLAY:-} ]] || { echo "no DISPLAY: run under a display, e.g. xvfb-run bench/memory.sh" >&2; exit 2; }
command -v xdotool >/dev/null || { echo "xdotool missing: apt-get install -y xdotool" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "/usr/bin/time missing: apt-get install -y time" >&2; exit 2; }

work=$(mktemp -d)
java_pid=
cleanup() {
  [[ -n $java_pid ]] && kill "$java_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

start_app() {
  if [[ -n ${INSTALLED:-} ]]; then
    if [[ $(uname -s) == Linux && ! -e /dev/dri && ! -e /dev/nvidiactl ]]; then
      export GDK_GL=${GDK_GL-disable}
    fi
    JAVA_TOOL_OPTIONS="${APP_JAVA_OPTS:-} -Dsamtalsledaren.home=$work/home" \
      exec /usr/bin/time -v -o "$work/time.txt" "$INSTALLED" "$@"
  elif [[ -n ${LAUNCHER:-} ]]; then
    XDG_CACHE_HOME="$work/cache" JAVA="$java" SAMTALSLEDAREN_JAR="$app_jar" \
      SAMTALSLEDAREN_JAVA_OPTS="${APP_JAVA_OPTS:-} -Dsamtalsledaren.home=$work/home" \
      exec /usr/bin/time -v -o "$work/time.txt" "$root/bin/samtalsledaren" "$@"
  else
    exec /usr/bin/time -v -o "$work/time.txt" \
      "$java" ${app_opts[@]+"${app_opts[@]}"} -Dsamtalsledaren.home="$work/home" -jar "$app_jar" "$@"
  fi
}
# An unmeasured first start: bin/samtalsledaren writes its class-data archive in the cache folder, as
# a user's first start does; the other ways warm the file cache as much.
if [[ -n ${INSTALLED:-} ]]; then
  JAVA_TOOL_OPTIONS="-Dsamtalsledaren.home=$work/warm-up" "$INSTALLED" --startup-probe >/dev/null 2>&1
elif [[ -n ${LAUNCHER:-} ]]; then
  XDG_CACHE_HOME="$work/cache" JAVA="$java" SAMTALSLEDAREN_JAR="$app_jar" \
    SAMTALSLEDAREN_JAVA_OPTS="-Dsamtalsledaren.home=$work/warm-up" "$root/bin/samtalsledaren" --startup-probe >/dev/null
else
  "$java" ${app_opts[@]+"${app_opts[@]}"} -Dsamtalsledaren.home="$work/home" -jar "$app_jar" --startup-probe >/dev/null
fi

echo "load before: $(uptime)"
: > "$work/peaks.txt"
for i in $(seq "$runs"); do
  rm -rf "$work/home/config" "$work/home/data"
  if [[ $session == none ]]; then
    start_app >"$work/app.log" 2>&1 &
  else
    # A copy whose time stamps end a minute ago, so that its clocks run (ShiftSession).
    "$java" -cp "$bench_jar" se.samtalsledaren.bench.ShiftSession "$session" "$work/session.json" >/dev/null
    start_app "$work/session.json" >"$work/app.log" 2>&1 &
  fi
  time_pid=$!
  java_pid=
  for _ in $(seq 100); do
    java_pid=$(pgrep -P "$time_pid" || true)
    [[ -n $java_pid ]] && break
    sleep 0.2
  done
  if [[ $session == none ]]; then
    timeout 300 xdotool search --sync --onlyvisible --name '^Samtalsledaren' >/dev/null
  else
    window=$(timeout 300 xdotool search --sync --onlyvisible --name '^Session' | head -1)
    sleep 2
    xdotool windowactivate --sync "$window" 2>/dev/null || xdotool windowfocus --sync "$window"
    xdotool key --window "$window" F5 ctrl+1 ctrl+2 F7
  fi
  sleep "$hold"
  if command -v import >/dev/null; then
    mkdir -p "$root/bench/target"
    import -window root "$root/bench/target/memory-run-$i.png"
  fi
  hwm=0
  parts=
  rss_now=0
  pss_now=0
  for pid in "$java_pid" $(pgrep -P "$java_pid" || true); do
    h=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
    hwm=$((hwm + h))
    parts="$parts${parts:+ + }$((h / 1024))"
    rss_now=$((rss_now + $(awk '/^Rss:/ {print $2}' "/proc/$pid/smaps_rollup")))
    pss_now=$((pss_now + $(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup")))
  done
  kill "$java_pid"
  wait "$time_pid" || true
  java_pid=
  largest=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
  echo "run $i: peak RSS $((hwm / 1024)) MiB (VmHWM of the JVMs: $parts MiB; time -v, the larger: $((largest / 1024)) MiB)"
  echo "       at the end of the hold: RSS $((rss_now / 1024)) MiB, PSS $((pss_now / 1024)) MiB (the JVMs together)"
  echo "$hwm" >> "$work/peaks.txt"
done
echo "load after: $(uptime)"
median=$(sort -n "$work/peaks.txt" | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : int((v[NR/2]+v[NR/2+1])/2)}')
max=$(sort -n "$work/peaks.txt" | tail -1)
echo "peak-rss-median-mib: $((median / 1024))"
echo "peak-rss-max-mib: $((max / 1024))"
