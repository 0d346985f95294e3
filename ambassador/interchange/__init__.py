"""CSV, XLSX and iCalendar in and out, parsed into domain objects (the import/export issue)."""
