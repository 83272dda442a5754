"""Conversions kept between builds (``generator.site.reuse``): plain data, no MkDocs."""

from __future__ import annotations

from pathlib import Path

from generator.site.reuse import Conversion, Lookup, ReuseStore, fingerprint, key, reuse_wanted

CONVERSION = Conversion(
    html='<h1 id="k">Kokang 明</h1>\n',
    toc=[{"level": 1, "id": "k", "name": "Kokang 明", "children": []}],
    title="Kokang 明",
    anchors=("k",),
    links_to_anchors={"a/index.md": {"x": "../a/index.md#x"}},
    lookups=(Lookup("a/index.md", "a/"), Lookup("gone.md", None)),
    logged=(("mkdocs.structure.pages", 30, "Doc file 'b.md' contains a link 'gone.md'"),),
)


def test_a_conversion_comes_back_exactly_from_memory_and_from_disk(tmp_path: Path) -> None:
    store = ReuseStore(tmp_path)
    store.put("k1", CONVERSION)
    assert store.get("k1") == CONVERSION  # from memory, once
    assert store.get("k1") == CONVERSION  # then from disk
    assert ReuseStore(tmp_path).get("k1") == CONVERSION and ReuseStore(tmp_path).get("k2") is None
    assert ReuseStore().get("k1") is None


def test_without_a_folder_a_conversion_lives_for_one_read(tmp_path: Path) -> None:
    store = ReuseStore()
    store.put("k1", CONVERSION)
    assert store.get("k1") == CONVERSION and store.get("k1") is None
    assert not any(tmp_path.iterdir())


def test_a_damaged_or_older_file_is_not_read(tmp_path: Path) -> None:
    store = ReuseStore(tmp_path)
    store.put("ab12", CONVERSION)
    path = tmp_path / "pages" / "ab" / "ab12"
    path.write_bytes(path.read_bytes()[:-5])
    assert ReuseStore(tmp_path).get("ab12") is None
    assert Conversion.unpack(b"not zlib") is None


def test_a_build_of_every_story_forgets_what_it_did_not_use(tmp_path: Path) -> None:
    ReuseStore(tmp_path).put("old1", CONVERSION)
    store = ReuseStore(tmp_path)
    store.put("new1", CONVERSION)
    assert store.prune() == 1
    assert ReuseStore(tmp_path).get("new1") == CONVERSION and ReuseStore(tmp_path).get("old1") is None
    assert not list((tmp_path / "pages").glob("*/.tmp-*"))


def test_keys_differ_with_the_markdown_the_path_and_the_converter() -> None:
    converter = fingerprint([["toc", "footnotes"], {"toc": {"permalink": True}}])
    assert converter != fingerprint([["toc"], {"toc": {"permalink": True}}])
    base = key(converter, "a.md", "# A\n")
    assert (
        len(
            {
                base,
                key(converter, "b.md", "# A\n"),
                key(converter, "a.md", "# A \n"),
                key("x", "a.md", "# A\n"),
            }
        )
        == 4
    )
    assert base == key(converter, "a.md", "# A\n")


def test_reuse_is_turned_off_by_the_option_or_the_environment() -> None:
    assert reuse_wanted(True, {}) and reuse_wanted(True, {"EXPLAINER_REUSE": "1"})
    assert not reuse_wanted(False, {}) and not reuse_wanted(True, {"EXPLAINER_REUSE": "0"})
    assert not reuse_wanted(True, {"EXPLAINER_REUSE": "off"})


def test_a_layout_is_kept_on_disk_only_and_comes_back_exactly(tmp_path: Path) -> None:
    store = ReuseStore(tmp_path / "cache", "layouts", hold=False)
    text = "<html>Zürich \ud800 é</html>"  # any Python string, a lone surrogate included
    store.put_text("k1", text)
    assert (tmp_path / "cache" / "layouts" / "k1"[:2] / "k1").is_file()
    later = ReuseStore(tmp_path / "cache", "layouts", hold=False)
    assert later.get_text("k1") == text and later.get_text("k2") is None
    (tmp_path / "cache" / "layouts" / "k1"[:2] / "k1").write_bytes(b"not zlib")
    assert ReuseStore(tmp_path / "cache", "layouts").get_text("k1") is None
    later.put_text("k3", "kept")
    assert later.prune() == 0 and not (tmp_path / "cache" / "pages").exists()
    assert ReuseStore(tmp_path / "cache", "layouts").prune() == 2  # a build that used neither
