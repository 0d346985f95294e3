"""The libraries Qt needs for a window, looked for before Qt loads, named as packages."""

from __future__ import annotations

import ctypes

import pytest

from ambassador import system_libraries


def test_an_x11_window_needs_the_xcb_libraries_too() -> None:
    needed = system_libraries.needed({"DISPLAY": ":0"}, "linux")
    assert needed["libxcb-icccm.so.4"] == "libxcb-icccm4"
    assert needed["libglib-2.0.so.0"] == "libglib2.0-0"


def test_offscreen_needs_only_what_every_qt_program_loads() -> None:
    needed = system_libraries.needed({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert "libglib-2.0.so.0" in needed and "libxcb-icccm.so.4" not in needed


def test_windows_and_macos_bring_their_own() -> None:
    assert system_libraries.needed({}, "win32") == {}
    assert system_libraries.needed({}, "darwin") == {}


def test_each_missing_library_is_named_by_its_package_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    absent = {"libxcb-icccm.so.4", "libglib-2.0.so.0", "libgthread-2.0.so.0"}

    def load(name: str) -> object:
        if name in absent:
            raise OSError(f"{name}: cannot open shared object file")
        return object()

    monkeypatch.setattr(ctypes, "CDLL", load)
    assert system_libraries.missing_packages({}, "linux") == ["libglib2.0-0", "libxcb-icccm4"]


def test_this_machine_has_what_the_offscreen_tests_need() -> None:
    assert system_libraries.missing_packages({"QT_QPA_PLATFORM": "offscreen"}) == []
