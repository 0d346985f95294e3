"""Search everywhere (Ctrl+K)."""
