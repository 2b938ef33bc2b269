"""The Windows and macOS recipes agree with the PyInstaller spec (they can only be built on their systems)."""

from __future__ import annotations

import plistlib
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC = (ROOT / "packaging" / "pyinstaller" / "relance.spec").read_text(encoding="utf-8")
ISS = (ROOT / "packaging" / "windows" / "relance.iss").read_text(encoding="utf-8")


def _exe_name() -> str:
    found = re.search(r'EXE\(.*?name="([^"]+)"', SPEC, re.S)
    assert found is not None
    return found.group(1)


def test_the_mac_info_plist_is_valid_and_names_the_bundled_executable() -> None:
    template = (ROOT / "packaging" / "macos" / "Info.plist").read_text(encoding="utf-8")
    assert {"@VERSION@", "@SHORT_VERSION@"} <= set(re.findall(r"@[A-Z_]+@", template))
    info = plistlib.loads(template.replace("@VERSION@", "v1.2.0-3-gabc").replace("@SHORT_VERSION@", "1.2.0").encode())
    assert info["CFBundleExecutable"] == _exe_name()
    assert info["CFBundleShortVersionString"] == "1.2.0" and info["CFBundlePackageType"] == "APPL"
    assert (ROOT / "resources" / "icons" / info["CFBundleIconFile"]).is_file()
    assert 'info_plist=info' in SPEC and "packaging\" / \"macos\" / \"Info.plist\"" in SPEC


def test_the_inno_setup_recipe_installs_the_spec_bundle_and_its_exe() -> None:
    defines = dict(re.findall(r'#define (\w+) "([^"]*)"', ISS))
    assert defines["AppExe"] == _exe_name() + ".exe"
    assert defines["Bundle"].replace("\\", "/").endswith("dist/" + _exe_name())
    assert re.search(r'^Source: "\{#Bundle\}\\\*";.*recursesubdirs', ISS, re.M)
    assert re.search(r"^AppId=\{\{[0-9A-F-]{36}\}$", ISS, re.M)  # stable: upgrades replace, not duplicate
    icon = re.search(r"^SetupIconFile=(.+)$", ISS, re.M)
    assert icon is not None
    assert (ROOT / "packaging" / "windows" / icon.group(1).strip().replace("\\", "/")).resolve().is_file()


def test_each_recipe_smoke_tests_the_pdf_worker() -> None:
    for recipe in ("build_bundle.sh", "windows/build.ps1", "macos/build_dmg.sh"):
        after_build = (ROOT / "packaging" / recipe).read_text(encoding="utf-8").split("PyInstaller", 1)[1]
        assert re.search(r'relance(\.exe)?"? +(-ArgumentList +)?"?check"?,? +"?--pdf', after_build), recipe
