"""The model declares the rule of each constraint beside it; the checker shows what it declares."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pydantic import BaseModel

from generator.checking.loader import load_site
from generator.format.introspect import inner_model, metadata
from generator.format.model import ENTRY_KINDS, Meta
from generator.format.rules import Broken

BASE = Path(__file__).parent / "fixtures" / "rules" / "base"


def every_field(model: type[BaseModel], seen: set[type[BaseModel]]) -> list[tuple[str, object]]:
    found = []
    for name, info in model.model_fields.items():
        found.append((f"{model.__name__}.{name}", info))
        inner = inner_model(info.annotation)
        if inner is not None and inner not in seen:
            seen.add(inner)
            found.extend(every_field(inner, seen))
    return found


FIELDS = [item for kind in (Meta, *ENTRY_KINDS) for item in every_field(kind, set())]


@pytest.mark.parametrize(("name", "info"), FIELDS, ids=[name for name, _ in FIELDS])
def test_every_pattern_declares_its_rule(name: str, info: object) -> None:
    found = metadata(info)  # type: ignore[arg-type]
    patterns = [m for m in found if getattr(m, "pattern", None)]
    declared = [m for m in found if isinstance(m, Broken) and m.error == "string_pattern_mismatch"]
    assert bool(patterns) == bool(declared), f"{name}: a pattern needs a Broken(...) beside it"


def test_a_rule_must_exist() -> None:
    with pytest.raises(ValueError, match="not a rule"):
        Broken("string_pattern_mismatch", "no-such-rule", "{value!r}", "")


CASES = [
    (
        "events.yaml",
        'date: "2024-02"',
        'date: "2024-2"',
        (
            "date-invalid",
            "'2024-2' is not a date",
            'write YYYY, YYYY-MM or YYYY-MM-DD in quotes, e.g. "2023-09"',
        ),
    ),
    (
        "glossary.yaml",
        "id: strike",
        "id: Strike Action",
        (
            "id-invalid",
            "'Strike Action' is not a valid id",
            "use lower-case letters, digits and single hyphens, e.g. 'strike-action'",
        ),
    ),
    (
        "glossary.yaml",
        "id: strike",
        'id: "--"',
        (
            "id-invalid",
            "'--' is not a valid id",
            "use lower-case letters, digits and single hyphens, e.g. 'my-id'",
        ),
    ),
    (
        "claims.yaml",
        "status: disputed",
        "status: 3",
        (
            "value-invalid",
            "3 is not a claim status",
            "choose what the sources let you say: established (a court or official record), confirmed "
            "(independent sources), stated (one party says it), unverified, disputed (another source "
            "contradicts it), denied (the party concerned denies it), forecast (a warning of what may "
            "happen), opinion (someone's view), call (a call to action) or retracted",
        ),
    ),
    (
        "claims.yaml",
        "status: disputed",
        "status: [stated, disputed]",
        (
            "value-invalid",
            "['stated', 'disputed'] is not a claim status",
            "choose what the sources let you say: established (a court or official record), confirmed "
            "(independent sources), stated (one party says it), unverified, disputed (another source "
            "contradicts it), denied (the party concerned denies it), forecast (a warning of what may "
            "happen), opinion (someone's view), call (a call to action) or retracted",
        ),
    ),
    (
        "relationships.yaml",
        "predicate: opposes",
        "predicate: oposes",
        ("predicate-unknown", "'oposes' is not a known predicate", "did you mean 'opposes'?"),
    ),
    (
        "dossier.yaml",
        "language: en",
        "language: EN",
        ("value-invalid", "'EN' is not a valid language", "see the format reference"),
    ),
    (
        "sources.yaml",
        "  snapshot:",
        "  url: ftp://example.org\n  snapshot:",
        (
            "url-invalid",
            "'ftp://example.org' is not an http(s) address",
            "use a full address starting with https://",
        ),
    ),
]


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"), CASES, ids=[case[3][0] + ":" + case[0] for case in CASES]
)
def test_declared_rule_message_and_hint(
    tmp_path: Path, file: str, old: str, new: str, expected: tuple[str, str, str]
) -> None:
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    path = content / "harbour-strike" / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    found = load_site(content, check_snapshots=False).diagnostics
    assert [(d.rule, d.message, d.hint) for d in found if d.severity == "error"] == [expected]


def test_a_claim_reported_by_the_sources_reads_as_stated(tmp_path: Path) -> None:
    """ "reported", the word newsrooms use, is taken as "stated"; it is no error."""
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    claims = content / "harbour-strike" / "claims.yaml"
    claims.write_text(
        claims.read_text(encoding="utf-8").replace("status: disputed", "status: reported"), "utf-8"
    )
    site = load_site(content, check_snapshots=False).raise_for_problems()
    assert [claim.status.value for claim in site.dossiers[0].claims] == ["stated"]


# -- pydantic's own checks (a missing, unknown or mistyped field, a choice, a length), as told -------

KINDS = (
    "'person', 'organisation', 'government-body', 'armed-group', 'criminal-network', 'media-outlet', "
    "'research-institute', 'place', 'group' or 'object'"
)
PLACE = "kind: place\n  location: {latitude: %s, longitude: 4, cite: [{source: port-news, evidence: The port authority}]%s}"
NAME = "name: Port Authority"
TOLD = [
    (
        "actors.yaml",
        "  kind: government-body\n",
        "",
        "9:3 field-missing",
        "this actor is missing the required field 'kind'",
        "add `kind:` (What sort of actor this is.)",
    ),
    (
        "actors.yaml",
        NAME,
        NAME + "\n  native_name: {text: 港务局}",
        "11:16 field-missing",
        "this actor is missing the required field 'lang'",
        "add `lang:` (BCP 47 tag of the name's language and script.)",
    ),
    (
        "actors.yaml",
        NAME,
        NAME + "\n  native_name: {text: 港务局, lang: zh, scrpt: Hans}",
        "11:38 field-unknown",
        "unknown field 'scrpt'",
        "did you mean 'script'?",
    ),
    (
        "actors.yaml",
        "kind: government-body",
        PLACE % ("1.5", ", extra: 1"),
        "12:102 field-unknown",
        "unknown field 'extra'",
        "allowed fields: cite, latitude, longitude",
    ),
    (
        "actors.yaml",
        "kind: government-body",
        PLACE % ("north", ""),
        "12:24 type-invalid",
        "'latitude' should be a number, not text",
        "write the value as a plain number, e.g. 3850, without quotes or separators",
    ),
    (
        "actors.yaml",
        NAME,
        NAME + "\n  native_name: 港务局",
        "11:16 type-invalid",
        "'native_name' should be a mapping, not text",
        "write `field: value` pairs, one per line",
    ),
    (
        "actors.yaml",
        NAME,
        NAME + "\n  aliases: PA",
        "11:12 type-invalid",
        "'aliases' should be a list, not text",
        "write each item on its own line starting with `- `",
    ),
    (
        "actors.yaml",
        NAME,
        NAME + "\n  plural: maybe",
        "11:11 type-invalid",
        "'plural' should be true or false, not text",
        "write true or false",
    ),
    # The hint answers the value given: an unquoted `yes` is text to YAML 1.2, so "without quotes"
    # told a contributor to do what they had done.
    (
        "actors.yaml",
        NAME,
        NAME + "\n  plural: yes",
        "11:11 type-invalid",
        "'plural' should be true or false, not text",
        "`yes` is read as text, not as true or false: write true",
    ),
    (
        "actors.yaml",
        NAME,
        NAME + "\n  plural: Off",
        "11:11 type-invalid",
        "'plural' should be true or false, not text",
        "`Off` is read as text, not as true or false: write false",
    ),
    (
        "actors.yaml",
        NAME,
        NAME + '\n  plural: "true"',
        "11:11 type-invalid",
        "'plural' should be true or false, not text",
        "write true without quotes: in quotes it is text",
    ),
    (
        "actors.yaml",
        NAME,
        NAME + "\n  plural: 1",
        "11:11 type-invalid",
        "'plural' should be true or false, not a whole number",
        "write true: a number is not true or false",
    ),
    (
        "actors.yaml",
        NAME,
        "name: null",
        "10:9 type-invalid",
        "'name' should be text, not nothing",
        "put the value in quotes",
    ),
    (
        "actors.yaml",
        NAME,
        "name: {first: Port}",
        "10:9 type-invalid",
        "'name' should be text, not a mapping",
        "put the value in quotes",
    ),
    (
        "numbers.yaml",
        "value: 2000",
        "value: true",
        "3:10 type-invalid",
        "'value' should be a number, not true or false",
        "write the value as a plain number, e.g. 3850, without quotes or separators",
    ),
    (
        "actors.yaml",
        NAME,
        NAME + "\n  native_name: {text: 港务局, lang: 'zh_CN'}",
        "11:34 value-invalid",
        "'zh_CN' is not a valid lang",
        "see the format reference",
    ),
    (
        "actors.yaml",
        "kind: government-body",
        "kind: media",
        "11:9 value-invalid",
        "'media' is not a valid kind",
        "did you mean 'media-outlet'?",
    ),
    (
        "actors.yaml",
        "kind: government-body",
        "kind: xyz",
        "11:9 value-invalid",
        "'xyz' is not a valid kind",
        f"use one of {KINDS}",
    ),
    (
        "sources.yaml",
        "  snapshot: source.txt",
        "  no_text: paywal",
        "4:12 value-invalid",
        "'paywal' is not a valid no_text",
        "did you mean 'paywalled'? (any detail goes in the source's `note:`)",
    ),
    (
        "dossier.yaml",
        "published: 2024-03-01",
        "published: 2024-13-01",
        "6:12 date-invalid",
        "'2024-13-01' is not a valid date",
        "write the date as YYYY-MM-DD, e.g. 2023-11-24",
    ),
    (
        "actors.yaml",
        NAME,
        "name: " + "P" * 301,
        "10:9 text-invalid",
        "'name' is too long (at most 300 characters)",
        "shorten it; evidence is a phrase, not a paragraph",
    ),
    # An id field given a list or a long text: quoting it makes no id, and an id is no evidence phrase.
    (
        "numbers.yaml",
        "qualifier: more-than",
        "qualifier: more-than\n  revises: [strikers-first, strikers-second]",
        "6:12 type-invalid",
        "'revises' should be text, not a list",
        "`revises` names one id, not a list: e.g. `revises: strikers-first`",
    ),
    (
        "numbers.yaml",
        "qualifier: more-than",
        "qualifier: more-than\n  revises: " + "a" * 81,
        "6:12 text-invalid",
        "'revises' is too long (at most 80 characters)",
        "an id is a short name: shorten it here and where its entry is defined",
    ),
    (
        "dossier.yaml",
        "language: en",
        "language: en\nkey_figures: [a, b, c, d, e, f, g]",
        "6:14 value-invalid",
        "'key_figures' lists more than 6 entries",
        "keep at most 6",
    ),
    (
        "actors.yaml",
        "description: Runs the port.",
        'description: ""',
        "12:16 text-invalid",
        "'description' is empty",
        "write a value",
    ),
    (
        "claims.yaml",
        "      evidence: called the stoppage unlawful",
        "      evidence: called the stoppage unlawful\n      pages: 3",
        "9:7 field-unknown",
        "unknown field 'pages'",
        "allowed fields: evidence, locator, source, translation",
    ),
]


@pytest.mark.parametrize(("file", "old", "new", "place", "message", "hint"), TOLD, ids=[c[3] for c in TOLD])
def test_pydantics_own_checks_are_told_in_a_contributors_words(
    tmp_path: Path, file: str, old: str, new: str, place: str, message: str, hint: str
) -> None:
    """Each with its place, rule, message and a hint that says what to write (never pydantic's own
    words); a misspelt field or choice is matched to the one meant, a nested one within its mapping."""
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    path = content / "harbour-strike" / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    found = load_site(content, check_snapshots=False).diagnostics
    assert [(f"{d.line}:{d.col} {d.rule}", d.message, d.hint) for d in found] == [(place, message, hint)]


def test_a_setting_out_of_its_range_says_the_limit(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    for value, message in (("2", "at most 1, not 2"), ("0", "more than 0, not 0")):
        (content / "settings.yaml").write_text(f"stored_text_max_share: {value}\n", encoding="utf-8")
        found = load_site(content, check_snapshots=False).diagnostics
        assert [(d.rule, d.message, d.hint) for d in found] == [
            (
                "value-invalid",
                f"'stored_text_max_share' must be {message}",
                "see the format reference for what the value means",
            )
        ]


def test_an_unknown_key_figure_is_placed_with_a_did_you_mean(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    meta = content / "harbour-strike" / "dossier.yaml"
    text = meta.read_text(encoding="utf-8")
    meta.write_text(
        text.replace("key_figure: strikers", "key_figure: strikerz\nkey_figures: [strikers, pay]"), "utf-8"
    )
    found = load_site(content, check_snapshots=False).diagnostics
    assert [(d.line, d.col, d.rule, d.message, d.hint) for d in found] == [
        (9, 13, "ref-unknown", "no number has the id 'strikerz'", "did you mean 'strikers'?"),
        (10, 25, "ref-unknown", "no number has the id 'pay'", "add a number with id 'pay' first"),
    ]


def test_an_unknown_source_or_subject_and_a_dossier_file_that_is_a_list_are_told(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    claims = content / "harbour-strike" / "claims.yaml"
    claims.write_text(claims.read_text("utf-8").replace("source: port-news", "source: port-newz"), "utf-8")
    found = load_site(content, check_snapshots=False).diagnostics
    assert [(d.line, d.col, d.rule, d.message, d.hint) for d in found] == [
        (7, 15, "ref-unknown", "no source has the id 'port-newz'", "did you mean 'port-news'?")
    ]
    claims.write_text(claims.read_text("utf-8").replace("source: port-newz", "source: port-news"), "utf-8")
    relationships = content / "harbour-strike" / "relationships.yaml"
    relationships.write_text(relationships.read_text("utf-8").replace("dock-union", "dock-unoin"), "utf-8")
    found = load_site(content, check_snapshots=False).diagnostics
    assert [(d.line, d.col, d.rule, d.message, d.hint) for d in found] == [
        (2, 12, "ref-unknown", "no actor has the id 'dock-unoin'", "did you mean 'dock-union'?")
    ]
    relationships.write_text(relationships.read_text("utf-8").replace("dock-unoin", "dock-union"), "utf-8")
    (content / "harbour-strike" / "dossier.yaml").write_text("- title: Harbour strike\n", "utf-8")
    found = load_site(content, check_snapshots=False).diagnostics
    assert [(d.path.endswith("dossier.yaml"), d.line, d.col, d.rule, d.message, d.hint) for d in found] == [
        (
            True,
            1,
            1,
            "shape-invalid",
            "dossier.yaml must be a mapping of fields",
            "start with `title: ...` at the left margin",
        )
    ]


def test_a_todo_placeholder_hides_no_other_problem_of_its_entry(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    numbers = content / "harbour-strike" / "numbers.yaml"
    text = numbers.read_text(encoding="utf-8")
    numbers.write_text(
        text.replace("value: 2000", "value: TODO").replace("qualifier: more-than", "qualifier: more")
    )
    found = load_site(content, check_snapshots=False).diagnostics
    assert [(d.line, d.col, d.rule, d.message, d.hint) for d in found] == [
        (3, 10, "todo", "a TODO marker is left here", "replace TODO with the real value"),
        (5, 14, "value-invalid", "'more' is not a valid qualifier", "did you mean 'more-than'?"),
    ]


@pytest.mark.parametrize(
    ("file", "old", "message"),
    [
        ("actors.yaml", "- id: dock-union", "each item must be an actor mapping, not text"),
        ("claims.yaml", "- id: stoppage-unlawful", "each item must be a claim mapping, not text"),
    ],
)
def test_an_item_that_is_no_mapping_is_told_with_its_noun(
    tmp_path: Path, file: str, old: str, message: str
) -> None:
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    path = content / "harbour-strike" / file
    path.write_text(path.read_text("utf-8").replace(old, "- just a name\n" + old, 1), "utf-8")
    found = load_site(content, check_snapshots=False).diagnostics
    assert [(d.line, d.col, d.rule, d.message, d.hint) for d in found] == [
        (2, 3, "shape-invalid", message, "write `field: value` pairs under the `- `")
    ]
