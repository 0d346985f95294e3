; Inno Setup script for Ambassador on Windows (Inno Setup 6.3 or newer).
;
; Build the folder first (python packaging\build.py), then either let build.py call the
; compiler (it does when iscc.exe is on PATH) or run it yourself from the repository root:
;
;   iscc /DAppVersion=0.1.0 packaging\windows\ambassador.iss
;
; It writes dist\Ambassador-<version>-windows-x86_64-setup.exe. What the installer does, and how
; IT deploys it silently: packaging\README.md.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=0.1.0 packaging\windows\ambassador.iss
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\Ambassador"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
; The AppId ties every version together: an installer with the same AppId upgrades in place.
; Never change it.
AppId={{8400544E-0FE1-48CB-9A50-444784A5688D}
AppName=Ambassador
AppVersion={#AppVersion}
AppVerName=Ambassador {#AppVersion}
AppPublisher=Ambassador
VersionInfoVersion={#AppVersion}
VersionInfoProductName=Ambassador
; For all users in Program Files by default (IT's usual choice); /CURRENTUSER on the command
; line, or the choice in the first page, installs for one person without administrator rights.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=commandline dialog
DefaultDirName={autopf}\Ambassador
DefaultGroupName=Ambassador
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=..\icons\ambassador.ico
UninstallDisplayIcon={app}\Ambassador.exe
UninstallDisplayName=Ambassador
OutputDir={#OutputDir}
OutputBaseFilename=Ambassador-{#AppVersion}-windows-x86_64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; An open Ambassador is asked to close (it takes its exit backup) before files are replaced.
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
; Swedish is not among Inno Setup's official translations: put the Swedish.isl from
; https://jrsoftware.org/files/istrans/ in Inno Setup's Languages folder and the installer
; speaks Swedish to Swedish Windows; without it, English.
#if FileExists(AddBackslash(CompilerPath) + "Languages\Swedish.isl")
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; The previous version's program files go first, so no module of it lingers beside the new
; ones. Only the installation folder: the person's data is elsewhere and is never touched.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Ambassador"; Filename: "{app}\Ambassador.exe"
Name: "{autodesktop}\Ambassador"; Filename: "{app}\Ambassador.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\Ambassador.exe"; Description: "{cm:LaunchProgram,Ambassador}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] for the data folder, on purpose: uninstalling leaves the person's
; database, backups and settings where they are (see packaging\README.md).
