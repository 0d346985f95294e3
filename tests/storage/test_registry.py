"""The export log read back by subject, for the register extract."""

from __future__ import annotations

from datetime import datetime

from ambassador.storage.database import Database


def test_export_log_about_matches_whole_ids_of_the_kind_asked(database: Database) -> None:
    now = datetime(2026, 11, 1, 9, 0)
    with database.write() as uow:
        for kind, ids in (("placement", [17]), ("placement", [170, 3]), ("participant", [17])):
            uow.export_log.add(
                kind="k", subject_kind=kind, subject_ids=ids, file_path="f", row_count=1, now=now
            )
    with database.read() as uow:
        assert [r.subject_ids for r in uow.export_log.about({"placement": [17]})] == [(17,)]
        assert [r.subject_ids for r in uow.export_log.about({"placement": [3]})] == [(170, 3)]
        assert len(uow.export_log.about({"placement": [17], "participant": [17]})) == 2
        assert uow.export_log.about({"placement": []}) == []
