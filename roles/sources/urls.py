"""Dates in paths and URLs, as e-paper and news sites write them.

…/html/2016-08/23/content_160614.htm, …/pc/content/202310/24/content_396104.html,
…/2021-03/09/node_2.htm, …/2021/03/09/…, …/t20210309_123.html, 2021-03-09.txt. The last date
in the path wins (a site's own section dates come first). A date must exist and lie between 1949
and 2100; digits that merely run together (an article id) are not a date.
"""

from __future__ import annotations

import datetime as dt
import re

_PATTERNS = (
    # 2016-08/23, 202310/24, 2016/08/23, 2016-08-23, 2016_08_23
    re.compile(r"(?<!\d)((?:19|20)\d{2})[-_/]?(\d{2})[-_/](\d{2})(?!\d)"),
    # t20210309_123.html, /20210309/, content_20210309.htm: eight digits standing alone
    re.compile(r"(?<![\d])((?:19|20)\d{2})(\d{2})(\d{2})(?=[_/.\-]|$)"),
)


def date_from_url(text: str) -> dt.date | None:
    """The last date a path or URL writes, or None."""
    found: list[tuple[int, dt.date]] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            try:
                day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                continue
            if 1949 <= day.year <= 2100:
                found.append((m.end(), day))
    return max(found)[1] if found else None
