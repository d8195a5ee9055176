#!/usr/bin/env bash
# Screenshots of the room's pages at 360x640 (device pixel ratio 2) in the system's Chromium,
# headless, Swedish and English: a demo room (se.samtalsledaren.room.DemoRoom, test classes) on
# 127.0.0.1 and tools/RoomScreenshots.java driving Chromium over the DevTools protocol.
#   tools/room-screenshots.sh [OUTDIR]        (default target/room-screenshots; never commit them)
# Needs Chromium (Debian: apt-get install -y chromium). Exits 0 with a note when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-target/room-screenshots}"
chromium="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -z "$chromium" ]; then
  echo "room-screenshots: no Chromium found (Debian: apt-get install -y chromium); nothing taken"
  exit 0
fi
mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/room-classpath.txt >/dev/null
cp="target/classes:target/test-classes:$(cat target/room-classpath.txt)"
fifo="$(mktemp -u)"
mkfifo "$fifo"
exec 3<>"$fifo"
rm "$fifo"
java -cp "$cp" se.samtalsledaren.room.DemoRoom <&3 >target/room-demo.txt 2>target/room-demo.err &
demo=$!
trap 'exec 3>&-; wait "$demo" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  [ -s target/room-demo.txt ] && break
  if ! kill -0 "$demo" 2>/dev/null; then cat target/room-demo.err >&2; exit 1; fi
  sleep 0.1
done
read -r base token code < target/room-demo.txt
echo "demo room: $base (code $code)"
java tools/RoomScreenshots.java "$chromium" "$base" "$token" "$out" sv
java tools/RoomScreenshots.java "$chromium" "$base" "$token" "$out" en
