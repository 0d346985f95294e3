"""Datasäkerhet: backups, encryption and the lock, retention, the audit log."""
