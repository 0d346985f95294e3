"""Files in and out: importing spreadsheets, exporting lists and calendars."""
