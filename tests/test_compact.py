"""Built pages lose the templates' indentation, never a character of preformatted text or script."""

from __future__ import annotations

from generator.site.compact import compact


def test_indentation_and_blank_lines_go_outside_preformatted_text_and_scripts() -> None:
    page = (
        "<article>\n    <p>One\n      two</p>\n\n   \n  <pre><code>  kept\n\n    as is</code></pre>\n"
        '  <textarea>\n  typed</textarea>\n  <script type="application/json">\n  {"a": 1}</script>\n</article>'
    )
    assert compact(page) == (
        "<article>\n<p>One\ntwo</p>\n<pre><code>  kept\n\n    as is</code></pre>\n"
        '<textarea>\n  typed</textarea>\n<script type="application/json">\n  {"a": 1}</script>\n</article>'
    )


def test_a_page_without_indentation_is_unchanged() -> None:
    assert compact("<p>a b</p>\n<PRE>\n x</PRE>") == "<p>a b</p>\n<PRE>\n x</PRE>"
