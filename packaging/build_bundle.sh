#!/usr/bin/env bash
# Build the one-folder Linux bundle with PyInstaller and start it with --screenshot as a smoke test.
# Usage: packaging/build_bundle.sh  (from anywhere; uses the project's .venv)
# Output: dist/relance/relance, dist/bundle-smoke.png and dist/bundle-smoke.pdf.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
$PY -m pip install --quiet --disable-pip-version-check -e '.[packaging]'
make --no-print-directory translations
started=$(date +%s)
$PY -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
    packaging/pyinstaller/relance.spec
echo "bundle built in $(( $(date +%s) - started )) s: dist/relance"
smoke_dir=$(mktemp -d)
trap 'rm -rf "$smoke_dir"' EXIT
QT_QPA_PLATFORM=offscreen timeout 120 dist/relance/relance --data-dir "$smoke_dir/data" --demo \
    --screenshot dist/bundle-smoke.png --view followups
test -s dist/bundle-smoke.png
# The PDF worker is a spawned child of the frozen executable: render the sample quote through it.
timeout 120 dist/relance/relance check --pdf dist/bundle-smoke.pdf
head -c 5 dist/bundle-smoke.pdf | grep -q '%PDF-'
echo "smoke test: the bundle started, saved dist/bundle-smoke.png and rendered dist/bundle-smoke.pdf"
