"""Repository for the follow-up plan each placement type proposes for a new placement."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ambassador.domain.plan import FollowUpPlan
from ambassador.storage.placements import plan_from_column
from ambassador.storage.rows import PlacementTypePlanRow


class TypePlanRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, placement_type: str) -> FollowUpPlan | None:
        """The type's own plan; None when it has none (or the stored one cannot be read)."""
        row = self._session.get(PlacementTypePlanRow, placement_type)
        return None if row is None else plan_from_column(row.plan)

    def all(self) -> dict[str, FollowUpPlan]:
        """Every type with a readable plan of its own."""
        plans: dict[str, FollowUpPlan] = {}
        for row in self._session.scalars(select(PlacementTypePlanRow)):
            plan = plan_from_column(row.plan)
            if plan is not None:
                plans[row.placement_type] = plan
        return plans

    def put(self, placement_type: str, plan: FollowUpPlan | None) -> None:
        """Give the type its own plan; None: it proposes the default plan again."""
        if plan is None:
            self._session.execute(
                delete(PlacementTypePlanRow).where(
                    PlacementTypePlanRow.placement_type == placement_type
                )
            )
        else:
            self._session.merge(
                PlacementTypePlanRow(placement_type=placement_type, plan=plan.to_json())
            )
        self._session.flush()
