"""The view of a dossier's claims page: who says what, grouped by speaker, each claim with its status
and its evidence."""

from __future__ import annotations

from generator.format.mentions import Target
from generator.format.model import CONTESTED, Citation, Claim
from generator.site import quantities, urls
from generator.site.citations import Footnotes, quotation
from generator.site.citations import name as source_name
from generator.site.expressions import expressed
from generator.site.joint import joint_names
from generator.site.listing import Listing
from generator.site.sequels import settled_by, settled_claims
from generator.site.statuses import (
    STATUS_WORDS,
    census,
    overtaken_census,
    own_account,
    own_finding,
    says_claim,
    standing_reason,
    status_phrase,
)
from generator.site.story import SECTION_TITLES
from generator.site.views import (
    ClaimsView,
    Fact,
    Group,
    and_joined,
    capitalised,
    counted,
    when,
)


class ClaimsList(Listing):
    """Builds the view of one story's claims page."""

    def claims(self) -> ClaimsView:
        """Each claim under who makes it, so one speaker's claims sit together under one heading that
        says who the speaker is; in the order each speaker first appears."""
        page = urls.section(self.slug, "claims")
        notes = Footnotes(page)
        by_speaker: dict[tuple[str, ...], list[Claim]] = {}
        for claim in self.dossier.claims:
            by_speaker.setdefault(() if claim.unattributed else tuple(claim.claimants), []).append(claim)
        # A status tells a reader something only where claims differ in it: one shared by every claim
        # is said once, above them.
        statuses = {status_phrase(c, self.dossier, page) for c in self.dossier.claims}
        shared = statuses.pop() if len(statuses) == 1 and len(self.dossier.claims) > 1 else ""
        # Footnotes are numbered as the page shows the claims: speaker by speaker.
        groups = tuple(
            self.speaker(page, ids, tuple(self.claim(page, c, notes, with_status=not shared) for c in claims))
            for ids, claims in by_speaker.items()
        )
        return ClaimsView(
            title=SECTION_TITLES["claims"],
            groups=groups,
            status=f"Every claim here is {shared}." if shared else "",
            census=self.claims_census(bool(shared)),
            footnotes=tuple(notes.definitions),
            part_of=self.story.part_of(page),
        )

    def claims_census(self, shared: bool) -> str:
        """The claims page's opening: how many claims from how many speakers, and how many are
        settled, in doubt or views ("Seven claims from five speakers and reports that name no source: one
        established by a court or an official record, [one disputed](#...), ..."), as BBC's "what
        we know" separates what is established from what one side says. Statuses every claim shares
        are said after the legend (``shared``); one claim needs no count."""
        claims = self.dossier.claims
        if len(claims) < 2:
            return ""
        speakers = len({i for c in claims if not c.unattributed for i in c.claimants})
        unnamed = any(c.unattributed for c in claims)
        sources = [counted(speakers, "speaker")] if speakers else []
        if unnamed:
            sources.append("reports that name no source")
        held = f"{capitalised(counted(len(claims), 'claim'))} from {and_joined(sources)}"
        if shared:
            return f"{held}."
        # A standing decision's ground is counted as such, not as its makers' account of themselves.
        reasons = {c.id for c in claims if standing_reason(c, self.dossier)}
        own = {c.id for c in claims if own_account(c, self.dossier)} - reasons
        findings = {c.id for c in claims if own_finding(c, self.dossier)}
        settled = {c.id for c in settled_claims(self.dossier)}
        # What a later event overtook is told in the past on this page, as on the first screen, which
        # leaves it out of what is not known (``closed_claims``): not as one side's word still open.
        overtaken = {c.id: words for c in claims if (words := overtaken_census(c, self.dossier)) is not None}
        felt = {c.id for c in claims if expressed(c)}
        told = census(
            claims, lambda c: f"#{c.id}", own, findings, settled, overtaken, reasons=reasons, expressions=felt
        )
        return f"{held}: {and_joined(told)}."

    def speaker(self, page: str, ids: tuple[str, ...], claims: tuple[Fact, ...]) -> Group:
        """The heading of one speaker's claims (linked names), and who a lone speaker is."""
        if not ids:
            return Group("What reports say without naming a source", claims, anchor="said-by-no-one-named")
        speakers = [self.dossier.actor_by_id[i] for i in ids]
        heading = joint_names(
            self.dossier, speakers, lambda a, _: self.story.actor_link(page, a), subject=False
        )[0]
        anchor = "said-by-" + "-".join(ids)
        taken = {c.id for c in self.dossier.claims}
        return Group(
            heading,
            claims,
            anchor="" if anchor in taken else anchor,
            note=self.story.role(speakers[0], claims=False) if len(ids) == 1 else "",
        )

    def claim(self, page: str, claim: Claim, notes: Footnotes, *, with_status: bool = True) -> Fact:
        # The statement comes first on the page: an actor it links is named, not linked again, below.
        linked: set[Target] = set()
        statement = self.prose.inline(claim.statement, page=page, linked=linked)
        status = capitalised(status_phrase(claim, self.dossier, page))
        # A disputed or denied claim's note says who holds otherwise: told as its status, as actor
        # pages tell it ("Denied: ... the army denies it"). "Disputed by another source", with the
        # note two lines below it, left a reader asking which source. One an event settled says what
        # settled it, and its note stays a note.
        contested = claim.status in CONTESTED and bool(claim.note) and settled_by(claim, self.dossier) is None
        if contested and claim.note:
            heading = STATUS_WORDS[claim.status].heading
            status = f"{heading}: {self.prose.inline(claim.note, page=page, linked=linked)}"
        details = [("Status", status)] if with_status else []
        # "About" names whom the claim concerns where its statement does not: "About: Varga family"
        # under a statement that links "the Vargas" told the reader nothing new.
        # Nor the speaker, under whose name the claim is listed ("their own account").
        about = [i for i in claim.about if Target("actor", i) not in linked and i not in claim.claimants]
        if about:
            details.append(("About", self.story.actor_links(page, about, linked=linked)))
        if claim.date:
            details.append(("When", when(claim.date)))
        details.append(
            ("Evidence" if any(c.evidence for c in claim.cite) else "Source", self.evidence(claim, notes))
        )
        if claim.note and not (contested and with_status):
            details.append(("Note", self.prose.inline(claim.note, page=page, linked=linked)))
        speakers = joint_names(
            self.dossier, [self.dossier.actor_by_id[i] for i in claim.claimants], lambda a, _: ""
        )[1]
        said = "Reported" if claim.unattributed else capitalised(says_claim(claim, speakers, self.dossier))
        said += quantities.relayed(self.dossier, page, claim.via)
        # Each source is named beside its own words, with its footnote: no marker after the claim.
        return Fact(f"**{said}:** {statement}", "", claim.id, tuple(details))

    def evidence(self, claim: Claim, notes: Footnotes) -> str:
        """A claim's evidence, source by source: the source's own words, then which source it is
        and its footnote: “...”; “...” (Associated Press)[^1]; “...” (NPR)[^2]."""
        language = self.dossier.meta.language
        by_source: dict[str, list[Citation]] = {}
        for citation in claim.cite:
            by_source.setdefault(citation.source, []).append(citation)
        parts = []
        for source_id, cited in by_source.items():
            source = self.dossier.source_by_id[source_id]
            words = "; ".join(quotation(c, source, language) for c in dict.fromkeys(cited) if c.evidence)
            name = source_name(source, language)
            marker = notes.cite(self.dossier, cited)
            # Each source in a span of its own, so its marker is never shown as following another's.
            parts.append(
                f"<span>{words} ({name}){marker}</span>" if words else f"<span>{name}{marker}</span>"
            )
        return "; ".join(parts)
