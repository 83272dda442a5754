"""A claim's status in words: what a reader is told about how far the claim is established."""

from __future__ import annotations

from typing import NamedTuple

from generator.format.model import Claim, ClaimStatus


class StatusWords(NamedTuple):
    # The heading of the claims with this status, in the overview's "What is not known".
    heading: str
    # The status as a phrase after a claim: "(stated by one side; no other source confirms it)".
    phrase: str


STATUS_WORDS: dict[ClaimStatus, StatusWords] = {
    ClaimStatus.ESTABLISHED: StatusWords("Established", "established by a court or an official record"),
    ClaimStatus.CONFIRMED: StatusWords("Confirmed", "confirmed by independent sources"),
    ClaimStatus.STATED: StatusWords(
        "Only one side says so", "stated by one side; no other source confirms it"
    ),
    ClaimStatus.UNVERIFIED: StatusWords("Not verified", "not verified: no source has been able to check it"),
    ClaimStatus.DISPUTED: StatusWords("Disputed", "disputed by another source"),
    ClaimStatus.DENIED: StatusWords("Denied", "denied by the party it concerns"),
    ClaimStatus.FORECAST: StatusWords("Warnings and forecasts", "a warning or forecast of what may happen"),
    ClaimStatus.RETRACTED: StatusWords("Withdrawn", "withdrawn by whoever made it"),
}
# The statuses "What is not known" lists, most contested first; established facts are not in it.
UNSETTLED = (
    ClaimStatus.DISPUTED,
    ClaimStatus.DENIED,
    ClaimStatus.UNVERIFIED,
    ClaimStatus.STATED,
    ClaimStatus.FORECAST,
    ClaimStatus.RETRACTED,
)


def status_phrase(claim: Claim) -> str:
    return STATUS_WORDS[claim.status].phrase
