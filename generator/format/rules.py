"""Every rule the loader and validator enforce: its id, default severity and what it protects.

The docs' rule reference is generated from this table, and the tests hold one fixture per rule.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, NamedTuple

# A note informs and never fails a run, not even under --strict.
Severity = Literal["error", "warning", "note"]


class Rule(NamedTuple):
    severity: Severity
    summary: str


RULES: dict[str, Rule] = {
    # Reading files
    "file-too-large": Rule("error", "A YAML file is larger than the size limit."),
    "file-encoding": Rule("error", "A YAML file is not valid UTF-8."),
    "file-bom": Rule("warning", "A YAML file starts with a byte-order mark."),
    "file-crlf": Rule("warning", "A YAML file uses Windows (CRLF) line endings."),
    "file-empty": Rule("error", "A YAML file holds no data."),
    "file-outside": Rule("error", "A file or symlink points outside the content folder."),
    "file-unknown": Rule("warning", "A YAML file in a dossier folder is not one the format knows."),
    "dossier-missing": Rule("error", "A content folder holds no dossier, or a dossier has no dossier.yaml."),
    "yaml-syntax": Rule("error", "The file is not valid YAML."),
    "yaml-duplicate-key": Rule("error", "A mapping has the same key twice."),
    "yaml-tag": Rule("error", "A YAML tag such as !!python/object or !custom is used."),
    "yaml-alias": Rule("error", "A YAML anchor or alias is used (they can expand without limit)."),
    "yaml-key": Rule("error", "A mapping key is not plain text."),
    "yaml-too-deep": Rule("error", "The YAML nests deeper than any dossier needs."),
    "shape-invalid": Rule("error", "A file's top level has the wrong shape (list or mapping)."),
    # Fields
    "field-missing": Rule("error", "A required field is missing."),
    "field-unknown": Rule("error", "A field the format does not define."),
    "type-invalid": Rule("error", "A value has the wrong type."),
    "value-invalid": Rule("error", "A value is not one of the allowed choices."),
    "id-invalid": Rule("error", "An id is not a lower-case slug."),
    "date-invalid": Rule("error", "A date is malformed or does not exist."),
    "url-invalid": Rule("error", "A URL is not an http(s) address."),
    "text-invalid": Rule("error", "A text is empty or too long."),
    "cite-missing": Rule("error", "A fact cites no source."),
    "location-invalid": Rule(
        "error",
        "A latitude or longitude is out of range, or a location is given for an actor that is not a place.",
    ),
    # Content
    "text-html": Rule("error", "Text contains HTML, which never reaches a reader's page."),
    "text-control": Rule("error", "Text contains an invisible control character."),
    "text-bidi": Rule("warning", "Text contains an invisible text-direction control."),
    "text-markup": Rule("error", "Text uses Markdown beyond *emphasis*, **strong** and `code`."),
    "todo": Rule("error", "A TODO marker is left in the content."),
    "sentence-long": Rule("warning", "A sentence of the dossier's own prose is longer than 40 words."),
    "review-pending": Rule("warning", "A drafted entry still awaits a person's review."),
    "id-duplicate": Rule("error", "Two entries of one kind share an id."),
    "ref-unknown": Rule("error", "A reference names an id that does not exist."),
    "slug-mismatch": Rule("error", "dossier.yaml's slug differs from its folder name."),
    "number-evidence": Rule(
        "error",
        "A number's evidence does not write the value, and no `derivation:` says how it is worked out; "
        "or no evidence writes its `margin:`.",
    ),
    "evidence-missing": Rule("warning", "A fact cites a text source without an evidence phrase."),
    "evidence-not-found": Rule("error", "An evidence phrase is not in the source's stored text."),
    "text-missing": Rule(
        "warning", "Evidence cites a source with no stored text and no `no_text:` reason, so it is unchecked."
    ),
    "snapshot-missing": Rule("warning", "A source's `snapshot:` file cannot be read."),
    "snapshot-outside": Rule("error", "A source's `snapshot:` path points outside the content folder."),
    "text-stored-share": Rule(
        "warning",
        "A stored text keeps more of its source than the repository allows (`stored_text_max_share`).",
    ),
    "shared-name-known": Rule(
        "warning", "A shared actor's entry adds an alias or native name that its record already gives."
    ),
    "actor-duplicate": Rule(
        "warning",
        "An actor of one story matches an actor of another by name, alias or native name: share one record.",
    ),
    "snapshot-invalid": Rule(
        "error", "A stored-text file (snapshots/*.yaml) is malformed or names no source of the dossier."
    ),
    # `explainer sources check`: what became of each source since its text was stored
    "source-unchanged": Rule("note", "A source's text is the same as when it was stored."),
    "source-changed": Rule("note", "A source's text changed, but every evidence phrase is still in it."),
    "source-evidence-missing": Rule("error", "An evidence phrase is no longer in the source's current text."),
    "source-moved": Rule("warning", "A source's address redirects to another."),
    "source-gone": Rule("error", "A source's address answers 404 or 410."),
    "source-unreachable": Rule(
        "warning", "A source could not be fetched or read: a status, a timeout, too large, no text."
    ),
    "source-unchecked": Rule(
        "note", "A source has no web address, or no stored text (`no_text:`), so only so much is checked."
    ),
    "date-order": Rule("error", "An end date is before its start date."),
    "relationship-duplicate": Rule("warning", "The same relationship is stated twice."),
    "term-unused": Rule("warning", "A glossary term is mentioned nowhere in the dossier."),
    "source-unused": Rule("warning", "A source is cited by no fact."),
    "translation-missing": Rule(
        "warning", "An evidence phrase in another language than the dossier's has no `translation:`."
    ),
    "answer-unreferenced": Rule(
        "warning", "A question's answer names no fact of the dossier, so it shows no source."
    ),
    "reprint-original-named": Rule(
        "warning", "A source is marked as a reprint (`reprint_of:`) and names its original's address."
    ),
    "text-from-missing": Rule(
        "warning",
        "A source's stored text was read at another host than the source's address, and `text_from:` "
        "does not name that copy.",
    ),
    "currency-unreviewed": Rule(
        "warning",
        "A story's events are checked to a day (`events_checked_to:`) later than its last review of "
        "every fact (`last_reviewed:`), so present-tense descriptions may be out of date.",
    ),
    # Across dossiers
    "shared-unknown": Rule(
        "error",
        "A shared actor names a dossier or an actor that does not exist (also when the actor is deleted "
        "from the dossier that defines it: the message names every dossier that uses it).",
    ),
    "follows-unknown": Rule("error", "dossier.yaml's `follows:` names no other dossier of the site."),
    # What real stories say
    "number-range": Rule("error", "A range's upper end is not above its lower end (`value`)."),
    "number-amount": Rule("error", "A number given in words (`amount`) is not hedged as a lower bound."),
    "claimant-missing": Rule("error", "A claim names no claimant and is not marked `unattributed`."),
    "attribution-conflict": Rule(
        "error", "A claim or number is marked `unattributed` but names who states it."
    ),
    "view-unattributed": Rule(
        "error",
        "A claim marked as an opinion or a call to action (`status: opinion` or `call`) names no one "
        "who holds it, so a reader would take it for the site's own view.",
    ),
    "native-name-conflict": Rule(
        "error",
        "An actor uses both `native_name` and `native_names`, or a script contradicts its language tag.",
    ),
    "predicate-unknown": Rule(
        "error", "A relationship's predicate is neither in the shared vocabulary nor defined by the dossier."
    ),
    "predicate-redefined": Rule(
        "error", "A dossier defines a predicate that the shared vocabulary (or the dossier) already has."
    ),
    "number-part-of": Rule(
        "error", "A number's `part_of:` names itself, a number that is part of it, or a smaller whole."
    ),
    "number-revises": Rule(
        "error",
        "A number's `revises:` names itself, a figure of another quantity, one another body gives, one "
        "in another unit or of a later date, one another number revises too, or one that (through "
        "`revises`) revises it.",
    ),
    "number-alternative": Rule(
        "error",
        "A number's `alternative:` names itself, or a figure that gives an alternative too, or no "
        "evidence phrase of the two figures says which applies (`whichever`).",
    ),
    "number-against": Rule(
        "error",
        "A number's `against:` names itself, or a figure that names it back (each measured against "
        "the other).",
    ),
    "key-figure-revised": Rule(
        "error", "A key figure (`key_figure`, `key_figures`) is one a later figure `revises`, not the latest."
    ),
    "via-speaker": Rule(
        "error", "A claim or number relays (`via:`) through one of its own speakers, or names no speaker."
    ),
    "rate-repeated": Rule("warning", "A rate's period (`per:`) is written again in its `unit` or `counts`."),
    "claim-about-missing": Rule(
        "warning",
        "A stated claim with no `about:` names its maker, or a body its maker speaks for (`leader-of`, "
        "`member-of`, ...): it is shown as one side's unconfirmed word, not as their own account.",
    ),
    "decided-undated": Rule(
        "warning", "A figure marked `decided` (set for a later day) gives no date (`as_of` or `period`)."
    ),
    "event-ongoing-ended": Rule("error", "An event marked `ongoing` also has an `end_date`."),
    "claim-outcome": Rule(
        "error",
        "A claim's `outcome:` is on a claim that is neither a warning or forecast nor disputed or denied, "
        "or names an event that ended before the claim was made.",
    ),
    "official-stater": Rule(
        "error",
        "A number marked `official` is not stated by one body: it names no one, several actors, or a "
        "person, a group of people, a place or an object.",
    ),
    "official-conflict": Rule(
        "error",
        "Two numbers marked `official` give figures for the same quantity and date that cannot both "
        "be right.",
    ),
    "official-conflict-across": Rule(
        "warning",
        "A body's official figure in one story and its official figure for the same measure and date in "
        "an earlier story cannot both be right, and neither story tells a revision.",
    ),
}


@dataclass(frozen=True)
class Broken:
    """What a contributor sees when one constraint of the model fails, declared beside it.

    Placed in a field's ``Annotated[...]`` metadata: when pydantic reports ``error`` (its error
    type, e.g. ``string_pattern_mismatch``) for that field, the checker reports ``rule`` with
    ``message`` and ``hint``. ``message`` may name ``{value!r}``, ``{field}`` and ``{noun}`` (the
    kind of entry, which only the checker knows); ``hint`` is text, or a function of the value.
    """

    error: str
    rule: str
    message: str
    hint: str | Callable[[object], str]

    def __post_init__(self) -> None:
        if self.rule not in RULES:
            raise ValueError(f"{self.rule!r} is not a rule in generator/format/rules.py")

    def explain(self, value: object, field: str, noun: str) -> tuple[str, str]:
        """The message and hint for ``value`` in ``field`` of a ``noun``."""
        hint = self.hint(value) if callable(self.hint) else self.hint
        return self.message.format(value=value, field=field, noun=noun), hint


# Rules reported by `explainer sources check` (a network check), never by `explainer validate`.
SOURCE_CHECK_RULES = frozenset(
    rule for rule in RULES if rule.startswith("source-") and rule != "source-unused"
)
