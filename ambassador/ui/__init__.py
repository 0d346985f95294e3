"""The only package that imports PySide6: the window, its screens, models and translations."""

from ambassador.ui import source_scan

source_scan.install()  # before the window's own modules and the database layer load
