"""The manager's statistics views: figures per unit and for the whole organisation, per year,
with small groups withheld; nothing about a single person.

PostgreSQL only (a file is one coordinator's and has no manager; nothing changes there).

`ambassador_statistics()` counts, per calendar year, the figures of the program's own
statistics report (domain/statistics.py), by the same rules (placements, their participants
and employers out of the trash; "active" is under way at some time in the year, "ended" ended
in it): distinct people with a placement active, placements started, active (in all and by
placement type), ended (in all and by outcome), into work or education, what the ended ones did
90 days later (each result, not recorded, not yet due, no check), and the answers on felt
support with how many felt supported (the latest answer in the year per placement and
respondent, a 4 or 5). Each figure for each unit, for people in no unit (only when there are
any), and for the organisation; by the participant's gender and in total.

What is withheld (`value` NULL, "fewer than 5"):

1. every count under 5, zero included (a published zero next to a withheld cell would narrow
   it down, and "none of the women" can be as telling as "one");
2. then, so that no withheld count can be worked out by subtraction, wherever a published sum
   has exactly one withheld part, the smallest published other part of it is withheld too,
   and again until no sum has exactly one. The sums are: the genders make the total of a row;
   the placement types make "active", the outcomes make "ended", the 90-day categories make
   "ended", the outcomes into work or education make "into work or education"; the units and
   the people in no unit make the organisation.

So every published figure is exact (it agrees with the program's report for the same year),
and every withheld one hides among at least two unknowns in every sum it is part of. Not
rounding: a rounded figure would not agree with the coordinator's own report. What this does
not defend against is a reader who already knows some of the people, or one who solves all
sums at once (as any cell suppression short of a full audit).

A placement type is named only when it is one of the organisation's list of types; any other
typed text is counted under "" (another type), so a word someone typed for one person is not
shown to the manager.

The function runs as the database's owner (SECURITY DEFINER), which row-level security does
not apply to, so it counts every unit; the views over it are the owner's too. The manager
(and the admin) may read the views and call the function; a coordinator may not (a
coordinator's own report counts their unit). `statistics_years` gives the years there are
figures for, and `statistics_settings` the organisation's language and country, which a
manager's program needs and may not read from `settings`.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

READERS = "ambassador_manager, ambassador_admin"
# Frozen copies of the domain's values as this revision counts them (domain/enums.py,
# domain/outcome_check.py); a later change to those enums needs a migration of its own.
GENDERS = ("woman", "man", "other", "undisclosed")
OUTCOMES = (
    "employment",
    "subsidised_employment",
    "studies",
    "other_measure",
    "no_occupation",
    "ended_early",
)
WORK_OR_EDUCATION = ("employment", "subsidised_employment", "studies")
RESULTS = ("work", "studies", "other_measure", "none")
SUPPORTED_AT_LEAST = 4
WITHHELD_UNDER = 5


def _values(values: tuple[str, ...]) -> str:
    return ", ".join(f"('{value}')" for value in values)


def _list(values: tuple[str, ...]) -> str:
    return ", ".join(f"'{value}'" for value in values)


# Every cell at its finest: scope (a unit's id, 0 for no unit), year, measure, category,
# gender, count. Sums over genders and units are made from these, so they add up by
# construction (a participant has one gender and one unit).
FINEST = f"""
    facts AS (
        SELECT pl.id, pa.id AS participant_id, coalesce(pa.unit_id, 0) AS scope, pa.gender,
               pl.start_date, pl.ended_on, pl.outcome,
               CASE WHEN btrim(pl.placement_type) IN (
                   SELECT label FROM list_items WHERE list_name = 'placement_types')
               THEN btrim(pl.placement_type) ELSE '' END AS placement_type
        FROM placements pl
        JOIN participants pa ON pa.id = pl.participant_id
        JOIN employers e ON e.id = pl.employer_id
        WHERE pl.deleted_at IS NULL AND pa.deleted_at IS NULL AND e.deleted_at IS NULL
    ),
    years AS (
        SELECT y AS year, make_date(y, 1, 1) AS first_day, make_date(y, 12, 31) AS last_day
        FROM generate_series(
            (SELECT min(extract(year FROM start_date))::integer FROM facts),
            greatest(
                extract(year FROM current_date)::integer,
                (SELECT max(extract(year FROM start_date))::integer FROM facts),
                (SELECT max(extract(year FROM ended_on))::integer FROM facts)
            )
        ) AS y
    ),
    active AS (
        SELECT f.*, y.year, (f.ended_on BETWEEN y.first_day AND y.last_day) AS ended
        FROM facts f
        JOIN years y ON f.start_date <= y.last_day
            AND (f.ended_on IS NULL OR f.ended_on >= y.first_day)
    ),
    checks AS (
        SELECT a.scope, a.year, a.gender, c.result, c.due_on
        FROM active a JOIN outcome_checks c ON c.placement_id = a.id
        WHERE a.ended AND a.outcome IS NOT NULL
    ),
    answers AS (
        SELECT DISTINCT ON (f.id, y.year, fb.respondent)
               f.scope, y.year, f.gender, fb.respondent, fb.felt_supported
        FROM facts f
        JOIN feedback fb ON fb.placement_id = f.id
        JOIN years y ON fb.given_on BETWEEN y.first_day AND y.last_day
        WHERE fb.deleted_at IS NULL AND fb.felt_supported IS NOT NULL
        ORDER BY f.id, y.year, fb.respondent, fb.given_on DESC, fb.id DESC
    ),
    finest (scope, year, measure, category, gender, n) AS (
        SELECT scope, year, 'people', '', gender, count(DISTINCT participant_id)
            FROM active GROUP BY 1, 2, 5
        UNION ALL
        SELECT scope, year, 'started', '', gender, count(*)
            FROM active WHERE extract(year FROM start_date) = year GROUP BY 1, 2, 5
        UNION ALL
        SELECT scope, year, 'active', '', gender, count(*) FROM active GROUP BY 1, 2, 5
        UNION ALL
        SELECT scope, year, 'active', 'type:' || placement_type, gender, count(*)
            FROM active GROUP BY 1, 2, 4, 5
        UNION ALL
        SELECT scope, year, 'ended', '', gender, count(*)
            FROM active WHERE ended GROUP BY 1, 2, 5
        UNION ALL
        SELECT scope, year, 'ended', 'outcome:' || outcome, gender, count(*)
            FROM active WHERE ended AND outcome IS NOT NULL GROUP BY 1, 2, 4, 5
        UNION ALL
        SELECT scope, year, 'into_work', '', gender, count(*)
            FROM active WHERE ended AND outcome IN ({_list(WORK_OR_EDUCATION)})
            GROUP BY 1, 2, 5
        UNION ALL
        SELECT scope, year, 'after_90',
               CASE WHEN result IS NOT NULL THEN 'result:' || result
                    WHEN due_on <= current_date THEN 'not_recorded' ELSE 'not_due' END,
               gender, count(*)
            FROM checks GROUP BY 1, 2, 4, 5
        UNION ALL
        SELECT a.scope, a.year, 'after_90', 'no_check', a.gender, count(*)
            FROM active a
            WHERE a.ended AND NOT EXISTS (
                SELECT FROM outcome_checks c WHERE c.placement_id = a.id AND a.outcome IS NOT NULL
            )
            GROUP BY 1, 2, 5
        UNION ALL
        SELECT scope, year, respondent || '_answers', '', gender, count(*)
            FROM answers GROUP BY 1, 2, 3, 5
        UNION ALL
        SELECT scope, year, respondent || '_supported', '', gender, count(*)
            FROM answers WHERE felt_supported >= {SUPPORTED_AT_LEAST} GROUP BY 1, 2, 3, 5
    ),
    -- Every figure there is, so a unit without a case still has its (withheld) zero: the
    -- sums across units hold only when every unit has the cell.
    figures (measure, category) AS (
        VALUES ('people', ''), ('started', ''), ('active', ''), ('active', 'type:'),
               ('ended', ''), ('into_work', ''),
               ('after_90', 'not_recorded'), ('after_90', 'not_due'), ('after_90', 'no_check'),
               ('employer_answers', ''), ('employer_supported', ''),
               ('participant_answers', ''), ('participant_supported', '')
        UNION ALL
        SELECT 'active', 'type:' || label FROM list_items WHERE list_name = 'placement_types'
        UNION ALL
        SELECT 'ended', 'outcome:' || o FROM (VALUES {_values(OUTCOMES)}) AS v (o)
        UNION ALL
        SELECT 'after_90', 'result:' || r FROM (VALUES {_values(RESULTS)}) AS v (r)
    ),
    scopes (scope) AS (
        SELECT id FROM units
        UNION ALL
        SELECT 0 WHERE EXISTS (SELECT FROM facts WHERE scope = 0)
    ),
    genders (gender) AS (VALUES {_values(GENDERS)}),
    summed AS (
        SELECT CASE WHEN grouping(scope) = 1 THEN -1 ELSE scope END AS scope, year, measure,
               category, CASE WHEN grouping(gender) = 1 THEN '' ELSE gender END AS gender,
               sum(n)::integer AS n
        FROM finest
        GROUP BY GROUPING SETS (
            (scope, year, measure, category, gender), (scope, year, measure, category),
            (year, measure, category, gender), (year, measure, category)
        )
    )
"""

FUNCTION = f"""
CREATE FUNCTION ambassador_statistics()
RETURNS TABLE (
    scope text, unit_id integer, year integer, measure text, category text, gender text,
    value integer
)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
-- A few hundred cells' plan is costed high enough for JIT compiling, which takes seconds.
SET jit = off
AS $function$
#variable_conflict use_column
DECLARE
    c_scope integer[];
    c_year integer[];
    c_measure text[];
    c_category text[];
    c_gender text[];
    c_value integer[];
    hidden boolean[];
    m_group text[];
    m_cell integer[];
    picked integer[];
    cell integer;
BEGIN
    WITH {FINEST},
    cells AS (
        SELECT s.scope, y.year, f.measure, f.category, g.gender, coalesce(x.n, 0) AS n
        FROM (SELECT scope FROM scopes UNION ALL SELECT -1) AS s
        CROSS JOIN years y
        CROSS JOIN figures f
        CROSS JOIN (SELECT gender FROM genders UNION ALL SELECT '') AS g
        LEFT JOIN summed x ON x.scope = s.scope AND x.year = y.year
            AND x.measure = f.measure AND x.category = f.category AND x.gender = g.gender
    )
    SELECT array_agg(c.scope ORDER BY c.scope, c.year, c.measure, c.category, c.gender),
           array_agg(c.year ORDER BY c.scope, c.year, c.measure, c.category, c.gender),
           array_agg(c.measure ORDER BY c.scope, c.year, c.measure, c.category, c.gender),
           array_agg(c.category ORDER BY c.scope, c.year, c.measure, c.category, c.gender),
           array_agg(c.gender ORDER BY c.scope, c.year, c.measure, c.category, c.gender),
           array_agg(c.n ORDER BY c.scope, c.year, c.measure, c.category, c.gender)
    INTO c_scope, c_year, c_measure, c_category, c_gender, c_value
    FROM cells c;
    IF c_value IS NULL THEN
        RETURN;
    END IF;
    hidden := ARRAY(SELECT v < {WITHHELD_UNDER} FROM unnest(c_value) AS v);

    -- The sums each cell is part of (as a part or as the total), by a name per sum.
    -- unnest, not c_measure[i]: subscripting an array of text walks it from the start.
    WITH cell AS (
        SELECT c.*
        FROM unnest(c_scope, c_year, c_measure, c_category, c_gender)
            WITH ORDINALITY AS c (scope, year, measure, category, gender, i)
    ),
    member (grp, i) AS (
        -- the genders and the total of one row
        SELECT concat_ws('|', 'g', scope, year, measure, category), i FROM cell
        UNION ALL
        -- the units, the people in no unit and the organisation
        SELECT concat_ws('|', 'u', year, measure, category, gender), i FROM cell
        UNION ALL
        -- the placement types and "active"
        SELECT concat_ws('|', 't', scope, year, gender), i FROM cell
            WHERE measure = 'active'
        UNION ALL
        -- the outcomes and "ended"
        SELECT concat_ws('|', 'o', scope, year, gender), i FROM cell
            WHERE measure = 'ended'
        UNION ALL
        -- the 90-day categories and "ended"
        SELECT concat_ws('|', 'n', scope, year, gender), i FROM cell
            WHERE measure = 'after_90' OR (measure = 'ended' AND category = '')
        UNION ALL
        -- the outcomes into work or education and "into work or education"
        SELECT concat_ws('|', 'w', scope, year, gender), i FROM cell
            WHERE measure = 'into_work' OR (measure = 'ended' AND category IN (
                {", ".join(f"'outcome:{o}'" for o in WORK_OR_EDUCATION)}))
    )
    SELECT array_agg(grp), array_agg(i) INTO m_group, m_cell FROM member;

    LOOP
        SELECT array_agg(DISTINCT pick) INTO picked
        FROM (
            SELECT DISTINCT ON (grp) i AS pick
            FROM (
                SELECT m.grp, m.i, hidden[m.i] AS h,
                       count(*) FILTER (WHERE hidden[m.i]) OVER (PARTITION BY m.grp) AS withheld
                FROM unnest(m_group, m_cell) AS m (grp, i)
            ) AS sums
            WHERE withheld = 1 AND NOT h
            ORDER BY grp, c_value[i], i
        ) AS picks;
        EXIT WHEN picked IS NULL;
        FOREACH cell IN ARRAY picked LOOP
            hidden[cell] := true;
        END LOOP;
    END LOOP;

    RETURN QUERY
    SELECT CASE c.scope WHEN -1 THEN 'organisation' WHEN 0 THEN 'no_unit' ELSE 'unit' END,
           CASE WHEN c.scope > 0 THEN c.scope END,
           c.year, c.measure, c.category, c.gender,
           CASE WHEN c.withheld THEN NULL ELSE c.value END
    FROM unnest(c_scope, c_year, c_measure, c_category, c_gender, c_value, hidden)
        AS c (scope, year, measure, category, gender, value, withheld);
END
$function$
"""

VIEWS = {
    "statistics_cells": "SELECT * FROM ambassador_statistics()",
    "statistics_by_unit": (
        "SELECT unit_id, year, measure, category, gender, value "
        "FROM ambassador_statistics() WHERE scope <> 'organisation'"
    ),
    "statistics_organisation": (
        "SELECT year, measure, category, gender, value "
        "FROM ambassador_statistics() WHERE scope = 'organisation'"
    ),
    # No count here: the years the placements span, to the current one.
    "statistics_years": (
        "SELECT generate_series(min(extract(year FROM start_date))::integer, "
        "greatest(extract(year FROM current_date)::integer, "
        "max(extract(year FROM start_date))::integer)) AS year "
        "FROM placements WHERE deleted_at IS NULL"
    ),
    "statistics_settings": ("SELECT key, value FROM settings WHERE key IN ('language', 'country')"),
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(FUNCTION)
    op.execute("REVOKE ALL ON FUNCTION ambassador_statistics() FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION ambassador_statistics() TO {READERS}")
    for name, query in VIEWS.items():
        op.execute(f"CREATE VIEW {name} AS {query}")
        op.execute(f"GRANT SELECT ON {name} TO {READERS}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in reversed(VIEWS):
        op.execute(f"DROP VIEW {name}")
    op.execute("DROP FUNCTION ambassador_statistics()")
