"""ReportLab documents from domain objects: no database, no Qt.

`page` lays out every document the same way (letterhead, page numbers, the personal-data
line); `summary`, `agreement`, `extract` and `statistics` each build one document's story.
"""
