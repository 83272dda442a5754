"""One fixture per rule id: a small change to a valid dossier, and the exact diagnostic it causes.

Each case edits the clean dossier in tests/fixtures/rules/base by replacing text in one file
(or writing raw bytes), then asserts the complete list of diagnostics, positions included.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.checking.loader import load_site
from generator.format.rules import RULES, SOURCE_CHECK_RULES

BASE = Path(__file__).parent / "fixtures" / "rules" / "base"
D = "content/harbour-strike"

Edit = Callable[[Path], None]


def replace(file: str, old: str, new: str) -> Edit:
    def edit(folder: Path) -> None:
        path = folder / file
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {file}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    return edit


def write(file: str, data: bytes | str) -> Edit:
    def edit(folder: Path) -> None:
        (folder / file).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))

    return edit


def symlink_outside(folder: Path) -> None:
    outside = folder.parent.parent / "elsewhere.yaml"
    outside.write_text("- id: x\n", encoding="utf-8")
    (folder / "events.yaml").unlink()
    (folder / "events.yaml").symlink_to(outside)


def stored_text(stem: str, **fields: str) -> Edit:
    """Write snapshots/<stem>.yaml holding the source text's sentences, with ``fields`` overriding."""

    def edit(folder: Path) -> None:
        text = (folder / "source.txt").read_text(encoding="utf-8")
        data = {
            "source": stem,
            "url": "https://example.org/dock-workers",
            "retrieved": "2024-02-12",
            "extractor": "manual",
            "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "characters": str(len(text)),
            **fields,
        }
        lines = [f"{key}: {value}" for key, value in data.items()]
        passages = [f'  - "{sentence}"' for sentence in " ".join(text.split()).split(". ")]
        (folder / "snapshots").mkdir(exist_ok=True)
        (folder / "snapshots" / f"{stem}.yaml").write_text(
            "# a stored text\n" + "\n".join([*lines, "passages:", *passages]) + "\n", encoding="utf-8"
        )

    return edit


def both(*edits: Edit) -> Edit:
    def edit(folder: Path) -> None:
        for each in edits:
            each(folder)

    return edit


def capped(edit: Edit, share: float) -> Edit:
    """``edit``, in a repository that caps stored passages at ``share`` of a source's text."""

    def capped_edit(folder: Path) -> None:
        edit(folder)
        (folder.parent / "settings.yaml").write_text(f"stored_text_max_share: {share}\n", "utf-8")

    return capped_edit


def second_story(folder: Path) -> None:
    """A copy of the dossier as another story, which writes out the same two actors again."""
    copy = folder.parent / "rail-strike"
    shutil.copytree(folder, copy)
    meta = copy / "dossier.yaml"
    meta.write_text(meta.read_text("utf-8").replace("slug: harbour-strike", "slug: rail-strike"), "utf-8")
    actors = copy / "actors.yaml"
    actors.write_text(actors.read_text("utf-8").replace("name: Dock Union", "name: Dock union"), "utf-8")


def sharing_story(folder: Path) -> None:
    """Another story taking the dock union from this one, adding a name its record already gives."""
    second_story(folder)
    copy = folder.parent / "rail-strike"
    actors = copy / "actors.yaml"
    text = actors.read_text("utf-8")
    start = text.index("- id: dock-union")
    actors.write_text(
        text[:start] + text[text.index("- id: port-authority") :].replace("Port Authority", "Rail Board"),
        "utf-8",
    )
    (copy / "shared-actors.yaml").write_text(
        "- id: dock-union\n  actor: harbour-strike/dock-union\n  aliases: [DOCK UNION]\n"
        "  description: The union.\n  cite:\n    - source: port-news\n      evidence: The union said\n",
        "utf-8",
    )


def official_in_two_stories(folder: Path) -> None:
    """Another story taking the dock union from this one, each giving the union's official count of
    strikers for one day, 2,000 here and 2,500 there."""
    sharing_story(folder)
    copy = folder.parent / "rail-strike"
    shared = copy / "shared-actors.yaml"
    shared.write_text(shared.read_text("utf-8").replace("  aliases: [DOCK UNION]\n", ""), "utf-8")
    entry = (
        '- id: strikers\n  value: {value}\n  counts: union members on strike\n  as_of: "2024-02-12"\n'
        "  stated_by: [dock-union]\n  official: true\n  derivation: Invented.\n"
        "  cite:\n    - source: port-news\n      evidence: more than 2,000 members\n"
    )
    (folder / "numbers.yaml").write_text(entry.format(value=2000), "utf-8")
    (copy / "numbers.yaml").write_text(entry.format(value=2500), "utf-8")


def remove(file: str) -> Edit:
    def edit(folder: Path) -> None:
        (folder / file).unlink()

    return edit


CASES: dict[str, tuple[Edit, list[str]]] = {
    "file-too-large": (
        write("claims.yaml", "# padding\n" * 500_000),
        [f"{D}/claims.yaml:1:1: error[file-too-large]: the file is 5,000,000 bytes; the limit is 4,194,304"],
    ),
    "file-encoding": (
        write("claims.yaml", b"- id: caf\xe9\n"),
        [f"{D}/claims.yaml:1:10: error[file-encoding]: byte 0xe9 is not valid UTF-8"],
    ),
    "file-bom": (
        lambda f: (f / "glossary.yaml").write_bytes(b"\xef\xbb\xbf" + (f / "glossary.yaml").read_bytes()),
        [f"{D}/glossary.yaml:1:1: warning[file-bom]: the file starts with a byte-order mark"],
    ),
    "file-crlf": (
        lambda f: (f / "claims.yaml").write_bytes((f / "claims.yaml").read_bytes().replace(b"\n", b"\r\n")),
        [f"{D}/claims.yaml:1:73: warning[file-crlf]: the file uses Windows (CRLF) line endings"],
    ),
    "file-empty": (
        write("claims.yaml", "# nothing yet\n"),
        [f"{D}/claims.yaml:1:1: error[file-empty]: the file holds no data"],
    ),
    "file-outside": (
        symlink_outside,
        [f"{D}/events.yaml:1:1: error[file-outside]: this symlink points outside the content folder"],
    ),
    "file-unknown": (
        write("people.yaml", "- id: x\n"),
        [
            f"{D}/people.yaml:1:1: warning[file-unknown]: 'people.yaml' is not a dossier file, so it is ignored"
        ],
    ),
    "dossier-missing": (
        remove("dossier.yaml"),
        [f"{D}:1:1: error[dossier-missing]: this dossier folder has no dossier.yaml"],
    ),
    "yaml-syntax": (
        replace("actors.yaml", "name: Dock Union", "name: [Dock Union"),
        [f"{D}/actors.yaml:4:7: error[yaml-syntax]: did not find expected ',' or ']'"],
    ),
    "yaml-duplicate-key": (
        replace("actors.yaml", "  kind: organisation\n", "  kind: organisation\n  kind: person\n"),
        [f"{D}/actors.yaml:5:3: error[yaml-duplicate-key]: duplicate key 'kind' in this mapping"],
    ),
    "yaml-tag": (
        replace("actors.yaml", "name: Dock Union", "name: !!python/name:os.system Dock Union"),
        [
            f"{D}/actors.yaml:3:9: error[yaml-tag]: "
            "the YAML tag 'tag:yaml.org,2002:python/name:os.system' is not allowed"
        ],
    ),
    "yaml-alias": (
        replace("actors.yaml", "name: Dock Union", "name: &n Dock Union\n  aliases: [*n]"),
        [f"{D}/actors.yaml:3:9: error[yaml-alias]: anchors and aliases (&name, *name) are not allowed"],
    ),
    "yaml-key": (
        replace("actors.yaml", "  kind: organisation\n", "  kind: organisation\n  [a]: b\n"),
        [f"{D}/actors.yaml:5:3: error[yaml-key]: mapping keys must be plain text"],
    ),
    "yaml-too-deep": (
        replace(
            "actors.yaml",
            "  kind: organisation\n",
            "  kind: organisation\n  x: " + "[" * 400 + "]" * 400 + "\n",
        ),
        [f"{D}/actors.yaml:1:1: error[yaml-too-deep]: the YAML nests too deeply"],
    ),
    "shape-invalid": (
        write("claims.yaml", "id: stoppage-unlawful\n"),
        [f"{D}/claims.yaml:1:1: error[shape-invalid]: claims.yaml must be a list of claim entries"],
    ),
    "field-missing": (
        replace("actors.yaml", "  kind: government-body\n", ""),
        [f"{D}/actors.yaml:9:3: error[field-missing]: this actor is missing the required field 'kind'"],
    ),
    "field-unknown": (
        replace("actors.yaml", "name: Port Authority", "nmae: Port Authority"),
        [
            f"{D}/actors.yaml:9:3: error[field-missing]: this actor is missing the required field 'name'",
            f"{D}/actors.yaml:10:3: error[field-unknown]: unknown field 'nmae'",
        ],
    ),
    "type-invalid": (
        replace("numbers.yaml", "value: 2000", 'value: "2,000"'),
        [f"{D}/numbers.yaml:3:10: error[type-invalid]: 'value' should be a number, not text"],
    ),
    "value-invalid": (
        replace("actors.yaml", "kind: organisation", "kind: organization"),
        [f"{D}/actors.yaml:4:9: error[value-invalid]: 'organization' is not a valid kind"],
    ),
    "id-invalid": (
        replace("glossary.yaml", "id: strike", "id: Strike Action"),
        [f"{D}/glossary.yaml:2:7: error[id-invalid]: 'Strike Action' is not a valid id"],
    ),
    "date-invalid": (
        replace("events.yaml", '"2024-02"', '"2024-02-30"'),
        [
            f"{D}/events.yaml:3:9: error[date-invalid]: "
            "'2024-02-30' is not a real date: day 30 does not exist in February 2024"
        ],
    ),
    "url-invalid": (
        replace("sources.yaml", "  snapshot:", "  url: javascript:alert(1)\n  snapshot:"),
        [f"{D}/sources.yaml:4:8: error[url-invalid]: 'javascript:alert(1)' is not an http(s) address"],
    ),
    "text-invalid": (
        replace("actors.yaml", "description: Runs the port.", 'description: ""'),
        [f"{D}/actors.yaml:12:16: error[text-invalid]: 'description' is empty"],
    ),
    "cite-missing": (
        replace(
            "claims.yaml",
            "  cite:\n    - source: port-news\n      evidence: called the stoppage unlawful\n",
            "  cite: []\n",
        ),
        [f"{D}/claims.yaml:6:9: error[cite-missing]: this claim cites no source"],
    ),
    "text-html": (
        replace("actors.yaml", "Runs the port.", "Runs the <b>port</b>."),
        [f"{D}/actors.yaml:12:16: error[text-html]: HTML is not allowed in dossier text"],
    ),
    "text-markup": (
        replace("actors.yaml", "Runs the port.", "Runs the [port](https://example.org)."),
        [
            f"{D}/actors.yaml:12:16: error[text-markup]: Markdown links and images are not allowed in dossier text"
        ],
    ),
    "text-control": (
        replace("actors.yaml", "description: Runs the port.", 'description: "Runs the\\x07 port."'),
        [
            f"{D}/actors.yaml:12:16: error[text-control]: an invisible control character (U+0007) is in this text"
        ],
    ),
    "text-bidi": (
        replace("actors.yaml", "Runs the port.", "Runs the \u202eport."),
        [
            f"{D}/actors.yaml:12:16: warning[text-bidi]: "
            "an invisible text-direction control (U+202E) is in this text"
        ],
    ),
    "sentence-long": (
        replace("actors.yaml", "Runs the port.", "Runs the port" + " and the docks" * 14 + "."),
        [
            f"{D}/actors.yaml:12:16: warning[sentence-long]: the sentence starting "
            "'Runs the port and the docks'… has 45 words (more than 40)"
        ],
    ),
    "todo": (
        replace("actors.yaml", "Runs the port.", "TODO"),
        [f"{D}/actors.yaml:12:16: error[todo]: a TODO marker is left here"],
    ),
    "review-pending": (
        replace("glossary.yaml", "  term: strike\n", "  term: strike\n  review: check the definition\n"),
        [
            f"{D}/glossary.yaml:4:11: warning[review-pending]: this term is drafted and awaits review: check the definition"
        ],
    ),
    "id-duplicate": (
        lambda f: (f / "actors.yaml").write_text(
            (f / "actors.yaml").read_text(encoding="utf-8")
            + "- id: dock-union\n  name: Dockers\n  kind: group\n  description: Workers.\n"
            "  cite:\n    - source: port-news\n      evidence: Dock workers\n",
            encoding="utf-8",
        ),
        [
            f"{D}/actors.yaml:16:7: error[id-duplicate]: the actor id 'dock-union' is already used at {D}/actors.yaml:2"
        ],
    ),
    "ref-unknown": (
        replace("numbers.yaml", "stated_by: [dock-union]", "stated_by: [dock-unoin]"),
        [f"{D}/numbers.yaml:6:15: error[ref-unknown]: no actor has the id 'dock-unoin'"],
    ),
    "slug-mismatch": (
        replace("dossier.yaml", "slug: harbour-strike", "slug: port-strike"),
        [
            f"{D}/dossier.yaml:3:7: error[slug-mismatch]: the slug 'port-strike' differs from the folder name 'harbour-strike'"
        ],
    ),
    "number-evidence": (
        replace("numbers.yaml", "value: 2000", "value: 3000"),
        [
            f"{D}/numbers.yaml:9:17: error[number-evidence]: "
            "the evidence 'more than 2,000 members' does not contain the value 3,000"
        ],
    ),
    "evidence-missing": (
        replace("glossary.yaml", "      evidence: joined the strike\n", ""),
        [
            f"{D}/glossary.yaml:6:7: warning[evidence-missing]: this citation of 'port-news' has no evidence phrase"
        ],
    ),
    "evidence-not-found": (
        replace("events.yaml", "walked out on Monday", "walked out on Tuesday"),
        [f"{D}/events.yaml:8:17: error[evidence-not-found]: the evidence is not in the text of 'port-news'"],
    ),
    "snapshot-missing": (
        replace("sources.yaml", "snapshot: source.txt", "snapshot: missing.txt"),
        [
            f"{D}/sources.yaml:4:13: warning[snapshot-missing]: "
            "the snapshot 'missing.txt' cannot be read, so evidence is not checked"
        ],
    ),
    "snapshot-outside": (
        replace("sources.yaml", "snapshot: source.txt", "snapshot: ../../../shared/source.txt"),
        [
            f"{D}/sources.yaml:4:13: error[snapshot-outside]: the snapshot '../../../shared/source.txt' "
            "is outside the content folder, so a clone has no copy"
        ],
    ),
    "snapshot-invalid": (
        stored_text("port-news", source="port-newz"),
        [
            f"{D}/snapshots/port-news.yaml:2:9: error[snapshot-invalid]: this file stores the text of 'port-newz' but is named 'port-news'"
        ],
    ),
    "actor-duplicate": (
        second_story,
        [
            "content/rail-strike/actors.yaml:2:7: warning[actor-duplicate]: actor 'dock-union' (Dock union) "
            "is also recorded by the story 'harbour-strike' as 'dock-union': one actor, one record",
            "content/rail-strike/actors.yaml:9:7: warning[actor-duplicate]: actor 'port-authority' "
            "(Port Authority) is also recorded by the story 'harbour-strike' as 'port-authority': one "
            "actor, one record",
        ],
    ),
    "shared-name-known": (
        sharing_story,
        [
            "content/rail-strike/shared-actors.yaml:2:10: warning[shared-name-known]: 'DOCK UNION' is already "
            "a name of harbour-strike/dock-union in its record"
        ],
    ),
    "text-stored-share": (
        capped(stored_text("port-news"), 0.5),
        [
            f"{D}/snapshots/port-news.yaml:8:1: warning[text-stored-share]: the passages keep 97% of the "
            "source's text; this repository stores at most 50% (`stored_text_max_share` in the content "
            "folder's settings.yaml)"
        ],
    ),
    "text-missing": (
        replace("sources.yaml", "  snapshot: source.txt\n", "  url: TODO\n"),
        [
            f"{D}/sources.yaml:2:7: warning[text-missing]: "
            "7 evidence phrases cite 'port-news', which has no stored text, so they are not checked",
            f"{D}/sources.yaml:4:8: error[todo]: a TODO marker is left here",
        ],
    ),
    "date-order": (
        replace("events.yaml", '  date: "2024-02"\n', '  date: "2024-02"\n  end_date: "2023"\n'),
        [f"{D}/events.yaml:4:13: error[date-order]: the end date 2023 is before the start date 2024-02"],
    ),
    "relationship-duplicate": (
        lambda f: (f / "relationships.yaml").write_text(
            (f / "relationships.yaml").read_text(encoding="utf-8")
            + "- subject: dock-union\n  predicate: opposes\n  object: port-authority\n"
            "  cite:\n    - source: port-news\n      evidence: The union said\n",
            encoding="utf-8",
        ),
        [
            f"{D}/relationships.yaml:8:3: warning[relationship-duplicate]: "
            f"this relationship is already stated in {D}/relationships.yaml"
        ],
    ),
    "term-unused": (
        replace("glossary.yaml", "term: strike", "term: lockout"),
        [
            f"{D}/glossary.yaml:3:9: warning[term-unused]: the glossary term 'lockout' is mentioned nowhere in the dossier"
        ],
    ),
    "follows-unknown": (
        replace("dossier.yaml", "key_figure: strikers\n", "key_figure: strikers\nfollows: harbour-strikes\n"),
        [f"{D}/dossier.yaml:10:10: error[follows-unknown]: no dossier has the slug 'harbour-strikes'"],
    ),
    "shared-unknown": (
        write(
            "shared-actors.yaml",
            "- id: union\n  actor: harbor-strike/dock-union\n  description: The union.\n"
            "  cite:\n    - source: port-news\n      evidence: The union said\n",
        ),
        [
            f"{D}/shared-actors.yaml:2:10: error[shared-unknown]: no dossier has the slug 'harbor-strike'",
        ],
    ),
    "source-unused": (
        replace(
            "sources.yaml",
            "  snapshot: source.txt\n",
            "  snapshot: source.txt\n- id: spare\n  title: Spare\n",
        ),
        [f"{D}/sources.yaml:5:7: warning[source-unused]: the source 'spare' is cited by no fact"],
    ),
    "reprint-original-named": (
        replace(
            "sources.yaml",
            "  snapshot: source.txt\n",
            "  snapshot: source.txt\n  reprint_of:\n    publisher: Harbour Daily\n"
            "    url: https://www.harbour.example/walkout\n",
        ),
        [
            f"{D}/sources.yaml:7:10: warning[reprint-original-named]: "
            "'port-news' is a reprint of Harbour Daily's text at harbour.example"
        ],
    ),
    "text-from-missing": (
        both(
            replace("sources.yaml", "  snapshot: source.txt\n", "  url: https://news.example/walkout\n"),
            stored_text("port-news", url="https://mirror.example/copy"),
        ),
        [
            f"{D}/snapshots/port-news.yaml:3:6: warning[text-from-missing]: the text of 'port-news' was "
            "read at mirror.example, not at the source's address (news.example)"
        ],
    ),
    "currency-unreviewed": (
        replace(
            "dossier.yaml",
            "last_reviewed: 2024-03-02\n",
            "last_reviewed: 2024-03-02\nevents_checked_to: 2024-03-05\n",
        ),
        [
            f"{D}/dossier.yaml:8:20: warning[currency-unreviewed]: events are checked to 2024-03-05, later "
            "than the last review of every fact (2024-03-02): descriptions in the present tense may be out "
            "of date"
        ],
    ),
    "number-range": (
        replace("numbers.yaml", "  value: 2000\n", "  value: 2000\n  upper: 2000\n"),
        [f"{D}/numbers.yaml:4:10: error[number-range]: the upper end 2,000 is not above the lower end 2,000"],
    ),
    "number-amount": (
        replace(
            "numbers.yaml", "  qualifier: more-than\n", "  qualifier: about\n  amount: more than 2,000\n"
        ),
        [
            f"{D}/numbers.yaml:5:14: error[number-amount]: "
            "the amount 'more than 2,000' is given in words, so `value` can only be its lower bound"
        ],
    ),
    "answer-unreferenced": (
        write("questions.yaml", "- id: why\n  question: Why did they strike?\n  answer: Pay.\n"),
        [
            f"{D}/questions.yaml:3:3: warning[answer-unreferenced]: "
            "this answer names no fact of the dossier, so it shows the reader no source"
        ],
    ),
    "translation-missing": (
        both(
            replace(
                "sources.yaml",
                "  snapshot: source.txt\n",
                "  snapshot: source.txt\n- id: hafen-zeitung\n  title: Hafenstreik\n  language: de\n"
                "  no_text: print-only\n",
            ),
            replace(
                "numbers.yaml",
                "      evidence: more than 2,000 members\n",
                "      evidence: more than 2,000 members\n    - source: hafen-zeitung\n"
                "      evidence: mehr als 2.000 Mitglieder\n",
            ),
        ),
        [
            f"{D}/numbers.yaml:11:17: warning[translation-missing]: "
            "this evidence is in 'de', not the dossier's language, and has no translation"
        ],
    ),
    "claimant-missing": (
        replace("claims.yaml", "  claimants: [port-authority]\n", ""),
        [f"{D}/claims.yaml:2:3: error[claimant-missing]: this claim names no claimant"],
    ),
    "claim-outcome": (
        replace("claims.yaml", "  status: disputed\n", "  status: established\n  outcome: walkout\n"),
        [
            f"{D}/claims.yaml:6:12: error[claim-outcome]: 'stoppage-unlawful' has an `outcome` but is marked "
            "`status: established`: only a warning or forecast turns out one way or another, and only a "
            "disputed or denied claim is settled by a later event"
        ],
    ),
    "number-part-of": (
        replace("numbers.yaml", "  qualifier: more-than\n", "  qualifier: more-than\n  part_of: strikers\n"),
        [f"{D}/numbers.yaml:6:12: error[number-part-of]: 'strikers' names itself in `part_of`"],
    ),
    "via-speaker": (
        replace(
            "claims.yaml",
            "  claimants: [port-authority]\n",
            "  claimants: [port-authority]\n  via: port-authority\n",
        ),
        [
            f"{D}/claims.yaml:5:8: error[via-speaker]: "
            "'port-authority' is both who says it (`claimants`) and who relays it (`via`)"
        ],
    ),
    "rate-repeated": (
        replace(
            "numbers.yaml",
            "  counts: union members on strike\n",
            "  counts: union members on strike a year\n  per: year\n",
        ),
        [
            f"{D}/numbers.yaml:4:11: warning[rate-repeated]: the period of this rate is in `per: year` "
            "and again in `counts`: 'union members on strike a year'"
        ],
    ),
    "claim-about-missing": (
        replace("claims.yaml", "  status: disputed\n", "  status: stated\n"),
        [
            f"{D}/claims.yaml:3:14: warning[claim-about-missing]: this claim names 'Port Authority', the "
            "side that makes it, but has no `about:`: readers are told only one side says so, not that it "
            "is that side's own account"
        ],
    ),
    "decided-undated": (
        replace(
            "numbers.yaml",
            "  counts: union members on strike\n",
            "  counts: union members on strike\n  decided: true\n",
        ),
        [
            f"{D}/numbers.yaml:5:12: warning[decided-undated]: this figure is marked `decided` (set for a "
            "later day) but gives no date"
        ],
    ),
    "event-ongoing-ended": (
        replace(
            "events.yaml",
            '  date: "2024-02"\n',
            '  date: "2024-02"\n  end_date: "2024-03"\n  ongoing: true\n',
        ),
        [
            f"{D}/events.yaml:5:12: error[event-ongoing-ended]: this event is marked ongoing but ends on 2024-03"
        ],
    ),
    "attribution-conflict": (
        replace(
            "claims.yaml",
            "  claimants: [port-authority]\n",
            "  claimants: [port-authority]\n  unattributed: true\n",
        ),
        [
            f"{D}/claims.yaml:5:17: error[attribution-conflict]: "
            "this claim is marked unattributed but `claimants` names who states it"
        ],
    ),
    "view-unattributed": (
        replace(
            "claims.yaml",
            "  claimants: [port-authority]\n  status: disputed\n",
            "  unattributed: true\n  status: opinion\n",
        ),
        [
            f"{D}/claims.yaml:5:11: error[view-unattributed]: "
            "this claim is marked `status: opinion` and unattributed: a reader would not know whose it is"
        ],
    ),
    "official-stater": (
        replace("numbers.yaml", "  stated_by: [dock-union]\n", "  official: true\n"),
        [
            f"{D}/numbers.yaml:6:13: error[official-stater]: "
            "this number is marked official but names no one who states it"
        ],
    ),
    "official-conflict": (
        write(
            "numbers.yaml",
            "- id: strikers\n  value: 2000\n  counts: union members on strike\n  qualifier: more-than\n"
            "  quantity: strikers\n  stated_by: [port-authority]\n  official: true\n"
            "  cite:\n    - source: port-news\n      evidence: more than 2,000 members\n"
            "- id: strikers-again\n  value: 4\n  counts: union members on strike\n  quantity: strikers\n"
            "  stated_by: [port-authority]\n  official: true\n  derivation: Four, in words.\n"
            "  cite:\n    - source: port-news\n      evidence: closed four terminals\n",
        ),
        [
            f"{D}/numbers.yaml:16:13: error[official-conflict]: the official figures 2,000 ('strikers') "
            "and 4 of the quantity 'strikers' with no date cannot both be right"
        ],
    ),
    "official-conflict-across": (
        official_in_two_stories,
        [
            "content/rail-strike/numbers.yaml:6:13: warning[official-conflict-across]: the official figure "
            "2,500 for 2024-02-12 and 2,000, the same body's official figure for the same measure and date in "
            "the story 'harbour-strike' (harbour-strike/strikers), cannot both be right, and neither story "
            "tells a revision"
        ],
    ),
    "number-revises": (
        write(
            "numbers.yaml",
            "- id: strikers\n  value: 2000\n  counts: union members on strike\n  qualifier: more-than\n"
            "  quantity: strikers\n  stated_by: [dock-union]\n"
            "  cite:\n    - source: port-news\n      evidence: more than 2,000 members\n"
            "- id: strikers-again\n  value: 4\n  counts: union members on strike\n  quantity: strikers\n"
            "  stated_by: [port-authority]\n  revises: strikers\n  derivation: Four, in words.\n"
            "  cite:\n    - source: port-news\n      evidence: closed four terminals\n",
        ),
        [
            f"{D}/numbers.yaml:15:12: error[number-revises]: 'strikers-again' revises 'strikers', which another "
            "actor gives"
        ],
    ),
    "number-alternative": (
        write(
            "numbers.yaml",
            "- id: strikers\n  value: 2000\n  counts: union members on strike\n  qualifier: more-than\n"
            "  stated_by: [dock-union]\n  alternative:\n    number: terminals\n    whichever: higher\n"
            "  cite:\n    - source: port-news\n      evidence: more than 2,000 members\n"
            "- id: terminals\n  value: 4\n  counts: terminals closed\n  unattributed: true\n"
            "  derivation: Four, in words.\n"
            "  cite:\n    - source: port-news\n      evidence: closed four terminals\n",
        ),
        [
            f"{D}/numbers.yaml:8:16: error[number-alternative]: no evidence phrase of 'strikers' or "
            "'terminals' says which applies (`whichever: higher`)"
        ],
    ),
    "number-against": (
        write(
            "numbers.yaml",
            "- id: strikers\n  value: 2000\n  counts: union members on strike\n  qualifier: more-than\n"
            "  stated_by: [dock-union]\n  against: strikers\n"
            "  cite:\n    - source: port-news\n      evidence: more than 2,000 members\n",
        ),
        [f"{D}/numbers.yaml:6:12: error[number-against]: 'strikers' names itself in `against`"],
    ),
    "key-figure-revised": (
        write(
            "numbers.yaml",
            "- id: strikers\n  value: 2000\n  counts: union members on strike\n  qualifier: more-than\n"
            "  quantity: strikers\n  stated_by: [dock-union]\n"
            "  cite:\n    - source: port-news\n      evidence: more than 2,000 members\n"
            "- id: strikers-again\n  value: 4\n  counts: union members on strike\n  quantity: strikers\n"
            "  stated_by: [dock-union]\n  revises: strikers\n  derivation: Four, in words.\n"
            "  cite:\n    - source: port-news\n      evidence: closed four terminals\n",
        ),
        [
            f"{D}/dossier.yaml:9:13: error[key-figure-revised]: the key figure 'strikers' is one its body "
            "has since revised: 'strikers-again' replaces it"
        ],
    ),
    "location-invalid": (
        replace(
            "actors.yaml",
            "      evidence: The union said\n",
            "      evidence: The union said\n  location:\n    latitude: 91.5\n    longitude: 4\n"
            "    cite:\n      - source: port-news\n        evidence: The union said\n",
        ),
        [
            f"{D}/actors.yaml:10:15: error[location-invalid]: 91.5 is not a latitude (-90 to 90)",
        ],
    ),
    "native-name-conflict": (
        replace(
            "actors.yaml",
            "  kind: organisation\n",
            "  kind: organisation\n  native_names:\n    - text: Dokkarforbundet\n      lang: zh-Hans\n      script: Latn\n",
        ),
        [
            f"{D}/actors.yaml:8:15: error[native-name-conflict]: the script 'Latn' contradicts the language tag 'zh-Hans'"
        ],
    ),
    "predicate-unknown": (
        replace("relationships.yaml", "predicate: opposes", "predicate: oposes"),
        [f"{D}/relationships.yaml:3:14: error[predicate-unknown]: 'oposes' is not a known predicate"],
    ),
    "predicate-redefined": (
        replace(
            "dossier.yaml",
            "key_figure: strikers\n",
            "key_figure: strikers\npredicates:\n  - id: opposes\n    forward: resists\n    inverse: resisted by\n",
        ),
        [
            f"{D}/dossier.yaml:11:9: error[predicate-redefined]: "
            "the predicate 'opposes' is already defined by the shared vocabulary"
        ],
    ),
}


def run_case(tmp_path: Path, edit: Edit) -> list[str]:
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    edit(content / "harbour-strike")
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        result = load_site(Path("content"))
    finally:
        os.chdir(cwd)
    return [f"{d.path}:{d.line}:{d.col}: {d.severity}[{d.rule}]: {d.message}" for d in result.diagnostics]


def test_base_dossier_is_clean(tmp_path: Path) -> None:
    assert run_case(tmp_path, lambda folder: None) == []


def test_every_rule_has_a_case() -> None:
    # The source-check rules need a web server: tests/test_sources_check.py has a case for each.
    assert sorted(CASES) == sorted(set(RULES) - SOURCE_CHECK_RULES)


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule(tmp_path: Path, rule: str) -> None:
    edit, expected = CASES[rule]
    assert run_case(tmp_path, edit) == expected


def test_a_predicate_defined_twice_in_one_dossier_is_refused_at_its_second_definition(tmp_path: Path) -> None:
    definition = "  - id: blockades\n    forward: blockades\n    inverse: blockaded by\n"
    edit = replace(
        "dossier.yaml",
        "key_figure: strikers\n",
        f"key_figure: strikers\npredicates:\n{definition}{definition}",
    )
    assert run_case(tmp_path, edit) == [
        f"{D}/dossier.yaml:14:9: error[predicate-redefined]: the predicate 'blockades' is already defined by this dossier"
    ]


def test_location_on_an_actor_that_is_not_a_place(tmp_path: Path) -> None:
    edit = replace(
        "actors.yaml",
        "      evidence: The union said\n",
        "      evidence: The union said\n  location:\n    latitude: 51.5\n    longitude: 4\n"
        "    cite:\n      - source: port-news\n        evidence: The union said\n",
    )
    assert run_case(tmp_path, edit) == [
        f"{D}/actors.yaml:10:5: error[location-invalid]: this actor's kind is 'organisation'; only a place "
        "has a location"
    ]


def test_a_term_mentioned_only_in_its_own_definition_is_unused(tmp_path: Path) -> None:
    edit = replace(
        "glossary.yaml",
        "term: strike\n  definition: A stoppage of work by employees.",
        "term: lockout\n  definition: A lockout is a stoppage of work by employers.",
    )
    assert run_case(tmp_path, edit) == [
        f"{D}/glossary.yaml:3:9: warning[term-unused]: the glossary term 'lockout' is mentioned nowhere in the dossier"
    ]


def hints(tmp_path: Path, edit: Edit) -> list[tuple[str, str]]:
    content = tmp_path / "content"
    shutil.copytree(BASE, content)
    edit(content / "harbour-strike")
    return [(d.rule, d.hint) for d in load_site(content).diagnostics]


NOT_A_PLACE = "      evidence: The union said\n  location:\n    latitude: 51.5\n    longitude: 4\n"
LOCATION_CITE = "    cite:\n      - source: port-news\n        evidence: The union said\n"


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            replace(
                "actors.yaml", "  kind: government-body\n", "  kind: government-body\n  <<: {plural: true}\n"
            ),
            ("yaml-alias", "write the fields out in full in this entry"),
        ),
        (CASES["file-crlf"][0], ("file-crlf", "save it with LF line endings; `explainer fmt` rewrites them")),
        (
            CASES["predicate-redefined"][0],
            ("predicate-redefined", "use it as it is, or give the new relation another id"),
        ),
        (
            replace("actors.yaml", "      evidence: The union said\n", NOT_A_PLACE + LOCATION_CITE),
            ("location-invalid", "set `kind: place`, or remove `location:`"),
        ),
        (
            replace("relationships.yaml", "dock-union", "zzz"),
            ("ref-unknown", "add an actor with id 'zzz' first"),
        ),
    ],
    ids=["merge-key", "file-crlf", "predicate-redefined", "location-invalid", "ref-unknown"],
)
def test_each_problem_says_how_to_fix_it(tmp_path: Path, edit: Edit, expected: tuple[str, str]) -> None:
    assert hints(tmp_path, edit) == [expected]
