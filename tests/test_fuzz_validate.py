"""Random and mangled input never makes loading raise: every outcome is a list of diagnostics."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from profiles import examples

from generator.checking.loader import load_site
from generator.format.model import KIND_BY_FILE

BASE = Path(__file__).parent / "fixtures" / "rules" / "base"
FILES = sorted(["dossier", *KIND_BY_FILE])

# The base dossier is alone, so it shares no actor; this entry (naming a dossier that does not exist)
# stands in for its shared-actors.yaml when a valid file is mangled.
SHARED_ACTORS = (
    b"- id: union\n  actor: other-story/dock-union\n  description: The union.\n"
    b"  cite:\n    - source: port-news\n      evidence: The union said\n"
)

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.sampled_from(
        ["2023-09", "2023-02-30", "person", "port-news", "dock-union", "<b>x</b>", "TODO", "31,000"]
    ),
)
values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                ["id", "name", "kind", "cite", "source", "evidence", "value", "date", "x", "aliases"]
            ),
            children,
            max_size=5,
        )
    ),
    max_leaves=20,
)


def check(file: str, text: str | bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        content = Path(tmp) / "content"
        shutil.copytree(BASE, content)
        path = content / "harbour-strike" / f"{file}.yaml"
        path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass"))
        result = load_site(content)
        for diagnostic in result.diagnostics:
            assert diagnostic.line >= 1 and diagnostic.col >= 1
            assert diagnostic.rule and diagnostic.message


@settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(FILES), values)
def test_random_structures(file: str, data: object) -> None:
    check(file, yaml.safe_dump(data, allow_unicode=True))


@settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(FILES), st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=200))
def test_random_text(file: str, text: str) -> None:
    check(file, text)


@settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(FILES), st.data())
def test_mangled_valid_files(file: str, data: st.DataObject) -> None:
    path = BASE / "harbour-strike" / f"{file}.yaml"
    original = path.read_bytes() if path.exists() else SHARED_ACTORS
    position = data.draw(st.integers(0, len(original)))
    insert = data.draw(
        st.binary(max_size=6) | st.sampled_from([b":", b"- ", b"\t", b"&a ", b"*a", b"!!", b"[", b"\n  "])
    )
    cut = data.draw(st.integers(0, 8))
    check(file, original[:position] + insert + original[position + cut :])
