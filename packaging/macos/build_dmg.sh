#!/usr/bin/env bash
# Build Relance.app and Relance-<version>.dmg on macOS from the one-folder PyInstaller bundle.
# Usage, from anywhere on a Mac (Python 3.11+, the project's .venv or a new one, Xcode command line tools):
#   bash packaging/macos/build_dmg.sh
# Steps: the bundle and Relance.app (packaging/pyinstaller/relance.spec, with the .qm translations; its
# BUNDLE step uses packaging/macos/Info.plist with the build's version and relance.icns), an ad-hoc
# signature (or CODESIGN_IDENTITY="Developer ID Application: ..."), verified, a smoke test (a screenshot and
# `relance check`), and a compressed .dmg with hdiutil holding the app and a link to /Applications.
# Output: dist/Relance.app and dist/Relance-<version>.dmg.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ "$(uname -s)" = Darwin ] || { echo "build_dmg.sh: run this on macOS (hdiutil, codesign)" >&2; exit 2; }

[ -x .venv/bin/python ] || python3 -m venv .venv
PY=.venv/bin/python
$PY -m pip install --quiet --disable-pip-version-check -e '.[packaging]'
for ts in resources/i18n/*.ts; do .venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"; done
[ -s resources/icons/relance.icns ] || $PY packaging/macos/make_icns.py

$PY -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
    packaging/pyinstaller/relance.spec

VERSION=$(tr -d '[:space:]' < dist/relance/_internal/VERSION)

# Relance.app is built by the spec's BUNDLE step (PyInstaller's macOS layout: code in Contents/MacOS and
# Contents/Frameworks, data in Contents/Resources, which codesign requires), with our Info.plist's keys.
APP=dist/Relance.app
[ -d "$APP" ] || { echo "build_dmg.sh: PyInstaller did not make $APP" >&2; exit 1; }
plutil -lint "$APP/Contents/Info.plist"
codesign --force --deep --sign "${CODESIGN_IDENTITY:--}" "$APP"
codesign --verify --deep --strict "$APP"

# Smoke test: the app's executable starts, paints and saves a screenshot.
smoke_dir=$(mktemp -d)
trap 'rm -rf "$smoke_dir"' EXIT
"$APP/Contents/MacOS/relance" --data-dir "$smoke_dir/data" --demo --screenshot "$smoke_dir/shot.png" --view followups
test -s "$smoke_dir/shot.png"
"$APP/Contents/MacOS/relance" check --pdf "$smoke_dir/sample.pdf"  # the PDF worker: a spawned child process
head -c 5 "$smoke_dir/sample.pdf" | grep -q '%PDF-'

# The disk image: the app and a link to /Applications, compressed (UDZO).
DMG="dist/Relance-$VERSION.dmg"
stage=$(mktemp -d)
cp -R "$APP" "$stage/"
ln -s /Applications "$stage/Applications"
rm -f "$DMG"
hdiutil create -volname "Relance $VERSION" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$DMG"
rm -rf "$stage"
echo "built $APP and $DMG"
