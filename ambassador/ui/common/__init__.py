"""Building blocks every screen shares: dialogs, forms, table models, the list screen, the
timeline, printing."""
