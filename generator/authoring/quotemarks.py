"""A quote of several paragraphs printed in single marks, as some outlets print every quote:

    He said: 'Forty families come here each week. We cannot cover the rent.

    'Buy bread here and we will stay open.'

Each paragraph but the last opens the quote and leaves it open, and the next opens it again (the
mark closes only in the last). The opening mark of each such paragraph is read as a double one, so
the quote goes on into the next paragraph as one in double marks does; no closing mark is added, so
the evidence is the page's own words. An apostrophe inside a word ("don't", "the farmers' stall") is
no closing mark: one closes after a stop or a comma, before a space or the paragraph's end.
"""

from __future__ import annotations

import re

# The quote's opening mark: the paragraph's first character, or after a colon ("said: 'We ..."),
# before a capital or a figure.
_OPENING = re.compile(r"(?:^|(?<=:\s))(?P<mark>['‘])(?=[A-Z\d])")
# A closing mark: after a stop or a comma, before a space or the end.
_CLOSING = re.compile(r"[.,!?]['’](?=\s|$)")
# The paragraph the quote goes on in: it opens with a mark (a double one when it closes there too:
# the page's "'...'" is read as one in double marks before this).
_GOES_ON = re.compile(r"^['‘“][A-Z\d]")


def open_quotes(paragraphs: list[str]) -> list[str]:
    """The paragraphs, each one's open single mark read as a double one when the next paragraph
    opens with a mark too (the same quote going on); any with double marks are left as they
    are (a quote nested in one)."""
    read = list(paragraphs)
    for number, paragraph in enumerate(paragraphs[:-1]):
        if any(mark in paragraph for mark in '“”"') or not _GOES_ON.match(paragraphs[number + 1]):
            continue
        opening = _OPENING.search(paragraph)
        if opening is None or _CLOSING.search(paragraph, opening.end()):
            continue
        read[number] = f"{paragraph[: opening.start()]}“{paragraph[opening.end() :]}"
    return read
