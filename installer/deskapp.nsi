; deskapp installer for Windows desk PCs (NSIS 3). Built by scripts/build_installer.sh (Linux, stand-in payload
; for checking) or scripts/build_windows.ps1 (Windows, the real one-folder build).
;
;   makensis -DPAYLOAD=dist\deskapp -DVERSION=1.2.3 -DOUTFILE=deskapp-setup.exe installer\deskapp.nsi
;
; Switches an IT team uses when pushing it (Intune, SCCM, group policy):
;   deskapp-setup.exe /S                         silent install (per machine, needs admin)
;   deskapp-setup.exe /S /CONFIG=\\srv\it\deskapp.toml   also place this deskapp.toml beside the program
;                                                (a relative path is taken from the folder it is started in;
;                                                a path with spaces goes in quotes: /CONFIG="C:\a b\deskapp.toml")
;   "C:\Program Files\deskapp\uninstall.exe" /S  silent uninstall
; Upgrading is installing the newer setup over the old one: program files are replaced, deskapp.toml and all
; data stay. Uninstalling never deletes a database or a backup: they live outside the program folder.

Unicode true
!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"

!ifndef PAYLOAD
  !error "Pass -DPAYLOAD=<one-folder build> (the folder holding deskapp.exe)"
!endif
!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef OUTFILE
  !define OUTFILE "deskapp-setup.exe"
!endif
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\deskapp"

Name "deskapp ${VERSION}"
OutFile "${OUTFILE}"
; Per machine: every desk user gets the same program; only admins (or the deployment system) change it.
RequestExecutionLevel admin
InstallDir "$PROGRAMFILES64\deskapp"
InstallDirRegKey HKLM "${UNINSTALL_KEY}" "InstallLocation"
SetCompressor /SOLID lzma

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Var ConfigFile

Function .onInit
  SetShellVarContext all
  SetRegView 64
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/CONFIG=" $ConfigFile
  ${If} ${Errors}
    StrCpy $ConfigFile ""
  ${ElseIf} $ConfigFile != ""
    ; Made absolute here, against the folder the installer was started in (Intune: its content folder),
    ; because SetOutPath in the section changes the working folder before the copy.
    ; GetFullPathName empties its result when the folder is missing, so the refusal below checks it too.
    GetFullPathName $R1 "$ConfigFile"
    ${If} $R1 == ""
    ${OrIfNot} ${FileExists} "$R1"
      ; Refuse before touching anything: a push that names a config must not silently install without it.
      MessageBox MB_ICONSTOP "The settings file $ConfigFile (given with /CONFIG=) does not exist. Nothing was installed." /SD IDOK
      SetErrorLevel 2
      Abort
    ${EndIf}
    StrCpy $ConfigFile $R1
  ${EndIf}
FunctionEnd

Section "deskapp" SecMain
  SetOutPath "$INSTDIR"
  ; Upgrade in place: remove only the old program files so no stale library survives. deskapp.toml and the
  ; portable data folder (if any) are left as they are.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\deskapp.exe"
  File /r /x deskapp.toml "${PAYLOAD}\*.*"
  ${If} $ConfigFile != ""
    ClearErrors
    CopyFiles /SILENT "$ConfigFile" "$INSTDIR\deskapp.toml"
    ${If} ${Errors}
      ; A failed copy must fail the push (exit code 3), not leave the PC on the wrong database unnoticed.
      MessageBox MB_ICONSTOP "Could not copy $ConfigFile to $INSTDIR\deskapp.toml." /SD IDOK
      SetErrorLevel 3
      Abort
    ${EndIf}
    DetailPrint "Settings: $ConfigFile copied to $INSTDIR\deskapp.toml"
  ${EndIf}
  CreateShortcut "$SMPROGRAMS\deskapp.lnk" "$INSTDIR\deskapp.exe"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "deskapp"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Function un.onInit
  SetShellVarContext all
  SetRegView 64
FunctionEnd

Section "Uninstall"
  ; Program files only. The database and its backups are never deleted here: they are the library's records.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\deskapp.exe"
  Delete "$INSTDIR\uninstall.exe"
  Delete "$SMPROGRAMS\deskapp.lnk"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  ; Removed only when empty, so a deskapp.toml or a portable data folder keeps the folder.
  RMDir "$INSTDIR"
  DetailPrint "deskapp was removed. The data was not: each user's database and backups stay in"
  DetailPrint "%LOCALAPPDATA%\deskapp (or where deskapp.toml in $INSTDIR points, if it is still there)."
  MessageBox MB_ICONINFORMATION "deskapp was removed. The database and its backups were kept: by default in each user's %LOCALAPPDATA%\deskapp folder, or where the deskapp.toml in $INSTDIR says (that file was kept too)." /SD IDOK
SectionEnd
