#!/usr/bin/env bash
# Build Relance.app and Relance-<version>.dmg on macOS from the one-folder PyInstaller bundle.
# Usage, from anywhere on a Mac (Python 3.11+, the project's .venv or a new one, Xcode command line tools):
#   bash packaging/macos/build_dmg.sh
# Steps: the bundle (packaging/pyinstaller/relance.spec, with the .qm translations), then Relance.app
# (dist/relance wrapped as Contents/MacOS, our Info.plist with the build's version, relance.icns made
# from resources/icons), an ad-hoc signature (or CODESIGN_IDENTITY="Developer ID Application: ..."), and
# a compressed .dmg with hdiutil holding the app and a link to /Applications.
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
SHORT=$(printf '%s' "$VERSION" | sed -nE 's/^v?([0-9]+\.[0-9]+(\.[0-9]+)?).*/\1/p')
SHORT=${SHORT:-0.1.0}

# Relance.app: the one-folder bundle as Contents/MacOS (the executable finds _internal/ beside it).
APP=dist/Relance.app
rm -rf "$APP"
mkdir -p "$APP/Contents/MacOS" "$APP/Contents/Resources"
cp -R dist/relance/. "$APP/Contents/MacOS/"
cp resources/icons/relance.icns "$APP/Contents/Resources/relance.icns"
sed -e "s/@VERSION@/$VERSION/" -e "s/@SHORT_VERSION@/$SHORT/" packaging/macos/Info.plist > "$APP/Contents/Info.plist"
printf 'APPL????' > "$APP/Contents/PkgInfo"
plutil -lint "$APP/Contents/Info.plist"
codesign --force --deep --sign "${CODESIGN_IDENTITY:--}" "$APP"

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
