"""ReportLab documents from domain objects: no database, no Qt. (Built by the documents issue.)"""
