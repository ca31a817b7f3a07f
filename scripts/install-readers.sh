#!/usr/bin/env bash
# Installs the real readers the conformance tests open our output with, when they are missing. (hyperfine, a
# benchmark tool, is bench/install.sh's.)
set -euo pipefail
need=()
command -v soffice   >/dev/null || need+=(libreoffice-writer-nogui)
command -v pandoc    >/dev/null || need+=(pandoc)
command -v pdftotext >/dev/null || need+=(poppler-utils)
command -v qpdf      >/dev/null || need+=(qpdf)
command -v chromium  >/dev/null || need+=(chromium)
bash "$(dirname "$0")/apt-install.sh" ${need[@]+"${need[@]}"}
