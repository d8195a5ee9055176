#!/usr/bin/env bash
# Packages the start-up floor (MinimalWindow: one empty JavaFX window, measured by the app's own
# StartupProbe) the way the app's installers are packaged: the same Packager (src/build/java), so a
# jlinked runtime with JavaFX as modules, the same JVM options and a class-data archive from its own
# training run. Writes bench/target/floor/image/Floor (bin/Floor is the launcher) for
#
#   xvfb-run -a -s "-screen 0 1600x1000x24" bench/startup.sh --packaged /opt/samtalsledaren/bin/Samtalsledaren \
#       bench/target/floor/image/Floor/bin/Floor
#
# With --controls it packages ControlsWindow instead (the app's main-window controls in an otherwise
# empty program, bench/target/controls/image/Controls/bin/Controls), the second reference of
# docs/performance.md.
#
# Needs the app built (target/classes) and the bench built (bench/target/classes); the JavaFX jars
# are the app's, from Maven (MVN, default "mvn"; MVN="mvn -o" offline). The training run needs a
# display (DISPLAY, or xvfb-run on the PATH).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
mvn=${MVN:-mvn}
java=${JAVA:-java}
[[ -f $root/target/classes/se/samtalsledaren/ui/StartupProbe.class ]] || { echo "build the app first: mvn -B -q package -DskipTests" >&2; exit 2; }
[[ -f $root/bench/target/classes/se/samtalsledaren/bench/MinimalWindow.class ]] || { echo "build the bench first (bench/README.md)" >&2; exit 2; }

name=Floor main=MinimalWindow
if [[ ${1:-} == --controls ]]; then
  name=Controls main=ControlsWindow
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The floor's classes: MinimalWindow and the probe it prints with.
mkdir -p "$work/classes/se/samtalsledaren/bench" "$work/classes/se/samtalsledaren/ui"
cp "$root"/bench/target/classes/se/samtalsledaren/bench/$main*.class "$work/classes/se/samtalsledaren/bench/"
cp "$root"/target/classes/se/samtalsledaren/ui/StartupProbe*.class "$work/classes/se/samtalsledaren/ui/"
# The app's JavaFX jars (the Linux, Windows or macOS ones Maven picks for this system).
(cd "$root" && $mvn -B -q dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile="$work/cp.txt")
javafx=$(tr ':' '\n' < "$work/cp.txt" | grep '/org/openjfx/' | paste -sd: -)

"$java" "$root/src/build/java/Packager.java" image \
  --name $name --version 1.0 \
  --main-class se.samtalsledaren.bench.$main \
  --classes "$work/classes" --class-path "$javafx" \
  --dest "$root/bench/target/${name,,}" \
  --add-modules jdk.localedata --locales sv,en \
  --training required --train-args ""
