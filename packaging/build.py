"""Build the one-folder bundle for the system this runs on, check what is in it, and archive it.

    python -m pip install '.[bundle]'
    python packaging/build.py     # dist/Ambassador/ and dist/Ambassador-<version>-<system>.*

Windows gives a folder (and, with Inno Setup, an installer: packaging/windows/), macOS a
folder and `Ambassador.app`, Linux a folder. packaging/README.md says what to do with each.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import contents  # beside this script, which Python puts first on its path

HERE = Path(__file__).resolve().parent


# What takes the space, in the order the size report lists it: (label, path prefixes inside the
# contents folder). The first match wins; what matches nothing is counted as "other libraries".
SIZE_GROUPS = (
    ("Qt: ICU (Unicode and collation data)", ("PySide6/Qt/lib/libicu", "libicu")),
    ("Qt: libraries and PySide6 bindings", ("PySide6/", "shiboken6/", "libQt6", "Qt6")),
    ("SQLCipher (SQLite with encryption, OpenSSL inside)", ("sqlcipher3/",)),
    ("Python: interpreter and standard library", ("libpython", "python3", "base_library.zip")),
    ("Pillow (images in PDFs) and its libraries", ("PIL/", "pillow.libs/")),
    ("ReportLab", ("reportlab/",)),
    ("SQLAlchemy", ("sqlalchemy/",)),
    ("Right-to-left text (python-bidi, arabic-reshaper)", ("bidi/", "arabic_reshaper/")),
    (
        "Fonts (DejaVu Sans, Noto Sans for seven scripts, Droid Sans Fallback, Symbola)",
        ("ambassador/resources/fonts/",),
    ),
    ("Ambassador's resources (translations, icons, migrations)", ("ambassador/",)),
)


def size_report(bundle: Path) -> list[tuple[str, int]]:
    """(label, bytes) per group, largest first; the executables and their embedded Python
    modules (the PYZ archive) make their own line."""
    internal = bundle / "_internal"
    totals: dict[str, int] = {}
    for file in bundle.rglob("*"):
        if not file.is_file() or file.is_symlink():
            continue
        size = file.stat().st_size
        if internal not in file.parents:
            label = "Executable, with the program's Python modules inside"
        else:
            inside = file.relative_to(internal).as_posix()
            label = next(
                (name for name, prefixes in SIZE_GROUPS if inside.startswith(prefixes)),
                "Other libraries (from the system: X11, D-Bus, OpenSSL, …)",
            )
        totals[label] = totals.get(label, 0) + size
    return sorted(totals.items(), key=lambda item: -item[1])


def problems(bundle: Path) -> list[str]:
    """What would make the bundle unusable, or bigger than it should be."""
    found = []
    internal = bundle / "_internal"
    for name in contents.executables():
        if not (bundle / name).is_file():
            found.append(f"missing executable: {name}")
    for source, folder in contents.resource_files():
        if not (internal / folder / Path(source).name).is_file():
            found.append(f"missing resource: {folder}/{Path(source).name}")
    for name in sorted(contents.QT_TRANSLATIONS):
        if not (internal / "PySide6" / "Qt" / "translations" / name).is_file():
            found.append(f"missing Qt translation: PySide6/Qt/translations/{name}")
    for file in internal.rglob("*"):
        inside = file.relative_to(internal).as_posix()
        if file.is_file() and not contents.keeps_file(inside):
            found.append(f"should have been left out: {inside}")
    if sys.platform.startswith("linux"):
        found += [f"not found on the build machine, so not bundled: {m}" for m in missing(internal)]
    return found


def missing(internal: Path) -> list[str]:
    """Libraries the bundle's libraries and plugins link to that neither the bundle nor this
    machine has. PyInstaller bundles what it finds on the build machine and is silent about
    the rest: a Qt plugin missing one fails only when it is loaded, on someone's desktop."""
    search = f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}"
    absent: set[str] = set()
    for file in internal.rglob("*.so*"):
        if not file.is_file() or file.is_symlink():
            continue
        listed = subprocess.run(
            ["ldd", str(file)],
            env={"LD_LIBRARY_PATH": search, "PATH": "/usr/bin:/bin"},
            capture_output=True,
            text=True,
        ).stdout
        for line in listed.splitlines():
            if "=> not found" in line:
                absent.add(f"{line.split()[0]} (for {file.relative_to(internal).as_posix()})")
    return sorted(absent)


def archive(bundle: Path, name: str) -> Path:
    """The folder as one file to hand over: .zip for Windows and macOS, .tar.gz for Linux."""
    if sys.platform == "darwin":
        app = bundle.with_name(f"{contents.NAME}.app")
        target = bundle.with_name(f"{name}.zip")
        # ditto keeps the .app's symbolic links and signatures, which a plain zip breaks.
        subprocess.run(["ditto", "-c", "-k", "--keepParent", app, target], check=True)
        return target
    if sys.platform == "win32":
        return Path(
            shutil.make_archive(str(bundle.with_name(name)), "zip", bundle.parent, bundle.name)
        )
    target = bundle.with_name(f"{name}.tar.gz")
    with tarfile.open(target, "w:gz") as tar:
        tar.add(bundle, arcname=bundle.name)
    return target


def add_desktop_entry(bundle: Path) -> None:
    """Linux: the desktop entry travels in the folder, for IT to copy into applications/."""
    shutil.copy2(HERE / "linux" / "ambassador.desktop", bundle / "ambassador.desktop")


def windows_installer(dist: Path, version: str) -> Path | None:
    """Windows: the installer, when Inno Setup's compiler is on PATH (None when it is not)."""
    compiler = shutil.which("iscc")
    if compiler is None:
        return None
    subprocess.run(
        [
            compiler,
            f"/DAppVersion={version}",
            f"/DSourceDir={dist / contents.NAME}",
            f"/DOutputDir={dist}",
            str(HERE / "windows" / "ambassador.iss"),
        ],
        check=True,
    )
    return dist / f"{contents.NAME}-{version}-windows-x86_64-setup.exe"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--dist", type=Path, default=contents.ROOT / "dist", help="where the bundle goes"
    )
    parser.add_argument("--work", type=Path, default=contents.ROOT / "build" / "pyinstaller")
    parser.add_argument("--no-archive", action="store_true", help="leave the folder only")
    args = parser.parse_args(argv)
    try:
        import PyInstaller.__main__  # type: ignore[import-untyped]  # ships no types
    except ImportError:
        print("PyInstaller is missing: python -m pip install '.[bundle]'", file=sys.stderr)
        return 1

    PyInstaller.__main__.run(
        [
            str(HERE / "ambassador.spec"),
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            f"--distpath={args.dist}",
            f"--workpath={args.work}",
        ]
    )
    bundle = args.dist / contents.NAME
    if sys.platform.startswith("linux"):
        add_desktop_entry(bundle)
    found = problems(bundle)
    for problem in found:
        print(f"problem: {problem}", file=sys.stderr)
    if found:
        return 1

    version = contents.program_version()
    report = size_report(bundle)
    total = sum(size for _label, size in report)
    print(f"\n{bundle}: {total / 2**20:.0f} MiB, Ambassador {version}")
    for label, size in report:
        print(f"  {size / 2**20:6.1f} MiB  {label}")
    if not args.no_archive:
        packed = archive(bundle, f"{contents.NAME}-{version}-{contents.platform_tag()}")
        print(f"{packed}: {packed.stat().st_size / 2**20:.0f} MiB")
    if sys.platform == "win32":
        installer = windows_installer(args.dist, version)
        if installer is None:
            print("No installer: Inno Setup's iscc is not on PATH (packaging/README.md).")
        else:
            print(f"{installer}: {installer.stat().st_size / 2**20:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
