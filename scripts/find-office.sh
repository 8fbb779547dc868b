#!/usr/bin/env bash
# Prints the path of LibreOffice's soffice for the PowerPoint, CSV and SVG tests
# (tests/unit/pptx-libreoffice.test.ts, tests/unit/csv-libreoffice.test.ts, tests/unit/xlsx-libreoffice.test.ts, and
# tests/unit/export-renderers.test.ts, which opens the SVG exports in LibreOffice Draw and rsvg-convert),
# after making sure poppler's pdftotext and pdfinfo, librsvg's rsvg-convert and Inkscape are there too, installing
# Debian's packages when it can (as root with apt-get, as CI runs). fonts-noto-core gives LibreOffice
# Noto Sans Arabic, the face the Arabic slides name; fonts-dejavu-core the face it draws the Arabic SVG
# in. Order: $SOFFICE_PATH, soffice on the PATH, LibreOffice's usual places, apt-get.
set -uo pipefail

INSTALL="apt-get install -y --no-install-recommends libreoffice-impress libreoffice-calc libreoffice-draw librsvg2-bin inkscape poppler-utils fonts-noto-core fonts-dejavu-core"

find_soffice() {
  if [ -n "${SOFFICE_PATH:-}" ] && [ -x "$SOFFICE_PATH" ]; then echo "$SOFFICE_PATH"; return 0; fi
  for c in "$(command -v soffice 2>/dev/null)" /usr/bin/soffice /usr/lib/libreoffice/program/soffice \
    /Applications/LibreOffice.app/Contents/MacOS/soffice; do
    if [ -n "$c" ] && [ -x "$c" ]; then echo "$c"; return 0; fi
  done
  return 1
}

# Calc imports the CSV files (tests/unit/csv-libreoffice.test.ts); an Impress-only install has no Calc
# library beside soffice.
has_calc() {
  local dir
  dir=$(dirname "$(readlink -f "$(find_soffice)")")
  compgen -G "$dir/libsclo.*" >/dev/null || compgen -G "$dir/../Frameworks/libsclo.*" >/dev/null
}

ready() {
  find_soffice >/dev/null && has_calc && command -v pdftotext >/dev/null && command -v pdfinfo >/dev/null &&
    command -v rsvg-convert >/dev/null && command -v inkscape >/dev/null
}

if ! ready && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "LibreOffice Impress, Calc, poppler-utils or rsvg-convert missing: installing them with apt-get…" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive $INSTALL -qq) >&2
fi

if ready; then find_soffice; exit 0; fi

echo "LibreOffice Impress, Calc and Draw, poppler-utils and rsvg-convert are needed to check the PowerPoint, CSV and SVG exports: run 'sudo $INSTALL' (or your system's LibreOffice, poppler and librsvg packages), then run 'npm test' again." >&2
exit 1
