"""Reaching the application's dependencies, and the patient behind an update."""

from __future__ import annotations

from collections.abc import Iterable

from telegram.ext import Application, CallbackContext

from handlers.deps import Deps
from storage import patients as patient_store
from storage.models import Patient


def deps(context: CallbackContext) -> Deps:  # type: ignore[type-arg]
    return context.application.bot_data["deps"]


def current_patient(context: CallbackContext, telegram_user_id: int) -> Patient | None:  # type: ignore[type-arg]
    """The enrolled patient writing to us, or None. Writing to us means they have not
    blocked the bot, so a patient marked unreachable is reachable again."""
    d = deps(context)
    with d.sessions() as session:
        patient = patient_store.by_telegram_user(session, telegram_user_id)
    if patient is not None and patient.status == "unreachable":
        with d.sessions.begin() as session:
            patient = session.merge(patient)
            patient_store.mark_reachable(session, patient)
    return patient


def handled_here(context: CallbackContext, update_id: int) -> None:  # type: ignore[type-arg]
    """The handler marked this update handled in its own transaction: nothing left to mark."""
    context.application.bot_data.setdefault("handled", set()).add(update_id)


def was_handled_here(context: CallbackContext, update_id: int) -> bool:  # type: ignore[type-arg]
    return _take(context, "handled", update_id)


def vouch_unhandled(application: Application, update_ids: Iterable[int]) -> None:  # type: ignore[type-arg]
    """The poller checked these updates against the inbox as it stored them: none was
    handled yet, so the guard need not ask the database again."""
    application.bot_data.setdefault("unhandled", set()).update(update_ids)


def vouched_unhandled(context: CallbackContext, update_id: int) -> bool:  # type: ignore[type-arg]
    return _take(context, "unhandled", update_id)


def _take(context: CallbackContext, mark: str, update_id: int) -> bool:  # type: ignore[type-arg]
    """Whether the update carries this mark, removing it (each mark is read once)."""
    marked: set[int] = context.application.bot_data.setdefault(mark, set())
    if update_id in marked:
        marked.discard(update_id)
        return True
    return False
