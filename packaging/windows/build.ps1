# Build the Windows installer of Relance: the one-folder bundle (PyInstaller), then the setup program (Inno Setup 6).
# Usage, from the repository root in PowerShell:  powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Needs: Python 3.11+, Qt's lrelease (installed with PySide6), Inno Setup 6 (ISCC.exe on PATH or in its default folder).
# Output: dist\relance\relance.exe (the bundle) and dist\installer\Relance-<version>-setup.exe.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

if (-not (Test-Path .venv\Scripts\python.exe)) { py -3 -m venv .venv }
$py = ".venv\Scripts\python.exe"
& $py -m pip install --quiet --disable-pip-version-check -e ".[packaging]"
if ($LASTEXITCODE) { throw "pip install failed" }

# Translations (.ts -> .qm) and the Windows icon, as `make translations` and the macOS recipe do.
Get-ChildItem resources\i18n\*.ts | ForEach-Object {
    & .venv\Scripts\pyside6-lrelease.exe -silent $_.FullName -qm ($_.FullName -replace '\.ts$', '.qm')
    if ($LASTEXITCODE) { throw "lrelease failed on $($_.Name)" }
}
if (-not (Test-Path resources\icons\relance.ico)) { & $py packaging\windows\make_ico.py }

& $py -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller packaging\pyinstaller\relance.spec
if ($LASTEXITCODE) { throw "PyInstaller failed" }

# Smoke test: the bundle starts, paints its window and saves a screenshot.
$smoke = Join-Path $env:TEMP ("relance-smoke-" + [guid]::NewGuid())
$proc = Start-Process dist\relance\relance.exe -ArgumentList "--data-dir", "$smoke", "--demo", "--screenshot", "dist\bundle-smoke.png", "--view", "followups" -PassThru -Wait
if ($proc.ExitCode -ne 0 -or -not (Test-Path dist\bundle-smoke.png)) { throw "the bundle did not start" }
Remove-Item -Recurse -Force $smoke
# The PDF worker is a spawned child of the frozen executable: render the sample quote through it.
$proc = Start-Process dist\relance\relance.exe -ArgumentList "check", "--pdf", "dist\bundle-smoke.pdf" -PassThru -Wait
if ($proc.ExitCode -ne 0 -or -not (Test-Path dist\bundle-smoke.pdf)) { throw "the bundle could not render a PDF" }

# A numeric file version for Windows when the build is a tagged one (v1.2.0 -> 1.2.0).
$version = (Get-Content dist\relance\_internal\VERSION -Raw).Trim()
$numeric = if ($version -match '^v?(\d+\.\d+\.\d+)$') { $Matches[1] } else { "0.1.0" }

$iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
& $iscc /Q "/DAppVersion=$version" "/DNumericVersion=$numeric" packaging\windows\relance.iss
if ($LASTEXITCODE) { throw "ISCC failed" }
Write-Host "installer: dist\installer\Relance-$version-setup.exe"
