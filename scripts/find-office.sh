#!/usr/bin/env bash
# Prints the path of LibreOffice's soffice for the PowerPoint and CSV tests (tests/unit/pptx-libreoffice.test.ts,
# tests/unit/csv-libreoffice.test.ts),
# after making sure poppler's pdftotext and pdfinfo are there too, installing Debian's packages when it
# can (as root with apt-get, as CI runs). fonts-noto-core gives LibreOffice Noto Sans Arabic, the face
# the Arabic slides name. Order: $SOFFICE_PATH, soffice on the PATH, LibreOffice's usual places, apt-get.
set -uo pipefail

INSTALL="apt-get install -y --no-install-recommends libreoffice-impress libreoffice-calc poppler-utils fonts-noto-core"

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
  find_soffice >/dev/null && has_calc && command -v pdftotext >/dev/null && command -v pdfinfo >/dev/null
}

if ! ready && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "LibreOffice Impress, Calc or poppler-utils missing: installing them with apt-get…" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive $INSTALL -qq) >&2
fi

if ready; then find_soffice; exit 0; fi

echo "LibreOffice Impress and Calc and poppler-utils are needed to check the PowerPoint and CSV exports: run 'sudo $INSTALL' (or your system's libreoffice-impress, libreoffice-calc and poppler packages), then run 'npm test' again." >&2
exit 1
