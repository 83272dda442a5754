"""The dossier format, defined once.

Every field of every kind is declared here with its type, description and an example. The JSON
Schema under ``schema/``, the validator and the format reference in the docs are all derived from
these classes, so a field is added or renamed in exactly one place. A constraint that needs its own
rule (a pattern, a minimum, a vocabulary) declares the rule, message and hint beside it with
``Broken(...)`` (see rules.py); the checker reads the declaration and never the constraint itself.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, ClassVar

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    JsonValue,
    PrivateAttr,
    StrictBool,
    StrictFloat,
    StrictInt,
    StringConstraints,
    ValidatorFunctionWrapHandler,
    model_validator,
)

from generator.format.numbers import WrittenFloat
from generator.format.rules import Broken
from generator.format.slugs import slug
from generator.format.vocabulary import PREDICATES

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
PARTIAL_DATE_PATTERN = r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$"
LANGUAGE_PATTERN = r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$"
URL_PATTERN = r"^https?://[^\s<>\"']+$"


def _id_hint(value: object) -> str:
    example = slug(str(value)) or "my-id"
    return f"use lower-case letters, digits and single hyphens, e.g. {example!r}"


Id = Annotated[
    str,
    StringConstraints(pattern=ID_PATTERN, max_length=80),
    Broken("string_pattern_mismatch", "id-invalid", "{value!r} is not a valid id", _id_hint),
    Field(
        description="A readable, unique slug: lower-case letters, digits and single hyphens.",
        examples=["oren-varga"],
    ),
]
Text = Annotated[str, StringConstraints(min_length=1, max_length=5000)]
ShortText = Annotated[str, StringConstraints(min_length=1, max_length=300)]
PartialDate = Annotated[
    str,
    StringConstraints(pattern=PARTIAL_DATE_PATTERN),
    Broken(
        "string_pattern_mismatch",
        "date-invalid",
        "{value!r} is not a date",
        'write YYYY, YYYY-MM or YYYY-MM-DD in quotes, e.g. "2023-09"',
    ),
    Field(
        description=(
            "A date as precise as the source allows: YYYY, YYYY-MM or YYYY-MM-DD. "
            "Quote it in YAML so it stays text."
        ),
        examples=["2023-03", "2023-06-13"],
    ),
]
HttpUrl = Annotated[
    str,
    StringConstraints(pattern=URL_PATTERN, max_length=2000),
    Broken(
        "string_pattern_mismatch",
        "url-invalid",
        "{value!r} is not an http(s) address",
        "use a full address starting with https://",
    ),
    Field(description="An http or https address.", examples=["https://example.org/story"]),
]
LanguageTag = Annotated[
    str,
    StringConstraints(pattern=LANGUAGE_PATTERN),
    Broken(
        "string_pattern_mismatch",
        "value-invalid",
        "{value!r} is not a valid {field}",
        "see the format reference",
    ),
]


class Entry(BaseModel):
    """Common configuration: unknown fields are errors, strings are not coerced from numbers. Every
    true-or-false field is a StrictBool: pydantic's lax bool read `"yes"`, `1` or `"off"` as one,
    where the editor's schema refuses them (the YAML loader already leaves `yes` and `no` text)."""

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

    source: Id = Field(description="The id of an entry in sources.yaml.", examples=["roan-2023"])
    evidence: ShortText | None = Field(
        default=None,
        description=(
            "A short phrase copied verbatim from the source that supports the fact. A phrase, never "
            "a whole paragraph. When the source has a text snapshot, the phrase must appear in it."
        ),
        examples=["transferred 3,850 cigarette smuggling suspects"],
    )
    locator: ShortText | None = Field(
        default=None,
        description="Where in the source: a page, section or paragraph.",
        examples=["paragraph 2"],
    )
    translation: ShortText | None = Field(
        default=None,
        description=(
            "The evidence phrase in the dossier's language, when the source writes in another: our "
            "translation, shown beside the source's own words."
        ),
        examples=["reporters learned from the Ministry of Customs on the 16th"],
    )


Citations = Annotated[
    list[Citation],
    Field(
        min_length=1,
        description="At least one citation. Every fact names where it comes from.",
    ),
    Broken(
        "too_short",
        "cite-missing",
        "this {noun} cites no source",
        "add `cite:` with at least one `- source: <id>` and its evidence phrase",
    ),
]


class Paragraph(Entry):
    """One paragraph of the story told on the overview page."""

    text: Text = Field(
        description="The paragraph, in our own words. Limited Markdown: *emphasis*, **strong**, `code`.",
        examples=["Aldria transferred thousands of smuggling suspects to Veltria in 2023."],
    )
    cite: Citations = Field(description="At least one citation. Every fact names where it comes from.")


class PredicateDefinition(Entry):
    """A relation a dossier adds to the shared vocabulary, worded from each end."""

    id: Id = Field(description="The predicate as relationships write it.", examples=["flows-into"])
    forward: ShortText = Field(
        description="How it reads from the subject: 'A <forward> B'.", examples=["flows into"]
    )
    inverse: ShortText = Field(
        description="How it reads from the object: 'B <inverse> A'.", examples=["receives water from"]
    )
    forward_plural: ShortText | None = Field(
        default=None,
        description=(
            "`forward` after a plural subject: 'flow into'. Without it the first word is made plural "
            "by rule: is -> are, was -> were, has -> have, drains -> drain, buries -> bury."
        ),
        examples=["flow into"],
    )
    inverse_plural: ShortText | None = Field(
        default=None,
        description="`inverse` after a plural subject, made by the same rule when not given.",
        examples=["receive water from"],
    )
    description: Text | None = Field(
        default=None, description="What the relation means, when it is not obvious."
    )


class Correction(Entry):
    """A published error and what is right instead, shown to readers as a dated correction."""

    date: dt.date = Field(description="The day the correction was made (YYYY-MM-DD).")
    wrong: Text = Field(
        description="What the story said that was wrong, in reader words (plain text).",
        examples=['The strike "lasted for about 20 days".'],
    )
    right: Text = Field(
        description="What is right instead, as the corrected entries now say it (plain text).",
        examples=["It began around 4 March and ended on 11 March, about a week later."],
    )


class Meta(Entry):
    """The dossier itself: dossier.yaml."""

    file_name: ClassVar[str] = "dossier"
    noun: ClassVar[str] = "dossier"

    title: ShortText = Field(
        description="The dossier's title.", examples=["Aldria's smuggling-ring transfer"]
    )
    slug: Id = Field(description="Must equal the dossier's folder name; used in every URL.")
    summary: Text = Field(
        description="One paragraph saying what the story is about. Limited Markdown.",
    )
    language: LanguageTag = Field(description="The language of the dossier as a BCP 47 tag.", examples=["en"])
    published: dt.date = Field(description="When the dossier was first published (YYYY-MM-DD).")
    last_reviewed: dt.date = Field(description="When a person last checked every fact (YYYY-MM-DD).")
    events_checked_to: dt.date | None = Field(
        default=None,
        description=(
            "The day up to which the story's events were checked against reporting (YYYY-MM-DD): "
            "nothing after it is covered. Separate from `last_reviewed`, the day a person last "
            "checked every fact; `validate` warns when this is later than that review."
        ),
    )
    licence: ShortText = Field(
        description="The licence of the dossier's own text, ideally an SPDX id.", examples=["CC-BY-4.0"]
    )
    key_figure: Id | None = Field(
        default=None,
        description=(
            "The id of the number shown on the dossier's card on the home page. When the summary "
            "already gives its value, the card shows the first key figure the summary does not give."
        ),
    )
    key_figures: list[Id] = Field(
        default_factory=list,
        max_length=6,
        description=(
            "The ids of the numbers shown as key figures on the overview, in order, at most 6. "
            "Without it the overview shows `key_figure` first, then the first number of each other "
            "quantity in file order (a later figure of the same `quantity` belongs to one series, "
            "shown on the numbers page), at most 6."
        ),
    )
    place: ShortText | None = Field(
        default=None,
        description=(
            "Where the story happens, as a reader would name it; shown on the home page's card, and under "
            "the summary when the summary names no place."
        ),
        examples=["Northern Aldria"],
    )
    tags: list[Id] = Field(
        default_factory=list,
        description="Topics, as lower-case slugs; the home page lists the stories of each topic.",
        examples=[["crime", "borders"]],
    )
    story: list[Paragraph] = Field(
        default_factory=list, description="The story in a few paragraphs, shown on the overview page."
    )
    follows: Id | None = Field(
        default=None,
        description=(
            "The slug of the dossier whose story this one carries forward. Stories linked by "
            "`follows:` form a thread, read from the story that follows none: the hub shows the "
            "thread as one item with its stories in that order, and each story ends with a short "
            "'What happened next' linking to the story that follows it."
        ),
        examples=["aldria-smuggling-transfer"],
    )
    corrections: list[Correction] = Field(
        default_factory=list,
        description=(
            "Errors corrected after publication, each dated with what was wrong and what is right; "
            "the Updates page lists them for readers, newest first."
        ),
    )
    predicates: list[PredicateDefinition] = Field(
        default_factory=list,
        description=(
            "Relations this dossier's relationships may use beyond the shared vocabulary, each worded "
            "from both ends. An id of the shared vocabulary cannot be redefined."
        ),
    )


class SourceKind(StrEnum):
    ARTICLE = "article"
    REPORT = "report"
    REFERENCE = "reference"
    LAW = "law"
    WEBSITE = "website"
    DATASET = "dataset"
    OTHER = "other"


class NoTextReason(StrEnum):
    """Why a source's text cannot be stored (``no_text:``); any detail goes in the source's ``note:``."""

    PAYWALLED = "paywalled"
    REMOVED = "removed"
    NOT_RETRIEVABLE_NOW = "not-retrievable-now"
    PRINT_ONLY = "print-only"
    BROADCAST_ONLY = "broadcast-only"
    COPYING_FORBIDDEN = "copying-forbidden"


class ReprintOf(Entry):
    """The original of a reprinted source."""

    publisher: ShortText = Field(description="Who first published the text.", examples=["The Halden Courier"])
    title: ShortText | None = Field(default=None, description="The original's title, when it differs.")
    url: HttpUrl | None = Field(default=None, description="Where the original can be read.")


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
    published: dt.date | PartialDate | None = Field(
        default=None,
        union_mode="left_to_right",
        description="Publication date, as precise as the source gives it: YYYY-MM-DD, YYYY-MM or YYYY.",
        examples=["2024-01-15", "2024-01"],
    )
    accessed: dt.date | None = Field(default=None, description="When we read it (YYYY-MM-DD).")
    language: str | None = Field(default=None, description="BCP 47 language tag.", examples=["en"])
    background: StrictBool = Field(
        default=False,
        description=(
            "True for a source beyond the story's own reporting (a law, an encyclopaedia, an "
            "official page) used for background; facts citing it are shown as background."
        ),
    )
    snapshot: ShortText | None = Field(
        default=None,
        description=(
            "Path, relative to this dossier's folder and inside the content folder, of a plain-text "
            "copy of the source. Prefer stored text in `snapshots/<source-id>.yaml` (written by "
            "`explainer snapshot`); either way every evidence phrase citing the source must appear in it."
        ),
        examples=["article.txt"],
    )
    no_text: NoTextReason | None = Field(
        default=None,
        description=(
            "Why no text of the source is stored, so its evidence cannot be checked by machine: "
            "paywalled, removed (gone, with no archived copy), not-retrievable-now (for now: try "
            "`explainer snapshot` later), print-only, broadcast-only (audio or video with no "
            "transcript) or copying-forbidden. Any detail goes in `note:`. Without stored text or "
            "this reason, evidence citing the source is a warning."
        ),
        examples=["paywalled"],
    )
    text_from: HttpUrl | None = Field(
        default=None,
        description=(
            "The address of the copy (a mirror, an archive, a reprint) that the stored text was taken "
            "from, when it is not `url`. The Sources page tells readers the text was checked against "
            "a copy at that host."
        ),
        examples=["https://archive.example.org/copy-of-the-story"],
    )
    reprint_of: ReprintOf | None = Field(
        default=None,
        description=(
            "When the source is itself a reprint or an agency copy: the outlet that first published "
            "it. Naming the original's `url` here is a warning: cite the original instead, with this "
            "copy's address in `text_from`."
        ),
    )
    note: Text | None = Field(default=None, description="Anything a reader should know about the source.")


_DEGREES_HINT = "write decimal degrees, north and east positive, south and west negative, e.g. {}"
Latitude = Annotated[
    StrictInt | StrictFloat,
    Field(ge=-90, le=90),
    Broken(
        "greater_than_equal",
        "location-invalid",
        "{value!r} is not a latitude (-90 to 90)",
        _DEGREES_HINT.format(23.69),
    ),
    Broken(
        "less_than_equal",
        "location-invalid",
        "{value!r} is not a latitude (-90 to 90)",
        _DEGREES_HINT.format(23.69),
    ),
]
Longitude = Annotated[
    StrictInt | StrictFloat,
    Field(ge=-180, le=180),
    Broken(
        "greater_than_equal",
        "location-invalid",
        "{value!r} is not a longitude (-180 to 180)",
        _DEGREES_HINT.format(98.76),
    ),
    Broken(
        "less_than_equal",
        "location-invalid",
        "{value!r} is not a longitude (-180 to 180)",
        _DEGREES_HINT.format(98.76),
    ),
]


class Location(Entry):
    """Where a place is: one point in decimal degrees (WGS 84), cited like any other fact."""

    latitude: Latitude = Field(
        description="Degrees north of the equator (south is negative), from -90 to 90.", examples=[41.2783]
    )
    longitude: Longitude = Field(
        description="Degrees east of Greenwich (west is negative), from -180 to 180.", examples=[19.5046]
    )
    cite: Citations = Field(
        description=(
            "Where the coordinates come from: a gazetteer or reference page whose evidence phrase "
            "writes them."
        )
    )


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

    text: ShortText = Field(description="The name written in its own script.", examples=["Орен Варга"])
    lang: LanguageTag = Field(description="BCP 47 tag of the name's language and script.", examples=["ru"])
    script: (
        Annotated[
            str,
            StringConstraints(pattern=r"^[A-Z][a-z]{3}$"),
            Broken(
                "string_pattern_mismatch",
                "value-invalid",
                "{value!r} is not an ISO 15924 script code",
                "write four letters with a capital first, e.g. Hans, Mymr or Cyrl",
            ),
        ]
        | None
    ) = Field(
        default=None,
        description=(
            "ISO 15924 code of the script, when the language tag does not say it: Hans, Hant, Mymr, "
            "Cyrl, Arab, Latn. Must agree with a script subtag in `lang`."
        ),
        examples=["Cyrl"],
    )


class Actor(Item):
    """A person, organisation, place or group: actors.yaml."""

    file_name: ClassVar[str] = "actors"
    noun: ClassVar[str] = "actor"

    id: Id = Field(description="A readable, unique slug: lower-case letters, digits and single hyphens.")
    name: ShortText = Field(description="The name most sources use.", examples=["Oren Varga"])
    kind: ActorKind = Field(description="What sort of actor this is.")
    aliases: list[ShortText] = Field(default_factory=list, description="Other names and spellings.")
    search_terms: list[ShortText] = Field(
        default_factory=list,
        description=(
            "Words a reader may search for that are not names of it (a word for what it did, a common "
            "misnaming): never shown, only lead search to this entry."
        ),
        examples=[["deported"]],
    )
    native_name: NativeName | None = Field(default=None, description="The name in its own script.")
    wikidata: (
        Annotated[
            str,
            StringConstraints(pattern=r"^Q[1-9][0-9]{0,11}$"),
            Broken(
                "string_pattern_mismatch",
                "value-invalid",
                "{value!r} is not a Wikidata item id",
                "write the item id from the Wikidata page's address, e.g. Q42",
            ),
        ]
        | None
    ) = Field(
        default=None,
        description=(
            "The actor's Wikidata item id. Pages then tell search engines that the actor is that item "
            "(schema.org sameAs); nothing is fetched."
        ),
        examples=["Q1054174"],
    )
    native_names: list[NativeName] = Field(
        default_factory=list,
        description=(
            "Several names in their own scripts and languages (e.g. Burmese and Chinese), in the order "
            "readers should see them. Use either this or `native_name`."
        ),
    )
    plural: StrictBool | None = Field(
        default=None,
        description=(
            'Whether the name is grammatically plural, so verbs agree ("Aldrian rebels say"). '
            "Inferred from the name when left out: set it where the guess is wrong."
        ),
    )
    description: Text = Field(description="Who or what this is, in a sentence or two. Limited Markdown.")
    as_of: PartialDate | None = Field(
        default=None,
        description=(
            "For a description in the present tense: the date it holds as of. The page says "
            "'as of <date>' when that date is older than the story's `events_checked_to`."
        ),
        examples=["2026-03"],
    )
    cite: Citations = Field(description="At least one citation. Every fact names where it comes from.")
    location: Location | None = Field(
        default=None,
        description=(
            "For a place: where it is, as a point with its source. A story with two or more located "
            "places shows them on a locator map."
        ),
    )


SHARED_ACTOR_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*/[a-z0-9]+(?:-[a-z0-9]+)*$"

ActorRef = Annotated[
    str,
    StringConstraints(pattern=SHARED_ACTOR_PATTERN, max_length=161),
    Broken(
        "string_pattern_mismatch",
        "value-invalid",
        "{value!r} is not a shared actor reference",
        "write `dossier-slug/actor-id`, e.g. `first-story/some-actor`",
    ),
    Field(
        description="`dossier-slug/actor-id`: an actor whose record lives in another dossier's actors.yaml.",
        examples=["aldria-smuggling-transfer/ilan-varga"],
    ),
]


class SharedActor(Item):
    """An actor of another dossier, used in this one by reference: shared-actors.yaml.

    The record (name, kind, aliases, native name) stays in the dossier that defines it, so both
    stories show one actor; this entry adds what the actor is in this story, with this story's
    citations. Other entries of this dossier refer to it by ``id``.
    """

    file_name: ClassVar[str] = "shared-actors"
    noun: ClassVar[str] = "shared-actor"

    id: Id = Field(
        description="The id this dossier's entries use for the actor; usually the same as in `actor`."
    )
    actor: ActorRef = Field(description="`dossier-slug/actor-id` of the actor's record in the other dossier.")
    aliases: list[ShortText] = Field(
        default_factory=list,
        description=(
            "Other names and spellings this story's sources use, added to the record's own in this "
            "story only (the record keeps its aliases)."
        ),
    )
    native_names: list[NativeName] = Field(
        default_factory=list,
        description=(
            "Names in their own scripts this story adds to the record's, in this story only: for a "
            "script or language the record does not give."
        ),
    )
    description: Text = Field(
        description="What the actor is or does in this story, in a sentence or two. Limited Markdown."
    )
    as_of: PartialDate | None = Field(
        default=None,
        description=(
            "For a description in the present tense: the date it holds as of. The page says "
            "'as of <date>' when that date is older than the story's `events_checked_to`."
        ),
        examples=["2026-03"],
    )
    cite: Citations = Field(description="At least one citation. Every fact names where it comes from.")
    location: Location | None = Field(
        default=None,
        description=(
            "For a place whose record has no location: where it is, cited from this dossier's sources. "
            "Without it, the record's location is used."
        ),
    )

    @property
    def dossier_slug(self) -> str:
        return self.actor.split("/", 1)[0]

    @property
    def actor_id(self) -> str:
        return self.actor.split("/", 1)[1]


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


class RatePeriod(StrEnum):
    """The period a rate is counted over: "$14 billion a year" is `year`."""

    HOUR = "hour"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


class Whichever(StrEnum):
    """Which of a rule's two figures applies: "or $2 million, whichever is higher" is `higher`."""

    HIGHER = "higher"
    LOWER = "lower"


class Alternative(Entry):
    """The other figure of a rule that gives two, one of which applies: a fine of "up to 5% of
    revenue or $2 million, whichever is higher"."""

    number: Id = Field(
        description="The id of the other figure in numbers.yaml: the $2 million of '5% of revenue or "
        "$2 million'.",
        examples=["fine-amount"],
    )
    whichever: Whichever = Field(
        description="Which of the two applies: `higher` for 'whichever is higher', `lower` for "
        "'whichever is lower'. An evidence phrase of one of the two figures must say so ('higher', "
        "'greater'; 'lower', 'less')."
    )


VIA_DESCRIPTION = (
    "The id of the actor, usually an outlet, that relays it from whoever says it: a villager's words "
    "as a news agency quotes them. Readers see 'X said, as quoted by Y'. Name the speaker too (in "
    "`claimants` or `stated_by`): `via` is never the speaker."
)


class Number(Item):
    """A figure, who states it and where: numbers.yaml."""

    file_name: ClassVar[str] = "numbers"
    noun: ClassVar[str] = "number"

    id: Id = Field(description="A readable, unique slug: lower-case letters, digits and single hyphens.")
    value: StrictInt | StrictFloat = Field(
        description='The value as a real number: 3850, never the text "3,850".', examples=[3850]
    )
    upper: StrictInt | StrictFloat | None = Field(
        default=None,
        description=(
            "The upper end when the source gives a range ('4 to 6 million'): `value` is then the "
            "lower end. Both must appear in the evidence."
        ),
        examples=[6000000],
    )
    margin: StrictInt | StrictFloat | None = Field(
        default=None,
        gt=0,
        description=(
            "The margin of uncertainty the source gives with an estimate, in the figure's unit: 8 for "
            "'120 ± 8 megalitres'. Readers see 'give or take 8' beside the figure, and figures are "
            "compared over the whole margin, so an estimate within another's margin does not disagree "
            "with it. The evidence must write the margin too."
        ),
        examples=[16],
    )
    amount: ShortText | None = Field(
        default=None,
        description=(
            "The amount in the source's own words when it gives no exact figure: 'several dozen', "
            "'hundreds'. Readers see these words; `value` is the least they can mean (24 for 'dozens', "
            "200 for 'hundreds'), with `qualifier: at-least`. The evidence must contain the words."
        ),
        examples=["hundreds"],
    )
    unit: ShortText | None = Field(default=None, description="What one unit is.", examples=["people"])
    counts: ShortText = Field(
        description="What the number counts, in plain words.",
        examples=["cigarette smuggling suspects transferred to Veltria"],
    )
    qualifier: Qualifier = Field(
        default=Qualifier.EXACT, description="The hedge the source puts on the value."
    )
    quantity: Id | None = Field(
        default=None,
        description=(
            "Numbers that measure the same thing share a quantity id, so that different values "
            "from different sources are shown side by side. The id names the same quantity across "
            "the whole site: numbers of different dossiers with the same id are compared, with "
            "their dates, on each story's Numbers page and on the site's page of figures across "
            "stories, so use one id for one quantity in every story that reports it."
        ),
    )
    as_of: PartialDate | None = Field(default=None, description="The date the value describes.")
    period: Period | None = Field(default=None, description="The span of time the value covers.")
    stated_by: list[Id] = Field(default_factory=list, description="Ids of the actors who state the number.")
    unattributed: StrictBool = Field(
        default=False,
        description=(
            "True when the source reports the figure without saying who states it ('are reported to "
            "have'). Then `stated_by` stays empty, and readers are told no one is named."
        ),
    )
    official: StrictBool = Field(
        default=False,
        description=(
            "True when the one actor in `stated_by` is the body whose job it is to count or set this "
            "figure: an electoral council's count, a statistics office's figure, a central bank's own "
            "rate, a court's own vote. Readers see 'the official figure from ...', never 'no other "
            "source gives it'; where another source's figure cannot be right with it, both are shown, "
            "this one named as the official figure (official is not the same as true)."
        ),
        examples=[True],
    )
    decided: StrictBool = Field(
        default=False,
        description=(
            "True when the figure is already decided for its later date: a wage a signed contract "
            "sets for 2028, a threshold or a fare a budget or a board has fixed from April, a sum "
            "allocated. Readers see 'set for April 2028', not 'forecast for' (expected, not decided). "
            "Only for a figure dated after the reports that give it; a figure cited only from a law "
            "needs none (it reads 'in force from')."
        ),
        examples=[True],
    )
    note: Text | None = Field(default=None, description="Context a reader needs. Limited Markdown.")
    derivation: Text | None = Field(
        default=None,
        description=(
            "How the value is worked out when no source writes it as a number: from an ordinal "
            '("a fourth leader"), a word such as "half" or "a decade", or a sum. Without it, an '
            "evidence phrase must contain the value itself."
        ),
        examples=["Three leaders were transferred; the article calls Oren Varga a fourth leader."],
    )
    per: RatePeriod | None = Field(
        default=None,
        description=(
            "The period when the figure is a rate: `year` for '$14 billion a year', `week` for '$300 per "
            "week'. Readers see 'a year' after the figure; `counts` says what is counted, without the "
            "period."
        ),
        examples=["year"],
    )
    part_of: Id | None = Field(
        default=None,
        description=(
            "The id of the number this one is a subset or share of: for '174 of them', the number of the "
            "500 they are part of. Readers see '174 of the 500 ...'. The whole is at least as large."
        ),
        examples=["people-on-board"],
    )
    revises: Id | None = Field(
        default=None,
        description=(
            "The id of an earlier figure this one replaces: the same body's figure for the same quantity, "
            "revised (a statistics office's second estimate, a death toll it corrected). Readers see "
            "'revised from 20 to 18 on 3 March 2024', never two figures that disagree, and only the "
            "revised figure counts in a series. Keep both; mark only this one `official` if either is."
        ),
        examples=["deaths-first-count"],
    )
    alternative: Alternative | None = Field(
        default=None,
        description=(
            "The other figure of a rule that gives two, one of which applies: on the figure for 'up to "
            "5% of yearly revenue or $2 million, whichever is higher', `number:` names the $2 million "
            "figure and `whichever: higher`. Readers see 'up to 5% of yearly revenue, or $2 million, "
            "whichever is higher' wherever the figure is told, not half the rule. Give the rule once, "
            "on one of the two figures."
        ),
        examples=[{"number": "fine-amount", "whichever": "higher"}],
    )
    against: Id | None = Field(
        default=None,
        description=(
            "The id of the figure this one is measured against: the untreated group's beside a treated "
            "group's ('12% of patients given the drug' against '2% of those given a placebo'), or the "
            "level a relative change is a share of ('decline 30% slower' against the untreated group's "
            "decline). Readers see 'against 2% of those given a placebo' wherever the figure is told, "
            "so a share or a change is never shown without what it compares with."
        ),
        examples=["placebo-group-rate"],
    )
    via: Id | None = Field(default=None, description=VIA_DESCRIPTION, examples=["national-news-agency"])
    cite: Citations = Field(description="At least one citation. Every fact names where it comes from.")

    # The decimal places of `value`, `upper` and `margin` as the dossier writes them ("7.0": one), by
    # field; read from the YAML text, not a field a contributor writes.
    _places: dict[str, int] = PrivateAttr(default_factory=dict)

    @model_validator(mode="wrap")
    @classmethod
    def _written_places(cls, data: object, handler: ValidatorFunctionWrapHandler) -> Number:
        """Keeps the places the loader read (``WrittenFloat``), which validation turns into a float."""
        number: Number = handler(data)
        if isinstance(data, dict):
            written = {key: data.get(key) for key in ("value", "upper", "margin")}
            number._places = {key: v.places for key, v in written.items() if isinstance(v, WrittenFloat)}
        return number

    def places(self, field: str = "value") -> int | None:
        """The decimal places the source wrote ``field`` with ("7.0": one); None when it gave none."""
        return self._places.get(field)


class Term(Item):
    """A glossary entry: glossary.yaml."""

    file_name: ClassVar[str] = "glossary"
    noun: ClassVar[str] = "term"

    id: Id = Field(description="A readable, unique slug: lower-case letters, digits and single hyphens.")
    term: ShortText = Field(description="The term as readers meet it.", examples=["border trade zone"])
    aliases: list[ShortText] = Field(default_factory=list, description="Other forms of the term.")
    search_terms: list[ShortText] = Field(
        default_factory=list,
        description=(
            "Words a reader may search for that are not names of it (a word for what it did, a common "
            "misnaming): never shown, only lead search to this entry."
        ),
        examples=[["deported"]],
    )
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
    approximate: StrictBool = Field(
        default=False,
        description=(
            "True when the date as written may be off: the source gives it loosely ('around 2009', "
            "'in the early days of the war'). Readers see 'around 2009'. A year alone already says "
            "only the year is known: leave this out when the year is sure ('last summer' in a report "
            "of August 2024 is 2023) and say how in `date_note`."
        ),
    )
    date_note: Text | None = Field(
        default=None, description="How the date was worked out, for dates the source gives relatively."
    )
    title: ShortText = Field(description="What happened, as a short headline.")
    description: Text | None = Field(default=None, description="What happened. Limited Markdown.")
    actors: list[Id] = Field(default_factory=list, description="Ids of the actors involved.")
    ongoing: StrictBool = Field(
        default=False,
        description=(
            "True when what began on `date` had not ended by the latest source (a siege, a strike, an "
            "outbreak): readers see 'since <date>, ongoing'. An ongoing event has no `end_date`. A fact "
            "with no date at all is a claim or a number without `date` or `as_of`."
        ),
    )
    cite: Citations = Field(description="At least one citation. Every fact names where it comes from.")


class ClaimStatus(StrEnum):
    """How far a claim is established; or, for no fact to check, a forecast, an opinion or a call."""

    ESTABLISHED = "established"
    CONFIRMED = "confirmed"
    STATED = "stated"
    UNVERIFIED = "unverified"
    DISPUTED = "disputed"
    DENIED = "denied"
    FORECAST = "forecast"
    OPINION = "opinion"
    CALL = "call"
    RETRACTED = "retracted"


# The statuses of a claim that is no fact to check but someone's view or appeal: shown as theirs.
VIEWS = frozenset({ClaimStatus.OPINION, ClaimStatus.CALL})

# The statuses of a claim that an event of its story may settle (`outcome:`): a forecast turns out
# one way or another; a claim one source disputes, or those it is about deny, may be decided by a
# verdict or an inquiry's finding. An established or confirmed claim is settled already; an opinion
# or a call to action is no fact to decide; a claim only one side states, or no one has checked,
# awaits a source that confirms it (its status then changes), not an event.
SETTLED_BY_EVENT = frozenset({ClaimStatus.FORECAST, ClaimStatus.DISPUTED, ClaimStatus.DENIED})
# The statuses whose claims sides hold otherwise about, until an event may settle them; a claim's
# note then says who holds otherwise, told beside the claim.
CONTESTED = frozenset({ClaimStatus.DISPUTED, ClaimStatus.DENIED})

# Older files wrote "reported" for a claim that one party makes and no source checks: "stated".
CLAIM_STATUS_ALIASES = {"reported": ClaimStatus.STATED}


def _claim_status(value: object) -> object:
    return CLAIM_STATUS_ALIASES.get(value, value) if isinstance(value, str) else value


StatusField = Annotated[
    ClaimStatus,
    BeforeValidator(_claim_status),
    Broken(
        "enum",
        "value-invalid",
        "{value!r} is not a claim status",
        "choose what the sources let you say: established (a court or official record), confirmed "
        "(independent sources), stated (one party says it), unverified, disputed (another source "
        "contradicts it), denied (the party concerned denies it), forecast (a warning of what may "
        "happen), opinion (someone's view), call (a call to action) or retracted",
    ),
]


class Claim(Item):
    """Something an actor says is true: claims.yaml."""

    file_name: ClassVar[str] = "claims"
    noun: ClassVar[str] = "claim"

    id: Id = Field(description="A readable, unique slug: lower-case letters, digits and single hyphens.")
    statement: Text = Field(description="What is claimed, in our own words.")
    claimants: list[Id] = Field(
        default_factory=list,
        description="Ids of the actors who make the claim; empty only when `unattributed` is true.",
    )
    unattributed: StrictBool = Field(
        default=False,
        description=(
            "True when the source reports the claim without naming who makes it ('are reported to "
            "have', 'reportedly'). Then `claimants` stays empty."
        ),
    )
    status: StatusField = Field(
        default=ClaimStatus.STATED,
        description=(
            "How far the claim is established: `established` (a court ruling or an official record "
            "shows it), `confirmed` (independent sources confirm it), `stated` (one party says it and "
            "no source checks it), `unverified` (no one has been able to check it), `disputed` (another "
            "source contradicts it), `denied` (the party it concerns denies it), `forecast` (a warning "
            "or forecast of what may happen), `opinion` (a view, a judgement: what someone thinks of "
            "it, not a fact to check), `call` (a call to action: what someone urges others to do) or "
            "`retracted` (withdrawn by whoever made it). Readers see it in words; an opinion or a call "
            "is shown as its holder's, never among unconfirmed facts."
        ),
    )
    about: list[Id] = Field(
        default_factory=list,
        description=(
            "Ids of the actors the claim concerns. A `stated` claim about its makers alone (or the body "
            "they lead or belong to), such as a body's reason for its own decision, is shown as their "
            "own account rather than as a claim no other source confirms; one that researchers who give "
            "figures in the story make about their own study (a research institute, its people, or a "
            "team they lead) is shown as the researchers' finding."
        ),
    )
    date: PartialDate | None = Field(default=None, description="When the claim was made.")
    outcome: Id | None = Field(
        default=None,
        description=(
            "For a warning or forecast (`status: forecast`) that later events settled, or a disputed or "
            "denied claim (`status: disputed`, `status: denied`) that a later event decided, such as a "
            "verdict or an inquiry's finding: the id of the event in events.yaml that settled it. The "
            "forecast is then told as made before that event, with its date and a link to it, and no longer "
            "as what may happen next; the disputed or denied claim as disputed (or denied) at the time and "
            "settled on the event's date, with the event's title linked to the timeline, and no longer as "
            "still in doubt. Without an outcome, a forecast stays among what may happen next and a disputed "
            "claim in doubt, however late the story is checked. The event cannot have ended before the "
            "claim was made."
        ),
        examples=["outbreak-declared-over", "verdict"],
    )
    note: Text | None = Field(
        default=None,
        description=(
            "What a reader should know beside the claim: who holds otherwise, who denied it. An event "
            "of the story that later settled it goes in `outcome`. Limited Markdown."
        ),
    )
    via: Id | None = Field(default=None, description=VIA_DESCRIPTION, examples=["national-news-agency"])
    cite: Citations = Field(description="At least one citation. Every fact names where it comes from.")


class Relationship(Item):
    """A link between two actors: relationships.yaml."""

    file_name: ClassVar[str] = "relationships"
    noun: ClassVar[str] = "relationship"

    subject: Id = Field(description="Id of the actor the sentence is about.")
    predicate: str = Field(
        description=(
            "The relation: one of the shared vocabulary, or one the dossier defines under `predicates:` "
            "in dossier.yaml."
        ),
        json_schema_extra={"anyOf": [{"enum": list[JsonValue](sorted(PREDICATES))}, {"pattern": ID_PATTERN}]},
    )
    object: Id = Field(description="Id of the other actor.")
    note: Text | None = Field(default=None, description="Context for the relation. Limited Markdown.")
    cite: Citations = Field(description="At least one citation. Every fact names where it comes from.")

    @property
    def id(self) -> str:
        return f"{self.subject}--{self.predicate}--{self.object}"


class Question(Item):
    """A question a reader brings to the story, answered from the dossier's facts: questions.yaml.

    The answer carries no citations of its own: it names the facts it rests on, and shows their
    citations. The overview asks these questions first, in file order.
    """

    file_name: ClassVar[str] = "questions"
    noun: ClassVar[str] = "question"

    id: Id = Field(
        description="A readable, unique slug; also the question's anchor on the overview.",
        examples=["who-was-transferred"],
    )
    question: ShortText = Field(
        description="The question as a reader would ask it.", examples=["Who was transferred, and to whom?"]
    )
    answer: Text = Field(
        description=(
            "A short answer in plain words: two to four sentences of about 15 to 20 words each, "
            "saying only what the facts it names say. Limited Markdown."
        )
    )
    numbers: list[Id] = Field(default_factory=list, description="Ids of the numbers the answer rests on.")
    events: list[Id] = Field(default_factory=list, description="Ids of the events the answer rests on.")
    claims: list[Id] = Field(default_factory=list, description="Ids of the claims the answer rests on.")
    actors: list[Id] = Field(default_factory=list, description="Ids of the actors the answer rests on.")
    terms: list[Id] = Field(
        default_factory=list, description="Ids of the glossary terms the answer rests on."
    )

    def references(self) -> dict[str, list[str]]:
        """The ids the answer names, by field."""
        return {name: getattr(self, name) for name in QUESTION_REFERENCES}


QUESTION_REFERENCES = ("numbers", "events", "claims", "actors", "terms")


ENTRY_KINDS: tuple[type[Item], ...] = (
    Source,
    Actor,
    Number,
    Term,
    Event,
    Claim,
    Relationship,
    SharedActor,
    Question,
)
KIND_BY_FILE: dict[str, type[Item]] = {kind.file_name: kind for kind in ENTRY_KINDS}


Sha256 = Annotated[
    str,
    StringConstraints(pattern=r"^[0-9a-f]{64}$"),
    Broken(
        "string_pattern_mismatch",
        "value-invalid",
        "{value!r} is not a SHA-256 hash",
        "write the 64 lower-case hex digits that `explainer snapshot` prints",
    ),
]


class StoredText(Entry):
    """The stored text of one source: snapshots/<source-id>.yaml, never published as a page.

    A public repository keeps only the passages needed to check evidence (the sentences around each
    phrase) and the hash and length of the whole extracted text, never a whole copyrighted article.
    """

    file_name: ClassVar[str] = "snapshots/<source-id>"
    noun: ClassVar[str] = "stored text"

    source: Id = Field(description="The id of the source in sources.yaml; the file is named after it.")
    url: HttpUrl | None = Field(default=None, description="Where the text was retrieved.")
    file: ShortText | None = Field(
        default=None,
        description=(
            "The file the text was extracted from, as a record of provenance (a name or a path "
            "inside the repository, never an absolute path or one with `..`); with `url`, the file "
            "is a saved copy of that page."
        ),
        examples=["article.txt"],
    )
    retrieved: dt.date = Field(description="When the text was retrieved (YYYY-MM-DD).")
    extractor: ShortText = Field(
        description="The tool and version that extracted the text, or `manual` when copied by hand.",
        examples=["trafilatura 2.3.1", "manual"],
    )
    sha256: Sha256 = Field(description="The SHA-256 (hex) of the whole extracted text, UTF-8 encoded.")
    characters: Annotated[StrictInt, Field(ge=0)] = Field(
        description="The length of the whole extracted text, in characters."
    )
    passages: list[Text] = Field(
        default_factory=list,
        description="The passages needed to check evidence: the sentence or sentences around each phrase.",
    )
