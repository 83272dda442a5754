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
            "happen) or retracted",
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
            "happen) or retracted",
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
