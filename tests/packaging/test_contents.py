"""What the bundle carries and leaves out (packaging/contents.py), and the build script's own
checks of a built folder (packaging/build.py). The bundle itself is built and run by CI
(`.ci/run` → packaging/check_bundle.py); these tests need no PyInstaller."""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image

import ambassador
from ambassador import paths

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def contents() -> ModuleType:
    return _load("ambassador_bundle_contents", PACKAGING / "contents.py")


@pytest.fixture
def build(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    # build.py imports contents.py from its own folder, as Python arranges for a script.
    monkeypatch.syspath_prepend(str(PACKAGING))
    monkeypatch.delitem(sys.modules, "contents", raising=False)
    return _load("ambassador_bundle_build", PACKAGING / "build.py")


def test_every_resource_file_and_migration_script_goes_into_the_package_layout(
    contents: ModuleType,
) -> None:
    bundled = {(Path(source).name, folder) for source, folder in contents.resource_files()}
    resources = ROOT / "resources"
    # In the bundle as in a wheel: `resources/` becomes `ambassador/resources`.
    expected = {
        (path.name, (Path("ambassador") / path.parent.relative_to(ROOT)).as_posix())
        for path in resources.rglob("*")
        if path.is_file()
    }
    assert expected <= bundled
    # Both translation forms: .qm for the window, .ts for the documents and the command line.
    for name in ("ambassador_sv.qm", "ambassador_sv.ts", "ambassador_en.ts", "ambassador.png"):
        assert any(file == name for file, _folder in bundled), name
    versions = ROOT / "ambassador" / "storage" / "migrations" / "versions"
    for script in versions.glob("*.py"):
        assert (script.name, "ambassador/storage/migrations/versions") in bundled
    assert ("env.py", "ambassador/storage/migrations") in bundled
    assert not any("__pycache__" in folder for _file, folder in bundled)


@pytest.mark.parametrize(
    ("destination", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/plugins/imageformats/qgif.dll", True),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6/plugins/imageformats/qwebp.dll", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
        ("PySide6/plugins/tls/qschannelbackend.dll", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/networkinformation/libqnetworkmanager.so", False),
        ("PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-integration.so", False),
        ("PySide6/Qt/plugins/generic/libqevdevmouseplugin.so", False),
        # Kinds not named are kept whole: a style Windows needs must never go missing.
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", True),
        # Qt's own translations: only the Swedish and Danish for Qt's widgets, which the window
        # loads.
        ("PySide6/Qt/translations/qtbase_sv.qm", True),
        ("PySide6/Qt/translations/qtbase_da.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/designer_sv.qm", False),
        ("PySide6/translations/qt_de.qm", False),
        # Everything else stays.
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("ambassador/resources/translations/ambassador_sv.qm", True),
        ("libcrypto.so.3", True),
    ],
)
def test_plugins_and_translations_are_kept_or_left_out_on_every_system(
    contents: ModuleType, destination: str, kept: bool
) -> None:
    assert contents.keeps_file(destination) is kept


def _imported_modules() -> set[str]:
    names: set[str] = set()
    for source in (ROOT / "ambassador").rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_no_module_left_out_of_the_bundle_is_imported_by_the_program(
    contents: ModuleType,
) -> None:
    imported = _imported_modules()
    assert "PySide6.QtWidgets" in imported and "sqlite3" in imported  # the walk sees imports
    for excluded in contents.EXCLUDED_MODULES:
        used = {name for name in imported if name == excluded or name.startswith(excluded + ".")}
        assert not used, f"{excluded} is left out of the bundle but imported: {used}"


def test_version_comes_from_the_package_and_windows_gets_four_numbers(
    contents: ModuleType,
) -> None:
    assert contents.program_version() == ambassador.__version__
    assert contents.version_numbers("0.1.0") == (0, 1, 0, 0)
    assert contents.version_numbers("2.10") == (2, 10, 0, 0)
    assert contents.version_numbers("1.2.3.4.5") == (1, 2, 3, 4)


def test_windows_version_resource_names_the_program_and_its_version(
    contents: ModuleType,
) -> None:
    text = contents.windows_version_file("1.2.3", "ambassador-cli", "Ambassador – kommandoraden")
    seen: dict[str, object] = {}

    def fixed_file_info(**fields: object) -> None:
        seen.update(fields)

    strings: dict[str, str] = {}
    structures = {
        "VSVersionInfo": lambda **_parts: None,
        "FixedFileInfo": fixed_file_info,
        "StringFileInfo": lambda _tables: None,
        "StringTable": lambda language, _entries: seen.update(language=language),
        "StringStruct": lambda key, value: strings.update({key: value}),
        "VarFileInfo": lambda _vars: None,
        "VarStruct": lambda _name, values: seen.update(translation=values),
    }
    eval(text, {"__builtins__": {}}, structures)  # PyInstaller reads the file the same way
    assert seen["filevers"] == seen["prodvers"] == (1, 2, 3, 0)
    assert seen["language"] == "041D04B0" and seen["translation"] == [0x041D, 1200]
    assert strings["ProductName"] == "Ambassador"
    assert strings["OriginalFilename"] == "ambassador-cli.exe"
    assert strings["FileDescription"] == "Ambassador – kommandoraden"
    assert strings["FileVersion"] == strings["ProductVersion"] == "1.2.3"


def test_windows_has_a_console_executable_beside_the_window(contents: ModuleType) -> None:
    assert contents.executables("win32") == ("Ambassador.exe", "ambassador-cli.exe")
    assert contents.executables("linux") == contents.executables("darwin") == ("Ambassador",)


def test_icons_exist_in_every_size_the_systems_ask_for(contents: ModuleType) -> None:
    with Image.open(paths.window_icon()) as window_icon:
        assert window_icon.size == (256, 256) and window_icon.mode == "RGBA"
    with Image.open(contents.ICON_WINDOWS) as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(contents.ICON_MACOS) as icns:
        assert icns.size == (1024, 1024)


def _fake_bundle(root: Path, contents: ModuleType) -> Path:
    bundle = root / "Ambassador"
    internal = bundle / "_internal"
    for name in contents.executables():
        (bundle / name).parent.mkdir(parents=True, exist_ok=True)
        (bundle / name).write_bytes(b"\x7fELF" + bytes(1000))
    for source, folder in contents.resource_files():
        target = internal / folder / Path(source).name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(b"x" * 10)
    qt = internal / "PySide6" / "Qt" / "lib"
    qt.mkdir(parents=True)
    translations = internal / "PySide6" / "Qt" / "translations"
    translations.mkdir(parents=True)
    for name in contents.QT_TRANSLATIONS:
        (translations / name).write_bytes(bytes(100))
    (qt / "libQt6Core.so.6").write_bytes(bytes(3000))
    (qt / "libicudata.so.73").write_bytes(bytes(5000))
    (internal / "libcrypto.so.3").write_bytes(bytes(700))
    return bundle


def test_a_complete_folder_has_no_problems_and_its_size_is_told_by_kind(
    build: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build, "missing", lambda _internal: [])
    bundle = _fake_bundle(tmp_path, build.contents)
    assert build.problems(bundle) == []
    report = dict(build.size_report(bundle))
    assert report["Qt: ICU (Unicode and collation data)"] == 5000
    # The libraries and Qt's Swedish for its dialogs.
    qt_translations = 100 * len(build.contents.QT_TRANSLATIONS)
    assert report["Qt: libraries and PySide6 bindings"] == 3000 + qt_translations
    assert report["Other libraries (from the system: X11, D-Bus, OpenSSL, …)"] == 700
    assert report["Executable, with the program's Python modules inside"] == 1004
    assert list(report.values()) == sorted(report.values(), reverse=True)


def test_a_folder_missing_a_resource_or_carrying_a_left_out_plugin_fails_the_build(
    build: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build, "missing", lambda _internal: ["libxcb-icccm.so.4 (for libqxcb)"])
    bundle = _fake_bundle(tmp_path, build.contents)
    internal = bundle / "_internal"
    (internal / "ambassador/storage/migrations/versions/0001_initial_schema.py").unlink()
    (internal / "PySide6/Qt/translations/qtbase_sv.qm").unlink()
    tls = internal / "PySide6/Qt/plugins/tls/libqopensslbackend.so"
    tls.parent.mkdir(parents=True)
    tls.write_bytes(b"")
    found = build.problems(bundle)
    assert "missing resource: ambassador/storage/migrations/versions/0001_initial_schema.py" in (
        found
    )
    assert "should have been left out: PySide6/Qt/plugins/tls/libqopensslbackend.so" in found
    assert "missing Qt translation: PySide6/Qt/translations/qtbase_sv.qm" in found
    if sys.platform.startswith("linux"):
        assert any("libxcb-icccm.so.4" in problem for problem in found)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd is Linux's")
def test_a_library_whose_dependencies_are_nowhere_is_reported(
    build: ModuleType, tmp_path: Path
) -> None:
    found = importlib.util.find_spec("PySide6")  # located, not imported: no Qt outside tests/ui
    assert found is not None and found.origin is not None
    plugin = Path(found.origin).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    internal = tmp_path / "_internal"
    internal.mkdir()
    (internal / plugin.name).write_bytes(plugin.read_bytes())  # without the Qt beside it
    absent = build.missing(internal)
    assert "libQt6XcbQpa.so.6 (for libqxcb.so)" in absent
    (internal / "libQt6XcbQpa.so.6").symlink_to(plugin.parents[2] / "lib" / "libQt6XcbQpa.so.6")
    assert "libQt6XcbQpa.so.6 (for libqxcb.so)" not in build.missing(internal)


def test_the_bundle_keeps_qt_own_texts_for_every_language_the_window_speaks(
    contents: ModuleType,
) -> None:
    from ambassador.domain.languages import LANGUAGES

    wanted = {f"qtbase_{language}.qm" for language in LANGUAGES if language != "en"}
    assert wanted == contents.QT_TRANSLATIONS
