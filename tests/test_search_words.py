"""A Chinese name is indexed with its words: Pagefind splits an English page's text at spaces only.

Measured (Pagefind 1.5 extended, a page in English): a search for 公安部 finds a page naming
中华人民共和国公安部 only when the page also carries the name's words, as these do.
"""

from __future__ import annotations

import re

from generator.site.search import searchable


def _hidden_words(html: str) -> list[str]:
    found = re.search(r'<span hidden data-pagefind-weight="10">(.*?)</span>', html)
    assert found is not None, html
    return found.group(1).split(" ")


def test_a_chinese_name_is_indexed_with_its_words() -> None:
    html = searchable("<p>The ministry.</p>", keywords=(("", ("中华人民共和国公安部",)),))
    words = _hidden_words(html)
    assert words[0] == "中华人民共和国公安部"
    assert {"公安部", "公安", "中华人民共和国"} <= set(words)


def test_a_name_without_chinese_is_indexed_whole_and_alone() -> None:
    assert _hidden_words(searchable("<p>x</p>", keywords=(("", ("Ming Xuechang",)),))) == ["Ming", "Xuechang"]
