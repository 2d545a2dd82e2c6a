#!/usr/bin/env bash
# Installs the Debian packages kzreview needs when they are missing (the machine's user is root).
#   scripts/system-deps.sh runtime   OCR of scanned complaints: Tesseract with the Russian and Kazakh models
#   scripts/system-deps.sh test      the above, plus headless Chromium for the browser tests and a Cyrillic font
set -euo pipefail
what=${1:-test}
need=()
command -v tesseract >/dev/null 2>&1 || need+=(tesseract-ocr)
ls /usr/share/tesseract-ocr/*/tessdata/rus.traineddata >/dev/null 2>&1 || need+=(tesseract-ocr-rus)
ls /usr/share/tesseract-ocr/*/tessdata/kaz.traineddata >/dev/null 2>&1 || need+=(tesseract-ocr-kaz)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
if [ "$what" = test ]; then
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  [ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
fi
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "missing Debian packages: ${need[*]} (run as root, or: sudo apt-get install ${need[*]})" >&2
  exit 1
fi
echo "installing Debian packages: ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q >/dev/null
apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null
