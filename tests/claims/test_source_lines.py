"""A source's line as the public pages show it, rendered from rows."""

import datetime as dt

import pytest
from django.utils import translation

from claims.models import Outlet, Source
from claims.source_lines import source_lines

pytestmark = pytest.mark.django_db

PUBLISHED = dt.datetime(2018, 9, 20, 10, 0, tzinfo=dt.UTC)


def source(title, outlet=None, **fields):
    return Source.objects.create(title=title, outlet=outlet, **fields)


def test_a_line_names_outlet_cited_outlets_once_title_date_and_original():
    pap, wsj = Outlet.objects.create(name="PAP"), Outlet.objects.create(name="WSJ")
    article = source(
        "Facebook i banki", pap, language="pl", url="https://pap.invalid/1", published_at=PUBLISHED
    )
    article.cites.add(source("Report one", wsj), source("Report two", wsj), source("Memo"))
    with translation.override("en"):
        line = source_lines([article.pk])[article.pk]
    assert line.startswith('<span class="source"><span class="outlet">PAP</span>, citing ')
    assert line.count(">WSJ</a>") == 1 and ">Memo</a>" in line
    assert f'<a href="/sources/{article.pk}/" lang="pl">Facebook i banki</a>' in line
    assert '<time datetime="2018-09-20T' in line and "Sept. 20, 2018</time>" in line
    assert '(<a class="external" href="https://pap.invalid/1" rel="noopener' in line


def test_user_text_is_escaped():
    outlet = Outlet.objects.create(name="<b>Daily</b>")
    hostile = source("<script>alert('x')</script>", outlet, url='https://x.invalid/?a="b"&c')
    line = source_lines([hostile.pk])[hostile.pk]
    assert "<script>" not in line and "<b>Daily" not in line
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in line
    assert 'href="https://x.invalid/?a=&quot;b&quot;&amp;c"' in line


def test_deleted_sources_have_no_line_and_are_not_named_as_cited():
    outlet = Outlet.objects.create(name="Agency")
    live, gone = source("Live", outlet), source("Gone", outlet)
    cited_gone = source("Withdrawn report", Outlet.objects.create(name="Withdrawn"))
    live.cites.add(cited_gone)
    Source.objects.filter(pk__in=[gone.pk, cited_gone.pk]).update(deleted_at=PUBLISHED)
    lines = source_lines([live.pk, gone.pk, None])
    assert set(lines) == {live.pk}
    assert "Withdrawn" not in lines[live.pk] and "citing" not in lines[live.pk]


def test_a_source_without_outlet_date_or_web_address_is_its_title_alone():
    bare = source("Court filing", url="")
    assert source_lines([bare.pk])[bare.pk] == (
        f'<span class="source"><a href="/sources/{bare.pk}/">Court filing</a></span>'
    )


def test_any_number_of_sources_costs_two_queries(django_assert_num_queries):
    outlet = Outlet.objects.create(name="Agency")
    sources = [source(f"Article {n}", outlet) for n in range(30)]
    for first, second in zip(sources, sources[1:], strict=False):
        first.cites.add(second)
    with django_assert_num_queries(2):
        lines = source_lines(s.pk for s in sources)
    assert len(lines) == 30
    assert source_lines([]) == {}
