"""The editable lists' entries get a name per language.

Records keep storing an entry's label ("Arbetsplatsbesök"), which never changes; the window
and the documents show its name in the reader's language ("Workplace visit" in English), so
the English window no longer speaks Swedish vocabulary. Every default entry of 0001 and 0005
gets its Swedish name (its label) and its English name here. An entry the coordinator added
gets its label as its name in the language the database was set to, the language it was
most likely typed in; it has no name in the other language and is shown by its label there
until someone names it.

The English names follow the authorities' own English where they have one
(Arbetsförmedlingen's "work trial", "new start job", "introduction job").

A statistics row for the new table's primary key, as 0006 asks of every new index: about
fifty entries, two names each.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

STATISTICS = (("list_item_names", "sqlite_autoindex_list_item_names_1", "100 2 1"),)

# list -> Swedish label -> English name, for every entry 0001 and 0005 put in the lists.
ENGLISH: dict[str, dict[str, str]] = {
    "placement_types": {
        "Arbetsprövning": "Work trial",
        "Arbetsträning": "Work training",
        "Praktik": "Internship",
        "Resursjobb": "Resource job",
        "Lönebidrag": "Employment with wage subsidy",
        "Extratjänst": "Extra job",
        "Nystartsjobb": "New start job",
        "Introduktionsjobb": "Introduction job",
        "Offentligt skyddad anställning": "Sheltered employment in the public sector",
        "Annan": "Other",
    },
    "note_kinds": {
        "Arbetsplatsbesök": "Workplace visit",
        "Telefonsamtal": "Phone call",
        "Trepartssamtal": "Three-party meeting",
        "Digitalt möte": "Online meeting",
        "Meddelande": "Message",
        "Annat": "Other",
    },
    "referral_sources": {
        "Arbetsförmedlingen": "Public Employment Service",
        "Försäkringskassan": "Social Insurance Agency",
        "Socialtjänsten": "Social services",
        "Kommunens arbetsmarknadsenhet": "Municipal labour-market unit",
        "Annan": "Other",
    },
    "ending_reasons": {
        "Ohälsa": "Ill health",
        "Bristande motivation": "Lack of motivation",
        "Arbetsgivarens beslut": "Employer's decision",
        "Flytt": "Moved away",
        "Fick arbete på annat håll": "Found work elsewhere",
        "Påbörjade studier": "Started studies",
        "Annan orsak": "Other reason",
    },
    "task_categories": {
        "Lager och logistik": "Warehouse and logistics",
        "Städ och lokalvård": "Cleaning",
        "Kök och restaurang": "Kitchen and restaurant",
        "Butik och handel": "Shop and retail",
        "Vård och omsorg": "Health and social care",
        "Kontor och administration": "Office and administration",
        "Fastighet och utemiljö": "Property and grounds",
        "Bygg och hantverk": "Construction and crafts",
        "Återbruk och second hand": "Reuse and second-hand",
        "Barn och fritid": "Children and leisure",
        "IT och teknik": "IT and technology",
        "Transport": "Transport",
    },
    "task_requirements": {
        "Tunga lyft": "Heavy lifting",
        "Står eller går större delen av dagen": "Standing or walking most of the day",
        "Kundkontakt": "Customer contact",
        "Svenska i tal": "Spoken Swedish",
        "Svenska i skrift": "Written Swedish",
        "Körkort B": "Driving licence (B)",
        "Tidiga morgnar": "Early mornings",
        "Högt tempo": "Fast pace",
        "Damm, dofter eller allergener": "Dust, scents or allergens",
        "Arbete ensam": "Working alone",
    },
}


def upgrade() -> None:
    op.create_table(
        "list_item_names",
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["list_items.id"],
            name=op.f("fk_list_item_names_item_id_list_items"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("item_id", "language", name=op.f("pk_list_item_names")),
    )
    bind = op.get_bind()
    stored = bind.exec_driver_sql("SELECT value FROM settings WHERE key = 'language'").scalar()
    typed_in = stored if stored in ("sv", "en") else "sv"
    names = sa.table(
        "list_item_names",
        sa.column("item_id", sa.Integer),
        sa.column("language", sa.String),
        sa.column("name", sa.String),
    )
    rows: list[dict[str, object]] = []
    for item_id, list_name, label in bind.exec_driver_sql(
        "SELECT id, list_name, label FROM list_items"
    ):
        english = ENGLISH.get(list_name, {}).get(label)
        if english is None:
            rows.append({"item_id": item_id, "language": typed_in, "name": label})
        else:
            rows.append({"item_id": item_id, "language": "sv", "name": label})
            rows.append({"item_id": item_id, "language": "en", "name": english})
    if rows:
        op.bulk_insert(names, rows)
    if bind.dialect.name != "sqlite":
        return  # PostgreSQL's statistics are its autovacuum's (see 0006)
    for table, index, stat in STATISTICS:
        bind.exec_driver_sql(
            "INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)", (table, index, stat)
        )
    bind.exec_driver_sql("ANALYZE sqlite_schema")  # this connection plans with them at once


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.get_bind().exec_driver_sql("DELETE FROM sqlite_stat1 WHERE tbl = 'list_item_names'")
    op.drop_table("list_item_names")
