"""The organisation's country: which identity numbers its participants have and which
organisation numbers its employers have. Chosen when a database is made, stored with the
data, and apart from the window's language (a Swedish-speaking coordinator may work in
Denmark)."""

from __future__ import annotations

from datetime import date

from ambassador.domain.danish_identity import parse_cpr_number, parse_cvr_number
from ambassador.domain.identity import parse_organisation_number, parse_personal_identity_number
from ambassador.domain.messages import QT_TRANSLATE_NOOP

SWEDEN = "se"
DENMARK = "dk"
COUNTRIES = (SWEDEN, DENMARK)
DEFAULT_COUNTRY = SWEDEN
# Each country by its own name, as the first-run page and the command line show it whatever
# the window speaks (like languages.NATIVE_NAMES).
NATIVE_NAMES = {SWEDEN: "Sverige", DENMARK: "Danmark"}
CHOOSE_COUNTRY = QT_TRANSLATE_NOOP("Messages", "Choose Sweden or Denmark.")


def parse_identity_number(
    text: str, today: date, country: str, field: str = "personal_identity_number"
) -> str:
    """A participant's identity number as stored: a Swedish personnummer or
    samordningsnummer (12 digits) or a Danish CPR number (10 digits)."""
    if country == DENMARK:
        return parse_cpr_number(text, today, field)
    return parse_personal_identity_number(text, today, field).value


def parse_employer_number(text: str, country: str, field: str = "organisation_number") -> str:
    """An employer's number as stored: a Swedish organisationsnummer (NNNNNN-NNNN) or a
    Danish CVR number (eight digits)."""
    if country == DENMARK:
        return parse_cvr_number(text, field)
    return parse_organisation_number(text, field)
