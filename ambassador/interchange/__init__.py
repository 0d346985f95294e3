"""CSV, XLSX and iCalendar in and out, parsed into domain objects. (Built by the import/export issue.)"""
