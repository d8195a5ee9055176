#!/usr/bin/env bash
# Runs axe-core (Deque's accessibility rules, as browsers' audit tools use them) on exported HTML
# files in a headless Chromium and prints every violation. For a person checking the export by
# hand; not part of the build or CI (it needs a system Chromium and the npm registry).
#
#   tools/axe-check.sh FILE.html...    check these files
#   tools/axe-check.sh                 export the sample session (Swedish and English) with
#                                      target/samtalsledaren.jar and check both
#
# Needs: chromium (or chromium-browser / google-chrome) on PATH, npm (to fetch axe-core once into
# a temporary folder), python3. Exit status: 0 no violation, 1 violations, 3 a tool is missing.
# AXE_VERSION chooses the axe-core release (default 4.14.1).
set -euo pipefail

chrome=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$chrome" ]; then
  echo "axe-check: no Chromium found (apt-get install chromium); nothing checked" >&2
  exit 3
fi
for tool in npm python3; do
  command -v "$tool" >/dev/null || { echo "axe-check: $tool is needed" >&2; exit 3; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "axe-core@${AXE_VERSION:-4.14.1}" >/dev/null && tar xzf axe-core-*.tgz)
axe="$work/package/axe.min.js"

files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  root=$(cd "$(dirname "$0")/.." && pwd)
  jar="$root/target/samtalsledaren.jar"
  [ -f "$jar" ] || { echo "axe-check: $jar not found (mvn -B package -DskipTests)" >&2; exit 3; }
  java -jar "$jar" export "$root/examples/sample-session.json" --out "$work/sample-sv.html" >/dev/null
  java -jar "$jar" export "$root/examples/sample-session.json" --lang en --out "$work/sample-en.html" >/dev/null
  files=("$work/sample-sv.html" "$work/sample-en.html")
fi

status=0
for file in "${files[@]}"; do
  for width in 1280 390; do   # a desktop window and a phone
    page="$work/page.html"
    # A copy of the page with axe-core and a script that writes its result into the page.
    python3 - "$file" "$axe" "$page" <<'PY'
import sys
html = open(sys.argv[1], encoding="utf-8").read()
axe = open(sys.argv[2], encoding="utf-8").read()
runner = """
axe.run(document).then(function (r) {
  var out = document.createElement('pre');
  out.id = 'axe-result';
  out.textContent = JSON.stringify(r.violations.map(function (v) {
    return {id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(function (n) { return n.target.join(' '); })};
  }));
  document.documentElement.appendChild(out);
});
"""
inject = "<script>" + axe + "</script><script>" + runner + "</script>"
i = html.rfind("</body>")
open(sys.argv[3], "w", encoding="utf-8").write(html[:i] + inject + html[i:] if i >= 0 else html + inject)
PY
    "$chrome" --headless=new --no-sandbox --disable-gpu --window-size="$width,900" \
      --virtual-time-budget=15000 --dump-dom "file://$page" 2>/dev/null > "$work/dom.html"
    python3 - "$work/dom.html" "$file" "$width" <<'PY' || status=1
import html, json, re, sys
dom = open(sys.argv[1], encoding="utf-8").read()
m = re.search(r'<pre id="axe-result">(.*?)</pre>', dom, re.S)
if not m:
    print(f"{sys.argv[2]} ({sys.argv[3]} px): axe-core gave no result", file=sys.stderr)
    sys.exit(1)
violations = json.loads(html.unescape(m.group(1)))
print(f"{sys.argv[2]} ({sys.argv[3]} px): {len(violations)} violation(s)")
for v in violations:
    print(f"  {v['impact']}: {v['id']}: {v['help']}")
    for n in v["nodes"][:5]:
        print(f"    {n}")
sys.exit(1 if violations else 0)
PY
  done
done
exit $status
