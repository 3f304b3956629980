; The Windows installer of Loyalty: the PyInstaller bundle (dist\Loyalty, from build.ps1) under
; Program Files, Start-menu and desktop shortcuts, an entry in Apps & features with the version,
; and an uninstaller that leaves the shop's data alone (it lives in each user's AppData, never here).
;   makensis /DVERSION=0.1.0 installer\loyalty.nsi   ->   dist\Loyalty-0.1.0-setup.exe
Unicode true
!include "MUI2.nsh"

!ifndef VERSION
  !error "Give the version: makensis /DVERSION=1.2.3 installer\loyalty.nsi (build.ps1 does)"
!endif
!ifndef BUNDLE
  !define BUNDLE "..\dist\Loyalty"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\dist\Loyalty-${VERSION}-setup.exe"
!endif
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Loyalty"

Name "Loyalty ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\Loyalty"
InstallDirRegKey HKLM "Software\Loyalty" "InstallDir"
RequestExecutionLevel admin
SetCompressor /SOLID lzma
BrandingText "Loyalty ${VERSION}"

; The version in the installer's own file properties (Windows wants four numbers).
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "Loyalty"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "Loyalty ${VERSION} installer"
VIAddVersionKey /LANG=0 "LegalCopyright" "Loyalty"

!define MUI_ICON "..\resources\icons\loyalty.ico"
!define MUI_UNICON "..\resources\icons\loyalty.ico"
!define MUI_ABORTWARNING
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_UNPAGE_FINISH
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Dutch"

Section "Loyalty"
  SetShellVarContext all
  ; An update replaces the programme files whole, so no file of an older version stays behind.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE}\*"
  File "..\resources\icons\loyalty.ico"
  WriteUninstaller "$INSTDIR\Uninstall.exe"

  CreateDirectory "$SMPROGRAMS\Loyalty"
  CreateShortcut "$SMPROGRAMS\Loyalty\Loyalty.lnk" "$INSTDIR\Loyalty.exe" "" "$INSTDIR\loyalty.ico"
  CreateShortcut "$SMPROGRAMS\Loyalty\Uninstall Loyalty.lnk" "$INSTDIR\Uninstall.exe"
  CreateShortcut "$DESKTOP\Loyalty.lnk" "$INSTDIR\Loyalty.exe" "" "$INSTDIR\loyalty.ico"

  WriteRegStr HKLM "Software\Loyalty" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "Loyalty"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "Loyalty"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\loyalty.ico"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext all
  Delete "$DESKTOP\Loyalty.lnk"
  RMDir /r "$SMPROGRAMS\Loyalty"
  ; Only what the installer put here. The shop's database, backups and log are in the data
  ; folder (%LOCALAPPDATA%\Loyalty, or a server), so a reinstall or an update finds them again.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\Loyalty.exe"
  Delete "$INSTDIR\loyalty-cli.exe"
  Delete "$INSTDIR\loyalty.ico"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  DeleteRegKey HKLM "Software\Loyalty"
SectionEnd
