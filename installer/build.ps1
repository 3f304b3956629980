# Build the shop-PC bundle and the Windows installer on a Windows build PC, the twin of build.sh:
#   powershell -ExecutionPolicy Bypass -File installer\build.ps1
# gives dist\Loyalty\ (Loyalty.exe, loyalty-cli.exe) and dist\Loyalty-<version>-setup.exe.
# Needs Python 3.11+, NSIS (makensis on PATH) and, to sign, signtool from the Windows SDK with
# LOYALTY_SIGN_CERT (a .pfx), LOYALTY_SIGN_PASSWORD and LOYALTY_TIMESTAMP_URL set.
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)

function Invoke-Step { & $args[0] $args[1..($args.Count - 1)]; if ($LASTEXITCODE) { throw "$($args[0]) failed ($LASTEXITCODE)" } }

function Invoke-Sign($path) {
    if (-not $env:LOYALTY_SIGN_CERT) { return }
    Invoke-Step signtool sign /fd SHA256 /f $env:LOYALTY_SIGN_CERT /p $env:LOYALTY_SIGN_PASSWORD `
        /tr $env:LOYALTY_TIMESTAMP_URL /td SHA256 $path
}

if (-not (Get-Command uv -ErrorAction SilentlyContinue)) { Invoke-Step py -m pip install --quiet uv }
# A build environment of its own: the app's packages, the PostgreSQL driver and PyInstaller.
$env:UV_PROJECT_ENVIRONMENT = Join-Path (Get-Location) "build\venv"
Invoke-Step uv sync --quiet --frozen --no-default-groups --group build --extra postgresql
if (Test-Path dist\Loyalty) { Remove-Item -Recurse -Force dist\Loyalty }
Invoke-Step uv run --no-sync pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller `
    installer\loyalty.spec
Invoke-Sign dist\Loyalty\Loyalty.exe
Invoke-Sign dist\Loyalty\loyalty-cli.exe
$version = ((& dist\Loyalty\loyalty-cli.exe --version) -split " ")[1]
Invoke-Step makensis /WX "/DVERSION=$version" installer\loyalty.nsi
Invoke-Sign "dist\Loyalty-$version-setup.exe"
Write-Host "Built dist\Loyalty and dist\Loyalty-$version-setup.exe"
