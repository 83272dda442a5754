"""The dossier format, defined once.

Every field of every kind is declared here with its type, description and an example. The JSON
Schema under ``schema/``, the validator and the format reference in the docs are all derived from
these classes, so a field is added or renamed in exactly one place.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, ClassVar

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictFloat,
    StrictInt,
    StringConstraints,
    field_validator,
)

from generator.format.vocabulary import PREDICATES

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
PARTIAL_DATE_PATTERN = r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$"

Id = Annotated[
    str,
    StringConstraints(pattern=ID_PATTERN, max_length=80),
    Field(
        description="A readable, unique slug: lower-case letters, digits and single hyphens.",
        examples=["ming-xuechang"],
    ),
]
Text = Annotated[str, StringConstraints(min_length=1, max_length=5000)]
ShortText = Annotated[str, StringConstraints(min_length=1, max_length=300)]
PartialDate = Annotated[
    str,
    StringConstraints(pattern=PARTIAL_DATE_PATTERN),
    Field(
        description=(
            "A date as precise as the source allows: YYYY, YYYY-MM or YYYY-MM-DD. "
            "Quote it in YAML so it stays text."
        ),
        examples=["2023-09", "2023-11-21"],
    ),
]
HttpUrl = Annotated[
    str,
    StringConstraints(pattern=r"^https?://[^\s<>\"']+$", max_length=2000),
    Field(description="An http or https address.", examples=["https://example.org/story"]),
]


class Entry(BaseModel):
    """Common configuration: unknown fields are errors, strings are not coerced from numbers."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)

    # The file stem (or folder name) in a dossier that holds entries of this kind.
    file_name: ClassVar[str] = ""
    # The singular noun shown to contributors and readers.
    noun: ClassVar[str] = ""


class Item(Entry):
    """A top-level entry of a dossier file: it may carry a review marker."""

    review: ShortText | None = Field(
        default=None,
        description=(
            "Set by `explainer init` and `explainer new` on drafted entries: what a person must "
            "check. Validation warns until it is removed."
        ),
    )


class Citation(Entry):
    """Where a fact comes from: a source id and, where the source is text, a short evidence phrase."""

    source: Id = Field(description="The id of an entry in sources.yaml.", examples=["ljubas-2023"])
    evidence: ShortText | None = Field(
        default=None,
        description=(
            "A short phrase copied verbatim from the source that supports the fact. A phrase, never "
            "a whole paragraph. When the source has a text snapshot, the phrase must appear in it."
        ),
        examples=["handed over 31,000 telecom network fraud suspects"],
    )
    locator: ShortText | None = Field(
        default=None,
        description="Where in the source: a page, section or paragraph.",
        examples=["paragraph 2"],
    )


Citations = Annotated[
    list[Citation],
    Field(
        min_length=1,
        description="At least one citation. Every fact names where it comes from.",
    ),
]


class Paragraph(Entry):
    """One paragraph of the story told on the overview page."""

    text: Text = Field(
        description="The paragraph, in our own words. Limited Markdown: *emphasis*, **strong**, `code`.",
        examples=["Myanmar handed over tens of thousands of fraud suspects to China in 2023."],
    )
    cite: Citations = Field(description="At least one citation. Every fact names where it comes from.")


class Meta(Entry):
    """The dossier itself: dossier.yaml."""

    file_name: ClassVar[str] = "dossier"
    noun: ClassVar[str] = "dossier"

    title: ShortText = Field(description="The dossier's title.", examples=["Myanmar's scam-centre handover"])
    slug: Id = Field(description="Must equal the dossier's folder name; used in every URL.")
    summary: Text = Field(
        description="One paragraph saying what the story is about. Limited Markdown.",
    )
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")] = Field(
        description="The language of the dossier as a BCP 47 tag.", examples=["en"]
    )
    published: dt.date = Field(description="When the dossier was first published (YYYY-MM-DD).")
    last_reviewed: dt.date = Field(description="When a person last checked every fact (YYYY-MM-DD).")
    licence: ShortText = Field(
        description="The licence of the dossier's own text, ideally an SPDX id.", examples=["CC-BY-4.0"]
    )
    key_figure: Id | None = Field(
        default=None, description="The id of the number shown on the dossier's card on the home page."
    )
    place: ShortText | None = Field(
        default=None,
        description="Where the story happens, as a reader would name it; shown on the home page's card.",
        examples=["Northern Myanmar"],
    )
    tags: list[Id] = Field(
        default_factory=list,
        description="Topics, as lower-case slugs; the home page lists the stories of each topic.",
        examples=[["crime", "borders"]],
    )
    story: list[Paragraph] = Field(
        default_factory=list, description="The story in a few paragraphs, shown on the overview page."
    )


class SourceKind(StrEnum):
    ARTICLE = "article"
    REPORT = "report"
    REFERENCE = "reference"
    LAW = "law"
    WEBSITE = "website"
    DATASET = "dataset"
    OTHER = "other"


class Source(Item):
    """A document that facts cite: sources.yaml."""

    file_name: ClassVar[str] = "sources"
    noun: ClassVar[str] = "source"

    id: Id = Field(description="A readable, unique slug: lower-case letters, digits and single hyphens.")
    title: ShortText = Field(description="The document's title as published.")
    kind: SourceKind = Field(default=SourceKind.ARTICLE, description="What sort of document it is.")
    publisher: ShortText | None = Field(default=None, description="Who published it.")
    authors: list[ShortText] = Field(default_factory=list, description="Who wrote it.")
    url: HttpUrl | None = Field(default=None, description="Where the source can be read online.")
    published: dt.date | None = Field(default=None, description="Publication date (YYYY-MM-DD).")
    accessed: dt.date | None = Field(default=None, description="When we read it (YYYY-MM-DD).")
    language: str | None = Field(default=None, description="BCP 47 language tag.", examples=["en"])
    background: bool = Field(
        default=False,
        description=(
            "True for a source beyond the story's own reporting (a law, an encyclopaedia, an "
            "official page) used for background; facts citing it are shown as background."
        ),
    )
    snapshot: ShortText | None = Field(
        default=None,
        description=(
            "Path, relative to this dossier's folder, of a plain-text copy of the source. When it "
            "exists, every evidence phrase citing the source must appear in it."
        ),
        examples=["../../../shared/seed/article.txt"],
    )
    note: Text | None = Field(default=None, description="Anything a reader should know about the source.")


class ActorKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    GOVERNMENT_BODY = "government-body"
    ARMED_GROUP = "armed-group"
    CRIMINAL_NETWORK = "criminal-network"
    MEDIA_OUTLET = "media-outlet"
    RESEARCH_INSTITUTE = "research-institute"
    PLACE = "place"
    GROUP = "group"
    OBJECT = "object"


class NativeName(Entry):
    """A name in its own script."""

    text: ShortText = Field(description="The name written in its own script.", examples=["明学昌"])
    lang: Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")] = Field(
        description="BCP 47 tag of the name's language and script.", examples=["zh-Hans"]
    )


class Actor(Item):
    """A person, organisation, place or group: actors.yaml."""

    file_name: ClassVar[str] = "actors"
    noun: ClassVar[str] = "actor"

    id: Id = Field(description="A readable, unique slug: lower-case letters, digits and single hyphens.")
    name: ShortText = Field(description="The name most sources use.", examples=["Ming Xuechang"])
    kind: ActorKind = Field(description="What sort of actor this is.")
    aliases: list[ShortText] = Field(default_factory=list, description="Other names and spellings.")
    native_name: NativeName | None = Field(default=None, description="The name in its own script.")
    description: Text = Field(description="Who or what this is, in a sentence or two. Limited Markdown.")
    cite: Citations = Field(description="At least one citation. Every fact names where it comes from.")


class Qualifier(StrEnum):
    EXACT = "exact"
    ABOUT = "about"
    MORE_THAN = "more-than"
    AT_LEAST = "at-least"
    AT_MOST = "at-most"
    UP_TO = "up-to"
    FEWER_THAN = "fewer-than"


class Period(Entry):
    """A span of time a number covers."""

    start: PartialDate | None = Field(
        default=None, alias="from", description="First day, month or year covered."
    )
    end: PartialDate | None = Field(default=None, alias="to", description="Last day, month or year covered.")

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Number(Item):
    """A figure, who states it and where: numbers.yaml."""

    file_name: ClassVar[str] = "numbers"
    noun: ClassVar[str] = "number"

    id: Id = Field(description="A readable, unique slug: lower-case letters, digits and single hyphens.")
    value: StrictInt | StrictFloat = Field(
        description='The value as a real number: 31000, never the text "31,000".', examples=[31000]
    )
    unit: ShortText | None = Field(default=None, description="What one unit is.", examples=["people"])
    counts: ShortText = Field(
        description="What the number counts, in plain words.",
        examples=["telecom fraud suspects handed over to China"],
    )
    qualifier: Qualifier = Field(
        default=Qualifier.EXACT, description="The hedge the source puts on the value."
    )
    quantity: Id | None = Field(
        default=None,
        description=(
            "Numbers that measure the same thing share a quantity id, so that different values "
            "from different sources are shown side by side."
        ),
    )
    as_of: PartialDate | None = Field(default=None, description="The date the value describes.")
    period: Period | None = Field(default=None, description="The span of time the value covers.")
    stated_by: list[Id] = Field(default_factory=list, description="Ids of the actors who state the number.")
    note: Text | None = Field(default=None, description="Context a reader needs. Limited Markdown.")
    cite: Citations = Field(description="At least one citation. Every fact names where it comes from.")


class Term(Item):
    """A glossary entry: glossary.yaml."""

    file_name: ClassVar[str] = "glossary"
    noun: ClassVar[str] = "term"

    id: Id = Field(description="A readable, unique slug: lower-case letters, digits and single hyphens.")
    term: ShortText = Field(description="The term as readers meet it.", examples=["self-administered zone"])
    aliases: list[ShortText] = Field(default_factory=list, description="Other forms of the term.")
    definition: Text = Field(description="What the term means, in our own words. Limited Markdown.")
    related: list[Id] = Field(default_factory=list, description="Ids of related glossary terms.")
    cite: Citations = Field(description="At least one citation. Every fact names where it comes from.")


class Event(Item):
    """Something that happened: events.yaml."""

    file_name: ClassVar[str] = "events"
    noun: ClassVar[str] = "event"

    id: Id = Field(description="A readable, unique slug: lower-case letters, digits and single hyphens.")
    date: PartialDate = Field(description="When it happened, as precisely as the source says.")
    end_date: PartialDate | None = Field(default=None, description="When it ended, if it lasted.")
    approximate: bool = Field(default=False, description="True when the source gives the date loosely.")
    date_note: Text | None = Field(
        default=None, description="How the date was worked out, for dates the source gives relatively."
    )
    title: ShortText = Field(description="What happened, as a short headline.")
    description: Text | None = Field(default=None, description="What happened. Limited Markdown.")
    actors: list[Id] = Field(default_factory=list, description="Ids of the actors involved.")
    cite: Citations = Field(description="At least one citation. Every fact names where it comes from.")


class ClaimStatus(StrEnum):
    REPORTED = "reported"
    CONFIRMED = "confirmed"
    DISPUTED = "disputed"
    DENIED = "denied"
    UNVERIFIED = "unverified"
    RETRACTED = "retracted"


class Claim(Item):
    """Something an actor says is true: claims.yaml."""

    file_name: ClassVar[str] = "claims"
    noun: ClassVar[str] = "claim"

    id: Id = Field(description="A readable, unique slug: lower-case letters, digits and single hyphens.")
    statement: Text = Field(description="What is claimed, in our own words.")
    claimants: list[Id] = Field(min_length=1, description="Ids of the actors who make the claim.")
    status: ClaimStatus = Field(default=ClaimStatus.REPORTED, description="How far the claim is established.")
    about: list[Id] = Field(default_factory=list, description="Ids of the actors the claim concerns.")
    date: PartialDate | None = Field(default=None, description="When the claim was made.")
    cite: Citations = Field(description="At least one citation. Every fact names where it comes from.")


class Relationship(Item):
    """A link between two actors: relationships.yaml."""

    file_name: ClassVar[str] = "relationships"
    noun: ClassVar[str] = "relationship"

    subject: Id = Field(description="Id of the actor the sentence is about.")
    predicate: str = Field(
        description="The relation, from the controlled vocabulary.",
        json_schema_extra={"enum": sorted(PREDICATES)},
    )
    object: Id = Field(description="Id of the other actor.")
    note: Text | None = Field(default=None, description="Context for the relation. Limited Markdown.")
    cite: Citations = Field(description="At least one citation. Every fact names where it comes from.")

    @field_validator("predicate")
    @classmethod
    def _known_predicate(cls, value: str) -> str:
        if value not in PREDICATES:
            raise ValueError("unknown predicate")
        return value

    @property
    def id(self) -> str:
        return f"{self.subject}--{self.predicate}--{self.object}"


ENTRY_KINDS: tuple[type[Entry], ...] = (Source, Actor, Number, Term, Event, Claim, Relationship)
KIND_BY_FILE: dict[str, type[Entry]] = {kind.file_name: kind for kind in ENTRY_KINDS}
