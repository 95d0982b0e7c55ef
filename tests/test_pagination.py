"""Long lists link to a window of pages, not to every page (1 001 links, 120 KB of HTML, at
10 000 reports)."""

import re

from django.core.paginator import Paginator
from django.template.loader import render_to_string


def pagination(number, count=10_000):
    html = render_to_string(
        "core/includes/pagination.html", {"items": Paginator(range(count), 10).page(number)}
    )
    targets = [int(page) for page in re.findall(r'strona=(\d+)"', html)]
    return html, targets


def test_a_long_list_links_to_the_ends_and_the_pages_around_the_current_one():
    html, targets = pagination(500)
    # Previous, the first page, two either side of the current one, the last page, next.
    assert targets == [499, 1, 498, 499, 500, 501, 502, 1000, 501]
    assert html.count('class="pagination__gap"') == 2
    assert 'strona=500" aria-current="page"' in html


def test_the_first_pages_need_no_gap_before_them():
    html, targets = pagination(1)
    assert targets == [1, 2, 3, 1000, 2]
    assert html.count('class="pagination__gap"') == 1


def test_a_short_list_links_to_every_page():
    html, targets = pagination(3, count=50)
    assert targets == [2, 1, 2, 3, 4, 5, 4]
    assert "pagination__gap" not in html
