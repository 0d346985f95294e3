"""CSV, XLSX and iCalendar in and out: files turned into plain values and back, no database."""
