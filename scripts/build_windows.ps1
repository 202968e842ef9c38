# Build deskapp for Windows desk PCs: venv, one-folder build, frozen --self-test, then the NSIS installer.
# NOT RUN YET: written on Linux, where only the installer script itself is compiled (scripts/build_installer.sh).
#
#   powershell -ExecutionPolicy Bypass -File scripts\build_windows.ps1
#
# Needs: Python 3.11+ (py launcher) and NSIS 3 (makensis on PATH, or in "C:\Program Files (x86)\NSIS").
# Result: dist\deskapp\ (the folder) and dist\deskapp-setup.exe (unsigned: sign it, see docs\INSTALL.md).
$ErrorActionPreference = "Stop"
$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root

function Invoke-Checked([string]$What, [scriptblock]$Block) {
    Write-Host "== $What"
    & $Block
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)" }
}

$Python = Join-Path $Root ".venv\Scripts\python.exe"
if (-not (Test-Path $Python)) {
    Invoke-Checked "creating .venv" { py -3.11 -m venv .venv }
}
Invoke-Checked "installing deskapp and PyInstaller" { & $Python -m pip install --quiet -e . "pyinstaller>=6.10" }
Invoke-Checked "building dist\deskapp" {
    & $Python -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build build.spec
}

# The exe is windowed; --self-test attaches to this console (deskapp/platform/console.py). Start-Process -Wait
# gives the exit code of a GUI-subsystem program, which a plain call would not wait for.
$Elsewhere = Join-Path $env:TEMP ("deskapp-selftest-" + [guid]::NewGuid())
New-Item -ItemType Directory $Elsewhere | Out-Null
Remove-Item Env:DESKAPP_DB -ErrorAction SilentlyContinue
$Test = Start-Process -FilePath (Join-Path $Root "dist\deskapp\deskapp.exe") -ArgumentList "--self-test" `
    -WorkingDirectory $Elsewhere -Wait -PassThru -NoNewWindow
if ($Test.ExitCode -ne 0) { throw "frozen --self-test failed (exit code $($Test.ExitCode))" }

$Makensis = (Get-Command makensis -ErrorAction SilentlyContinue).Source
if (-not $Makensis) { $Makensis = "${env:ProgramFiles(x86)}\NSIS\makensis.exe" }
$Version = & $Python -c "import deskapp; print(deskapp.__version__)"
Invoke-Checked "building dist\deskapp-setup.exe" {
    & $Makensis -V2 -WX "-DPAYLOAD=$Root\dist\deskapp" "-DVERSION=$Version" "-DOUTFILE=$Root\dist\deskapp-setup.exe" `
        installer\deskapp.nsi
}
Write-Host "== done: dist\deskapp-setup.exe (sign it before pushing it to desk PCs)"
