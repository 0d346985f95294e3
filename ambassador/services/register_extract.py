"""Everything stored about one person, gathered for their access request: what is in the
trash too, since it is still stored."""

from __future__ import annotations

from datetime import datetime

from ambassador.domain.documents import Letterhead, RegisterExtract
from ambassador.domain.errors import NotFoundError
from ambassador.domain.placement import Placement
from ambassador.domain.subsidy import MentorTerms, mentor_terms
from ambassador.domain.tasks import EmployerTask
from ambassador.storage.unit_of_work import UnitOfWork


def gather_register_extract(
    uow: UnitOfWork, participant_id: int, letterhead: Letterhead, now: datetime
) -> RegisterExtract:
    participant = uow.participants.get(participant_id, include_deleted=True)
    if participant is None:
        raise NotFoundError("participant", participant_id)
    placements = uow.placements.of_participant(participant_id, include_deleted=True)
    consents = uow.participants.consents(participant_id)
    check_ins = [c for p in placements for c in uow.check_ins.of_placement(p.id)]
    feedback = [
        f for p in placements for f in uow.feedback.of_placement(p.id, include_deleted=True)
    ]
    employer_ids = {p.employer_id for p in placements} | {
        c.employer_id for c in consents if c.employer_id is not None
    }
    employer_names: dict[int, str] = {}
    for employer_id in employer_ids:
        employer = uow.employers.get(employer_id, include_deleted=True)
        if employer is not None:
            employer_names[employer_id] = employer.name
    contact_ids = {p.supervisor_id for p in placements if p.supervisor_id is not None} | {
        f.contact_id for f in feedback if f.contact_id is not None
    }
    contact_names: dict[int, str] = {}
    for contact_id in contact_ids:
        contact = uow.employers.contact(contact_id, include_deleted=True)
        if contact is not None:
            contact_names[contact_id] = contact.name
    exports = uow.export_log.about(
        {"participant": [participant_id], "placement": [p.id for p in placements]}
    )
    notes = uow.notes.of_participant(participant_id, include_deleted=True)
    outcome_checks = uow.outcome_checks.of_placements([p.id for p in placements])
    questionnaires = [q for p in placements for q in uow.questionnaires.of_placement(p.id)]
    changes = uow.change_log.about(
        {
            "participants": [participant_id],
            "consents": [c.id for c in consents],
            "placements": [p.id for p in placements],
            "notes": [n.id for n in notes],
            "check_ins": [c.id for c in check_ins],
            "feedback": [f.id for f in feedback],
            "questionnaires": [q.id for q in questionnaires],
            "outcome_checks": [c.id for c in outcome_checks],
        }
    )
    return RegisterExtract(
        letterhead=letterhead,
        participant=participant,
        consents=consents,
        placements=placements,
        employer_names=employer_names,
        contact_names=contact_names,
        notes=notes,
        check_ins=check_ins,
        feedback=feedback,
        exports=exports,
        printed_on=now.date(),
        outcome_checks=outcome_checks,
        drafts=uow.drafts.of_participant(participant_id),
        changes=changes,
        tasks=covered_tasks_by_id(uow, placements),
        mentors=mentors_by_placement(uow, placements),
        project_names=project_names_by_placement(uow, placements),
    )


def mentors_by_placement(uow: UnitOfWork, placements: list[Placement]) -> dict[int, MentorTerms]:
    """Each placement's mentor with where they work, by the placement's id."""
    found: dict[int, MentorTerms] = {}
    for placement in placements:
        if placement.mentor_id is None:
            continue
        mentor = uow.mentors.get(placement.mentor_id)
        if mentor is None:
            continue
        where = (
            None
            if mentor.employer_id is None
            else uow.employers.get(mentor.employer_id, include_deleted=True)
        )
        terms = mentor_terms(placement, mentor, "" if where is None else where.name)
        if terms is not None:
            found[placement.id] = terms
    return found


def project_names_by_placement(uow: UnitOfWork, placements: list[Placement]) -> dict[int, str]:
    names: dict[int, str] = {}
    for placement in placements:
        if placement.project_id is not None:
            project = uow.projects.get(placement.project_id)
            if project is not None:
                names[placement.id] = project.name
    return names


def covered_tasks_by_id(uow: UnitOfWork, placements: list[Placement]) -> dict[int, EmployerTask]:
    """The tasks the placements cover, by id: their employers' tasks, read once each."""
    wanted = {task_id for p in placements for task_id in p.task_ids}
    employers = {p.employer_id for p in placements if p.task_ids}
    offered = uow.employer_tasks.of_employers(employers) if employers else {}
    return {
        task.id: task
        for tasks in offered.values()
        for task in tasks
        if task.id is not None and task.id in wanted
    }
