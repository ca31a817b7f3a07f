#!/usr/bin/env bash
# Installs the Debian packages `npm run bench` needs when they are missing: pandoc and wkhtmltopdf (the
# contender), GNU time (peak memory of each run), poppler-utils (page counts), and hyperfine for timing a single
# command by hand when looking into a figure.
set -euo pipefail
need=()
command -v pandoc      >/dev/null || need+=(pandoc)
command -v wkhtmltopdf >/dev/null || need+=(wkhtmltopdf)
command -v pdfinfo     >/dev/null || need+=(poppler-utils)
command -v hyperfine   >/dev/null || need+=(hyperfine)
[ -x /usr/bin/time ]             || need+=(time)
# wkhtmltopdf renders text with whatever fonts fontconfig finds; a bare system may have none.
# (grep reads to the end: with -q it could stop early and fail the pipeline under pipefail.)
fc-list 2>/dev/null | grep -i dejavu >/dev/null || need+=(fonts-dejavu-core)
bash "$(dirname "$0")/../scripts/apt-install.sh" ${need[@]+"${need[@]}"}
