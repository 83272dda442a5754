"""Under `serve`, templates are compiled once and kept (``generator.site.render.MemoryBytecode``):
a later build renders the same text from the kept code, and a template whose source changed is
compiled again."""

from __future__ import annotations

from pathlib import Path

from jinja2.bccache import Bucket

from generator.site.render import MemoryBytecode, Renderer


class Counted(MemoryBytecode):
    """The real cache, counting the templates it was given freshly compiled."""

    def __init__(self) -> None:
        super().__init__()
        self.compiled = 0

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.compiled += 1
        super().dump_bytecode(bucket)


def test_templates_are_kept_compiled_and_compiled_again_when_changed(tmp_path: Path) -> None:
    (tmp_path / "page.md.j2").write_text("# {{ title }}\n\nOne.\n", "utf-8")
    kept = Counted()
    first = Renderer(tmp_path, kept).render("page.md.j2", {"title": "Heron"})
    assert first == "# Heron\n\nOne.\n" and kept.compiled == 1
    assert Renderer(tmp_path, kept).render("page.md.j2", {"title": "Heron"}) == first
    assert kept.compiled == 1  # a later build's renderer read it back
    (tmp_path / "page.md.j2").write_text("# {{ title }}\n\nTwo.\n", "utf-8")
    assert Renderer(tmp_path, kept).render("page.md.j2", {"title": "Otter"}) == "# Otter\n\nTwo.\n"
    assert kept.compiled == 2
