"""What goes into the bundle and what stays out: read by the spec, the build script and the tests.

PyInstaller follows the program's imports and, through its Qt hooks, collects every plugin of
every kind a Qt module might load. Most of them serve hardware and formats the program never
meets (framebuffer consoles, TIFF and WebP images, network information, TLS), and each brings
its own libraries. The lists here say what the program needs and why; the spec applies them and
the build fails if a left-out plugin still arrives, so an upgrade of PyInstaller cannot quietly
bring them back.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

NAME = "Ambassador"  # as the person sees it: the window, the folder, the Start menu, the .app
WINDOW_EXECUTABLE = "Ambassador"  # the window; on Linux and macOS also the command line
CLI_EXECUTABLE = "ambassador-cli"  # Windows only: the command line, a console program


BUNDLE_IDENTIFIER = "se.ambassador.Ambassador"  # macOS
ICON_WINDOWS = ROOT / "packaging" / "icons" / "ambassador.ico"
ICON_MACOS = ROOT / "packaging" / "icons" / "ambassador.icns"

# Files the program reads at run time, as (folder in the source, pattern, folder in the bundle).
# The bundle keeps the installed wheel's layout: `resources/` lands in `ambassador/resources`
# (where `ambassador/paths.py` looks in a wheel and a bundle), and `storage/migrate.py` finds
# the migration scripts beside its own module, as from a source checkout.
RESOURCE_PATTERNS = (
    # Everything in it is read: translations (.qm by the window, .ts by the documents and the
    # command line), fonts with their licences, the window's icon, the sample logo.
    ("resources", "**/*", "ambassador/resources"),
    # Alembic reads the migration scripts as files, not as imported modules.
    ("ambassador/storage/migrations", "env.py", "ambassador/storage/migrations"),
    ("ambassador/storage/migrations", "script.py.mako", "ambassador/storage/migrations"),
    ("ambassador/storage/migrations/versions", "*.py", "ambassador/storage/migrations/versions"),
)

# Modules the program never imports, but which something it imports may name.
EXCLUDED_MODULES = (
    "tkinter",
    "unittest",
    "pydoc",
    "doctest",
    "pdb",
    "lib2to3",
    "setuptools",
    "pkg_resources",
    "pip",
    # No network: urllib and http.client work without ssl (they ask for it in a try block).
    "ssl",
    # Pillow is there for ReportLab's images (the organisation's logo in PNG, JPEG or GIF);
    # AVIF, WebP, colour management, FreeType and Tk it does not need (≈8 MB of libraries).
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    "PIL._imagingcms",
    "PIL.ImageCms",
    "PIL._imagingft",
    "PIL.ImageFont",
    "PIL._imagingtk",
    "PIL.ImageTk",
    "PIL.ImageQt",
    # Qt modules PySide6-Essentials has but the program does not use.
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtOpenGL",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtHelp",
)

# Qt plugin kinds never collected: the program opens no network connection (tls,
# networkinformation) and runs on a desktop, not on a framebuffer console (the rest).
EXCLUDED_PLUGIN_KINDS = frozenset({"tls", "networkinformation", "egldeviceintegrations", "generic"})

# For these kinds, only the plugins named; other kinds are collected whole.
KEPT_PLUGINS = {
    # The desktop on each system, and offscreen for checks without a screen.
    "platforms": frozenset({"qwindows", "qcocoa", "qxcb", "qwayland", "qoffscreen"}),
    # The organisation's logo may be JPEG or GIF (PNG and BMP are built in); SVG for the
    # desktop's icon theme on Linux.
    "imageformats": frozenset({"qjpeg", "qgif", "qsvg"}),
    # Linux: the desktop portal's native file dialogs. The GTK theme plugin is left out: it
    # would bring half of GTK, to be mixed with the desktop's own.
    "platformthemes": frozenset({"qxdgdesktopportal"}),
}

# Qt's texts for its own widgets (file dialogs, context menus, message box buttons) in the
# window's languages other than English, Qt's source (see ambassador/ui/i18n.py); the
# other ≈1,000 files (every language, Qt Designer, Assistant, QML) stay out.
QT_TRANSLATIONS = frozenset({"qtbase_sv.qm", "qtbase_da.qm"})

_PLUGIN_FILE = re.compile(r"^(?:lib)?(?P<name>.+?)(?:\.abi3)?\.(?:so|dll|dylib)$")


def executables(system: str = sys.platform) -> tuple[str, ...]:
    """The executables' file names in the bundle's folder on `system`."""
    if system == "win32":
        return (f"{WINDOW_EXECUTABLE}.exe", f"{CLI_EXECUTABLE}.exe")
    return (WINDOW_EXECUTABLE,)


def resource_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """(file, folder in the bundle) for every resource the program reads at run time."""
    found: list[tuple[str, str]] = []
    for folder, pattern, destination in RESOURCE_PATTERNS:
        for path in sorted((root / folder).glob(pattern)):
            if path.is_file() and "__pycache__" not in path.parts:
                inside = path.parent.relative_to(root / folder)
                found.append((str(path), (Path(destination) / inside).as_posix()))
    return found


def plugin_name(file_name: str) -> str:
    """`libqxcb.so`, `qwindows.dll` and `libqcocoa.dylib` → `qxcb`, `qwindows`, `qcocoa`."""
    match = _PLUGIN_FILE.match(file_name)
    return match.group("name") if match else file_name


def keeps_plugin(kind: str, file_name: str) -> bool:
    if kind in EXCLUDED_PLUGIN_KINDS:
        return False
    kept = KEPT_PLUGINS.get(kind)
    return kept is None or plugin_name(file_name) in kept


def plugin_of(destination: str) -> tuple[str, str] | None:
    """(kind, file name) when `destination` (a path inside the bundle) is a Qt plugin."""
    parts = Path(destination).parts
    if "PySide6" not in parts or "plugins" not in parts:
        return None
    at = parts.index("plugins")
    if len(parts) != at + 3:
        return None
    return parts[at + 1], parts[at + 2]


def keeps_file(destination: str) -> bool:
    """Whether a file PyInstaller collected stays in the bundle.

    Of Qt's own translations only those the window loads stay (QT_TRANSLATIONS).
    """
    parts = Path(destination).parts
    if "PySide6" in parts and "translations" in parts:
        return parts[-1] in QT_TRANSLATIONS
    plugin = plugin_of(destination)
    return plugin is None or keeps_plugin(*plugin)


def version_numbers(version: str) -> tuple[int, int, int, int]:
    """'0.1.0' → (0, 1, 0, 0): Windows wants four numbers in its version resource."""
    numbers = [int(part) for part in re.findall(r"\d+", version)[:4]]
    return (*numbers, 0, 0, 0, 0)[:4]  # type: ignore[return-value]


def program_version(root: Path = ROOT) -> str:
    """The one version number, read from the package without importing it."""
    text = (root / "ambassador" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"$', text, re.MULTILINE)
    if match is None:
        raise ValueError("ambassador/__init__.py has no __version__")
    return match.group(1)


def platform_tag() -> str:
    """linux-x86_64, windows-x86_64, macos-arm64: for the archive's name."""
    import platform

    system = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(
        sys.platform, sys.platform
    )
    machine = platform.machine().lower().replace("amd64", "x86_64").replace("aarch64", "arm64")
    return f"{system}-{machine}"


def windows_version_file(version: str, executable: str, description: str) -> str:
    """The text of a PyInstaller version file: what Windows shows under Properties → Details.

    Written as text (PyInstaller parses it) so it can be made and checked on any system; the
    structures themselves need `pefile`, which exists only where Windows builds are made.
    """
    numbers = version_numbers(version)
    strings = {
        "CompanyName": NAME,
        "FileDescription": description,
        "FileVersion": version,
        "InternalName": executable,
        "LegalCopyright": "Proprietary",
        "OriginalFilename": f"{executable}.exe",
        "ProductName": NAME,
        "ProductVersion": version,
    }
    table = ",\n".join(
        f"          StringStruct({key!r}, {value!r})" for key, value in strings.items()
    )
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3F, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('041D04B0', [
{table}
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x041D, 1200])])
  ]
)
"""
