"""What the keyboard reaches on a page: content first, not the marks a mouse uses.

A heading's permalink mark ("¶", title "Permanent link") sits in the heading, so Tab would land on
it before any of the content's own links, once per heading. It stays for the pointer (it shows on
hover) and leaves the Tab order; the contents list links every heading for the keyboard.
"""

from __future__ import annotations

import re

_PERMALINK = re.compile(r'<a class="headerlink"(?=[\s>])(?![^>]*\btabindex=)')


def permalinks_untabbed(html: str) -> str:
    """``html`` with each heading's permalink out of the Tab order."""
    return _PERMALINK.sub('<a class="headerlink" tabindex="-1"', html)
