"""Every rule the loader and validator enforce: its id, default severity and what it protects.

The docs' rule reference is generated from this table, and the tests hold one fixture per rule.
"""

from __future__ import annotations

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
    # Content
    "text-html": Rule("error", "Text contains HTML, which never reaches a reader's page."),
    "text-control": Rule("error", "Text contains an invisible control character."),
    "text-bidi": Rule("warning", "Text contains an invisible text-direction control."),
    "text-markup": Rule("error", "Text uses Markdown beyond *emphasis*, **strong** and `code`."),
    "todo": Rule("error", "A TODO marker is left in the content."),
    "review-pending": Rule("warning", "A drafted entry still awaits a person's review."),
    "id-duplicate": Rule("error", "Two entries of one kind share an id."),
    "ref-unknown": Rule("error", "A reference names an id that does not exist."),
    "slug-mismatch": Rule("error", "dossier.yaml's slug differs from its folder name."),
    "number-evidence": Rule("error", "A number's evidence does not contain the number."),
    "evidence-missing": Rule("warning", "A fact cites a text source without an evidence phrase."),
    "evidence-not-found": Rule("error", "An evidence phrase is not in the source's text snapshot."),
    "snapshot-missing": Rule("note", "A source's text snapshot file cannot be read."),
    "date-order": Rule("error", "An end date is before its start date."),
    "relationship-duplicate": Rule("warning", "The same relationship is stated twice."),
    "term-unused": Rule("warning", "A glossary term is mentioned nowhere in the dossier."),
    "source-unused": Rule("warning", "A source is cited by no fact."),
    # What real stories say
    "number-range": Rule("error", "A range's upper end is not above its lower end (`value`)."),
    "number-amount": Rule("error", "A number given in words (`amount`) is not hedged as a lower bound."),
    "claimant-missing": Rule("error", "A claim names no claimant and is not marked `unattributed`."),
    "attribution-conflict": Rule(
        "error", "A claim or number is marked `unattributed` but names who states it."
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
}
