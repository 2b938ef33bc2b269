; Inno Setup recipe of the Relance installer for Windows (Inno Setup 6).
;
; Input: the one-folder PyInstaller bundle dist\relance\ built on Windows (packaging\windows\build.ps1 does
; both steps). The version is the one the build wrote to dist\relance\_internal\VERSION (git describe),
; unless given on the command line: ISCC /DAppVersion=1.2.0 packaging\windows\relance.iss
; Output: dist\installer\Relance-<version>-setup.exe
;
; Installs into Program Files (per machine, administrator rights; or per user when chosen in the
; dialog), with a Start menu shortcut, an optional desktop shortcut and an uninstaller. The data folder
; (%LOCALAPPDATA%\Relance\Relance) and the secrets in the Windows Credential Manager are the user's and
; are left in place by the uninstaller.

#define AppName "Relance"
#define AppExe "relance.exe"
#define Bundle "..\..\dist\relance"

#ifndef AppVersion
  #define VersionFile Bundle + "\_internal\VERSION"
  #if FileExists(VersionFile)
    #define VersionHandle FileOpen(VersionFile)
    #define AppVersion Trim(FileRead(VersionHandle))
    #expr FileClose(VersionHandle)
    #undef VersionHandle
  #else
    #define AppVersion "0.1.0"
  #endif
#endif
; Windows' file version must be numeric: the git tag when it is one (v1.2.0 -> 1.2.0), 0.1.0 otherwise.
#ifndef NumericVersion
  #define NumericVersion "0.1.0"
#endif

[Setup]
AppId={{6F4C2A7E-3B1D-4E8A-9C5F-52E1D0A7B3C4}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Relance
VersionInfoVersion={#NumericVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist\installer
OutputBaseFilename=Relance-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\relance.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole one-folder bundle: relance.exe and _internal\ (Python, Qt, resources, translations, migrations).
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program folder holds (Python caches); the user's data folder is kept.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
