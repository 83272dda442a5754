"""What the keyboard reaches: a heading's permalink mark leaves the Tab order, nothing else does."""

from __future__ import annotations

from generator.site.keyboard import permalinks_untabbed


def test_permalinks_leave_the_tab_order_and_other_links_stay() -> None:
    html = (
        '<h2 id="a">A<a class="headerlink" href="#a" title="Permanent link">&para;</a></h2>'
        '<p><a class="headerlinks" href="#x">x</a> <a href="#b">b</a></p>'
    )
    out = permalinks_untabbed(html)
    assert out.count('tabindex="-1"') == 1
    assert '<a class="headerlink" tabindex="-1" href="#a"' in out
    assert permalinks_untabbed(out) == out
