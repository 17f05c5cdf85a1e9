#!/usr/bin/env bash
# Build the map's label font: a subset of Noto Sans CJK SC Regular (SIL OFL 1.1) holding only the characters
# map labels use (scripts/label-chars.ts). deck.gl's TextLayer draws its glyph atlas from a CSS font family,
# so the app ships this font itself (same origin, no font CDN) and Chinese labels never render as boxes.
#
# Writes (all committed):
#   public/fonts/atlas-labels.chars.txt   the characters, one line, sorted by code point
#   public/fonts/atlas-labels.woff2       the subset font (CFF outlines, no hinting, no layout tables)
#   public/fonts/LICENSE-NotoSansCJK.txt  the font's copyright notice and the OFL 1.1 text
#
# Needs: node deps (npx tsx), fonts-noto-cjk, Python fontTools + brotli (installed with apt-get when missing).
# Deterministic: same characters + same fontTools version -> same bytes (checked by running it twice).
set -euo pipefail

cd "$(dirname "$0")/.."

TTC="${NOTO_CJK_TTC:-/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc}"
COPYRIGHT="${NOTO_CJK_COPYRIGHT:-/usr/share/doc/fonts-noto-cjk/copyright}"
FAMILY="Noto Sans CJK SC"
OUT_DIR=public/fonts
CHARS="$OUT_DIR/atlas-labels.chars.txt"
WOFF2="$OUT_DIR/atlas-labels.woff2"
LICENSE="$OUT_DIR/LICENSE-NotoSansCJK.txt"

# --- a Python that has fontTools.subset (pyftsubset) and brotli (for woff2) --------------------------------
# Debian's python3-fonttools provides the module (`python3 -m fontTools.subset` is pyftsubset); prefer the
# system interpreter, since a pyenv/venv python3 earlier on PATH does not see Debian packages.
find_python() {
  local py
  for py in ${PYTHON:-} /usr/bin/python3 python3; do
    if command -v "$py" >/dev/null 2>&1 && "$py" -c 'import fontTools.subset, brotli' >/dev/null 2>&1; then
      command -v "$py"
      return 0
    fi
  done
  return 1
}
if ! PY="$(find_python)"; then
  echo "subset-font: fontTools/brotli missing; installing python3-fonttools python3-brotli with apt-get" >&2
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends python3-fonttools python3-brotli
  PY="$(find_python)" || { echo "subset-font: still no usable fontTools after apt-get install" >&2; exit 1; }
fi
[ -f "$TTC" ] || { echo "subset-font: $TTC not found (apt-get install fonts-noto-cjk)" >&2; exit 1; }

# --- which face of the collection is "Noto Sans CJK SC" Regular ------------------------------------------------
FONT_NUMBER="$("$PY" - "$TTC" "$FAMILY" <<'PY'
import sys
from fontTools.ttLib import TTCollection
path, family = sys.argv[1], sys.argv[2]
coll = TTCollection(path, lazy=True)
hits = [i for i, f in enumerate(coll.fonts)
        if f["name"].getDebugName(1) == family and f["name"].getDebugName(2) == "Regular"]
if len(hits) != 1:
    sys.exit(f"expected exactly one '{family}' Regular face in {path}, found {hits}")
print(hits[0])
PY
)"
echo "subset-font: $TTC face #$FONT_NUMBER is $FAMILY Regular (fontTools $("$PY" -c 'import fontTools; print(fontTools.version)'))" >&2

# --- the character list ---------------------------------------------------------------------------------------
mkdir -p "$OUT_DIR"
trap 'rm -f "$CHARS.tmp" "$WOFF2.tmp" "$LICENSE.tmp"' EXIT
npx --no-install tsx scripts/label-chars.ts > "$CHARS.tmp"
mv "$CHARS.tmp" "$CHARS"

# --- subset ---------------------------------------------------------------------------------------------------
# deck.gl draws each character on its own into a glyph atlas (no shaping), so all OpenType layout tables and
# vertical metrics go; hinting goes too. Name records kept: 0-6 (copyright, names, version) and 13/14 (OFL
# licence text and URL), English only. --no-recalc-timestamp keeps head.modified from the source font, so the
# output does not depend on when the script runs.
"$PY" -m fontTools.subset "$TTC" \
  --font-number="$FONT_NUMBER" \
  --text-file="$CHARS" \
  --output-file="$WOFF2.tmp" \
  --flavor=woff2 \
  --no-hinting \
  --desubroutinize \
  --layout-features='' \
  --drop-tables+=GSUB,GPOS,GDEF,BASE,JSTF,MATH,vhea,vmtx,VORG,DSIG \
  --name-IDs=0,1,2,3,4,5,6,13,14 \
  --name-languages=0x0409 \
  --no-glyph-names \
  --notdef-outline \
  --no-recalc-timestamp
mv "$WOFF2.tmp" "$WOFF2"

# every requested character must really be in the font (a missing glyph would draw as a box / fallback)
"$PY" - "$WOFF2" "$CHARS" <<'PY'
import sys
from fontTools.ttLib import TTFont
font = TTFont(sys.argv[1])
cmap = font.getBestCmap()
chars = open(sys.argv[2], encoding="utf-8").read().rstrip("\n")
missing = [c for c in chars if ord(c) not in cmap]
if missing:
    sys.exit("subset-font: not in Noto Sans CJK SC: " + " ".join(f"{c} U+{ord(c):04X}" for c in missing))
PY

# --- licence --------------------------------------------------------------------------------------------------
# The copyright notice from the font's own name table, then the OFL 1.1 text from the Debian copyright file.
"$PY" - "$TTC" "$FONT_NUMBER" "$COPYRIGHT" > "$LICENSE.tmp" <<'PY'
import sys
from fontTools.ttLib import TTFont
ttc, number, copyright_path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
name = TTFont(ttc, fontNumber=number, lazy=True)["name"]
lines, in_ofl = [], False
for line in open(copyright_path, encoding="utf-8").read().splitlines():
    if line.startswith("License: SIL-1.1") and not line[len("License: SIL-1.1"):].strip():
        in_ofl = True
        continue
    if in_ofl:
        if not line.startswith(" "):
            if lines:
                break
            in_ofl = False  # a "License:" line of a Files stanza, not the licence paragraph itself
            continue
        body = line[1:]
        lines.append("" if body == "." else body)
if not any("SIL OPEN FONT LICENSE Version 1.1" in l for l in lines):
    sys.exit(f"subset-font: no OFL 1.1 text found in {copyright_path}")
while lines and not lines[-1].strip():
    lines.pop()
print("public/fonts/atlas-labels.woff2 is a subset of Noto Sans CJK SC Regular")
print(f"({name.getDebugName(5)}), https://github.com/googlefonts/noto-cjk,")
print("made by scripts/subset-font.sh. It is a Modified Version of the Font Software and,")
print("like the original, is licensed under the SIL Open Font License, Version 1.1.")
print()
print(name.getDebugName(0))
print()
print("\n".join(lines))
PY
mv "$LICENSE.tmp" "$LICENSE"

printf 'subset-font: %s chars -> %s (%s bytes)\n' "$("$PY" -c 'import sys; print(len(open(sys.argv[1], encoding="utf-8").read().rstrip("\n")))' "$CHARS")" \
  "$WOFF2" "$(wc -c < "$WOFF2")" >&2
