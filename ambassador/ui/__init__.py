"""The only package that imports PySide6: the window, its screens, models and translations."""
