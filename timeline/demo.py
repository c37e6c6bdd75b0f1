"""The demo story: Facebook, US banks and customer data, as a Polish agency reported it.

Written for the product from the public facts of the case; the text snapshot below is our own
short rendering of the agency report, so that citations have real offsets to point at.
"""

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.db import transaction

from claims.models import Citation, Claim, ClaimLink, Outlet, Source, Tag
from timeline.models import DateStatus, Event, Timeline

WARSAW = ZoneInfo("Europe/Warsaw")
NEW_YORK = ZoneInfo("America/New_York")
LONDON = ZoneInfo("Europe/London")

PAP_TEXT = (
    "Facebook negocjował z bankami dostęp do danych klientów\n\n"
    "Negocjacje pomiędzy Facebookiem a dużymi amerykańskimi bankami w sprawie dostępu do danych "
    "klientów trwały od wielu lat – poinformował dziennik „Wall Street Journal”, powołując się "
    "na dokumenty i źródła bliskie sprawy.\n\n"
    "Według dziennika jeszcze w ubiegłym roku Facebook prosił amerykańskie banki o dostęp do "
    "danych ich klientów, które miały posłużyć do rozwijania komunikatora Messenger.\n\n"
    "W sierpniu dziennik informował o rozmowach Facebooka z bankami o usługach dla klientów "
    "w Messengerze. W rozmowach miały uczestniczyć JPMorgan Chase, Citigroup, Wells Fargo "
    "i U.S. Bancorp. Jeden z banków wycofał się z negocjacji ze względu na obawy o prywatność "
    "klientów.\n\n"
    "Facebook zapewnił, że informacje o klientach banków nie będą wykorzystywane do celów "
    "marketingowych.\n\n"
    "Według „WSJ” część umów wynegocjowano przed ubiegłoroczną konferencją Facebooka dla "
    "programistów F8, kiedy to ponad 12 różnych firm ogłosiło udostępnienie swoich usług "
    "w Messengerze.\n\n"
    "Ujawniony w marcu 2018 roku wyciek danych w aferze Cambridge Analytica miał dotyczyć nawet "
    "87 mln użytkowników Facebooka. (PAP)"
)

PAP_URL = "https://demo.chronicle.invalid/pap/facebook-banki-dane-klientow"
FIRST_REPORT_URL = "https://demo.chronicle.invalid/observer/cambridge-analytica-50-million"
# Our own one-line rendering of what the first reports of March 2018 said.
FIRST_REPORT_TEXT = (
    "Data from 50 million Facebook users was harvested for Cambridge Analytica without their "
    "consent, a former employee of the firm said."
)
FIRST_REPORT_QUOTE = "Data from 50 million Facebook users was harvested for Cambridge Analytica"
WSJ_URL = "https://demo.chronicle.invalid/wsj/facebook-sought-bank-data"
WSJ_AUGUST_URL = "https://demo.chronicle.invalid/wsj/facebook-banks-messenger"
TIMELINE_SLUG = "facebook-banks-data"

TAGS = [
    ("Facebook", "facebook", Tag.Kind.ORGANISATION),
    ("JPMorgan Chase", "jpmorgan-chase", Tag.Kind.ORGANISATION),
    ("Citigroup", "citigroup", Tag.Kind.ORGANISATION),
    ("Wells Fargo", "wells-fargo", Tag.Kind.ORGANISATION),
    ("U.S. Bancorp", "us-bancorp", Tag.Kind.ORGANISATION),
    ("Cambridge Analytica", "cambridge-analytica", Tag.Kind.ORGANISATION),
    ("Messenger", "messenger", Tag.Kind.PRODUCT),
    ("Mark Zuckerberg", "mark-zuckerberg", Tag.Kind.PERSON),
    ("Privacy", "privacy", Tag.Kind.TOPIC),
]

# statement (a quote from PAP_TEXT), summary, claimant, quantity, status, verdict, review, tags
CLAIMS = [
    {
        "key": "leak",
        "quote": "Ujawniony w marcu 2018 roku wyciek danych w aferze Cambridge Analytica miał "
        "dotyczyć nawet 87 mln użytkowników Facebooka.",
        "summary": "The Cambridge Analytica leak affected up to 87 million Facebook users.",
        "claimant": "PAP",
        "quantity": ("nawet 87 mln", Decimal("87000000"), "users", Claim.Qualifier.UP_TO),
        "status": Claim.ReviewStatus.PUBLISHED,
        "verdict": Claim.Verdict.TRUE,
        "review": "Matches Facebook's own estimate of up to 87 million people, published in "
        "April 2018.",
        "tags": ["facebook", "cambridge-analytica", "privacy"],
    },
    {
        "key": "asked-banks",
        "quote": "jeszcze w ubiegłym roku Facebook prosił amerykańskie banki o dostęp do danych "
        "ich klientów",
        "summary": "Facebook asked US banks for their customers' data last year.",
        "claimant": "The Wall Street Journal",
        "quantity": None,
        "status": Claim.ReviewStatus.PUBLISHED,
        "verdict": Claim.Verdict.MOSTLY_TRUE,
        "review": "Reported by the WSJ from documents and people familiar with the talks; "
        "Facebook confirmed talks but disputed the framing.",
        "tags": ["facebook", "messenger", "privacy"],
    },
    {
        "key": "banks-named",
        "quote": "W rozmowach miały uczestniczyć JPMorgan Chase, Citigroup, Wells Fargo i U.S. "
        "Bancorp.",
        "summary": "JPMorgan Chase, Citigroup, Wells Fargo and U.S. Bancorp took part in the talks.",
        "claimant": "The Wall Street Journal",
        "quantity": None,
        "status": Claim.ReviewStatus.PUBLISHED,
        "verdict": Claim.Verdict.TRUE,
        "review": "The four banks were named in the WSJ's August report.",
        "tags": ["jpmorgan-chase", "citigroup", "wells-fargo", "us-bancorp", "facebook"],
    },
    {
        "key": "bank-left",
        "quote": "Jeden z banków wycofał się z negocjacji ze względu na obawy o prywatność "
        "klientów.",
        "summary": "One bank left the talks over its customers' privacy.",
        "claimant": "The Wall Street Journal",
        "quantity": ("Jeden z banków", Decimal("1"), "banks", Claim.Qualifier.EXACT),
        "status": Claim.ReviewStatus.PUBLISHED,
        "verdict": Claim.Verdict.UNVERIFIABLE,
        "review": "The bank is not named, and none confirmed leaving on the record.",
        "tags": ["privacy"],
    },
    {
        "key": "no-marketing",
        "quote": "Facebook zapewnił, że informacje o klientach banków nie będą wykorzystywane do "
        "celów marketingowych.",
        "summary": "Facebook said bank customers' data would not be used for marketing.",
        "claimant": "Facebook",
        "quantity": None,
        "status": Claim.ReviewStatus.PUBLISHED,
        "verdict": Claim.Verdict.UNVERIFIABLE,
        "review": "A statement of intent; nothing public shows how the data was used.",
        "tags": ["facebook", "privacy"],
    },
    {
        "key": "f8-companies",
        "quote": "ponad 12 różnych firm ogłosiło udostępnienie swoich usług w Messengerze",
        "summary": "More than 12 companies announced services on Messenger at the previous "
        "year's F8.",
        "claimant": "The Wall Street Journal",
        "quantity": ("ponad 12 różnych firm", Decimal("12"), "companies", "more_than"),
        "status": Claim.ReviewStatus.IN_REVIEW,
        "verdict": "",
        "review": "",
        "tags": ["messenger", "facebook"],
    },
    {
        "key": "years-of-talks",
        "quote": "Negocjacje pomiędzy Facebookiem a dużymi amerykańskimi bankami w sprawie dostępu "
        "do danych klientów trwały od wielu lat",
        "summary": "Facebook and large US banks negotiated over customer data for years.",
        "claimant": "The Wall Street Journal",
        "quantity": None,
        "status": Claim.ReviewStatus.DRAFT,
        "verdict": "",
        "review": "",
        "tags": ["facebook"],
    },
]

# title, date as written, language, source key, claims, tags, and a date a fact-checker
# confirmed by hand where the engine rightly declined to guess.
EVENTS = [
    {
        "title": "Negotiations between Facebook and US banks",
        "date_text": "od wielu lat",
        "lang": "pl",
        "source": "pap",
        "claims": ["years-of-talks"],
        "tags": ["facebook"],
    },
    {
        "title": "Facebook's data policy says all user data is used to target ads",
        "date_text": "early 2017",
        "lang": "en",
        "source": "wsj",
        "claims": [],
        "tags": ["facebook", "privacy"],
    },
    {
        "title": "Some bank agreements negotiated",
        "date_text": "przed ubiegłoroczną konferencją Facebooka dla programistów F8",
        "lang": "pl",
        "source": "pap",
        "claims": [],
        "tags": ["facebook"],
    },
    {
        "title": "F8 developer conference: more than 12 companies launch on Messenger",
        "date_text": "ubiegłoroczna konferencja F8",
        "lang": "pl",
        "source": "pap",
        "claims": ["f8-companies"],
        "tags": ["messenger", "facebook"],
        "confirmed": (dt.date(2017, 4, 18), dt.date(2017, 4, 19), "span", ""),
    },
    {
        "title": "Facebook asks US banks for customer data",
        "date_text": "w ubiegłym roku",
        "lang": "pl",
        "source": "pap",
        "claims": ["asked-banks", "no-marketing"],
        "tags": ["facebook", "jpmorgan-chase", "citigroup", "wells-fargo", "us-bancorp"],
    },
    {
        "title": "Cambridge Analytica data leak revealed",
        "date_text": "w marcu 2018 roku",
        "lang": "pl",
        "source": "pap",
        "claims": ["leak"],
        "tags": ["cambridge-analytica", "facebook", "privacy"],
    },
    {
        "title": "WSJ reports Facebook's talks with banks about Messenger services",
        "date_text": "W sierpniu",
        "lang": "pl",
        "source": "pap",
        "claims": ["banks-named", "bank-left"],
        "tags": ["jpmorgan-chase", "citigroup", "wells-fargo", "us-bancorp", "messenger"],
    },
]


@transaction.atomic
def load_demo() -> dict[str, int]:
    """Create the demo story, leaving anything that already exists untouched.

    Returns how many rows of each kind were created (all zero on a second run).
    """
    created = {
        "outlets": 0,
        "sources": 0,
        "tags": 0,
        "claims": 0,
        "claim links": 0,
        "events": 0,
        "timelines": 0,
    }

    def count(kind, was_created):
        created[kind] += int(was_created)

    pap, c = Outlet.objects.get_or_create(
        name="PAP",
        defaults={"home_url": "https://www.pap.pl/", "country": "PL", "language": "pl"},
    )
    count("outlets", c)
    wsj, c = Outlet.objects.get_or_create(
        name="The Wall Street Journal",
        defaults={"home_url": "https://www.wsj.com/", "country": "US", "language": "en"},
    )
    count("outlets", c)

    documents, c = Source.objects.get_or_create(
        kind=Source.Kind.DOCUMENTS,
        title="Documents and people familiar with the matter",
        defaults={"language": "en"},
    )
    count("sources", c)
    wsj_report, c = Source.objects.get_or_create(
        url=WSJ_URL,
        defaults={
            "outlet": wsj,
            "kind": Source.Kind.ARTICLE,
            "title": "Facebook sought US banks' customer data for Messenger",
            "language": "en",
            "published_at": dt.datetime(2018, 9, 19, 18, 0, tzinfo=NEW_YORK),
        },
    )
    count("sources", c)
    wsj_august, c = Source.objects.get_or_create(
        url=WSJ_AUGUST_URL,
        defaults={
            "outlet": wsj,
            "kind": Source.Kind.ARTICLE,
            "title": "Facebook asks banks to share customer data for Messenger services",
            "language": "en",
            "published_at": dt.datetime(2018, 8, 6, 9, 0, tzinfo=NEW_YORK),
        },
    )
    count("sources", c)
    pap_source, c = Source.objects.get_or_create(
        url=PAP_URL,
        defaults={
            "outlet": pap,
            "kind": Source.Kind.ARTICLE,
            "title": "Facebook negocjował z bankami dostęp do danych klientów",
            "language": "pl",
            "published_at": dt.datetime(2018, 9, 20, 9, 30, tzinfo=WARSAW),
            "retrieved_at": dt.datetime(2018, 9, 20, 12, 0, tzinfo=WARSAW),
            "text": PAP_TEXT,
        },
    )
    count("sources", c)
    if c:
        pap_source.cites.add(wsj_report, wsj_august)
        wsj_report.cites.add(documents)
    sources = {"pap": pap_source, "wsj": wsj_report}

    tags = {}
    for name, slug, kind in TAGS:
        tags[slug], c = Tag.objects.get_or_create(slug=slug, defaults={"name": name, "kind": kind})
        count("tags", c)

    claims = {}
    for spec in CLAIMS:
        claim, c = Claim.objects.get_or_create(
            statement=spec["quote"], defaults=_claim_fields(spec)
        )
        count("claims", c)
        if c:
            claim.tags.set([tags[slug] for slug in spec["tags"]])
            citation = Citation(claim=claim, source=pap_source, quote=spec["quote"])
            citation.full_clean()
            citation.save()
        claims[spec["key"]] = claim

    events = []
    for spec in EVENTS:
        event, c = Event.objects.get_or_create(
            title=spec["title"],
            defaults={
                "date_text": spec["date_text"],
                "date_lang": spec["lang"],
                "source": sources[spec["source"]],
            },
        )
        count("events", c)
        if c:
            event.claims.set([claims[key] for key in spec["claims"]])
            event.tags.set([tags[slug] for slug in spec["tags"]])
            if "confirmed" in spec:
                start, end, granularity, relation = spec["confirmed"]
                event.date_start, event.date_end = start, end
                event.date_granularity, event.date_relation = granularity, relation
                event.date_status = DateStatus.CONFIRMED
                event.save(
                    update_fields=[
                        "date_start",
                        "date_end",
                        "date_granularity",
                        "date_relation",
                        "date_status",
                    ]
                )
        events.append(event)

    events.append(_add_undated_documents_event(documents, tags, count))
    _add_first_report(claims["leak"], tags, count)

    story, c = Timeline.objects.get_or_create(
        slug=TIMELINE_SLUG,
        defaults={
            "title": "Facebook, banki i dane klientów",
            "description": "How Facebook sought US banks' customer data for Messenger, as the "
            "Wall Street Journal reported and PAP relayed, against the backdrop of the "
            "Cambridge Analytica leak.",
            "language": "pl",
            "is_published": True,
            "published_at": dt.datetime(2018, 9, 21, 8, 0, tzinfo=WARSAW),
        },
    )
    count("timelines", c)
    if c:
        story.events.set(events)
    return created


def _claim_fields(spec):
    fields = {
        "summary": spec["summary"],
        "claimant": spec["claimant"],
        "language": "pl",
        "review_status": spec["status"],
        "verdict": spec["verdict"],
        "review_body": spec["review"],
    }
    if spec["quantity"]:
        text, value, unit, qualifier = spec["quantity"]
        fields.update(
            quantity_text=text,
            quantity_value=value,
            quantity_unit=unit,
            quantity_qualifier=qualifier,
        )
    if spec["verdict"]:
        fields["reviewed_at"] = dt.datetime(2018, 9, 21, 8, 0, tzinfo=WARSAW)
    if spec["status"] == Claim.ReviewStatus.PUBLISHED:
        fields["published_at"] = dt.datetime(2018, 9, 21, 8, 0, tzinfo=WARSAW)
    return fields


def _add_undated_documents_event(documents, tags, count):
    """What the documents behind the Journal's report say happened "last year": they carry no
    publication date, so the date cannot be read and the event waits in the flag queue
    (timeline.sanity), while "przed ubiegłoroczną konferencją ... F8" above is read from the
    F8 event (timeline.references)."""
    event, c = Event.objects.get_or_create(
        title="Documents: Facebook approached the banks about customer data",
        defaults={"date_text": "last year", "date_lang": "en", "source": documents},
    )
    count("events", c)
    if c:
        event.tags.set([tags["facebook"], tags["privacy"]])
    return event


def _add_first_report(leak, tags, count):
    """The leak was first reported as 50 million users and later, by Facebook, as up to 87
    million: one claim, two values, each kept with its source and ranked (claims.graph)."""
    observer, c = Outlet.objects.get_or_create(
        name="The Observer",
        defaults={
            "home_url": "https://www.theguardian.com/observer",
            "country": "GB",
            "language": "en",
        },
    )
    count("outlets", c)
    source, c = Source.objects.get_or_create(
        url=FIRST_REPORT_URL,
        defaults={
            "outlet": observer,
            "kind": Source.Kind.ARTICLE,
            "title": "Cambridge Analytica harvested the data of 50 million Facebook users",
            "language": "en",
            "published_at": dt.datetime(2018, 3, 17, 18, 0, tzinfo=LONDON),
            "text": FIRST_REPORT_TEXT,
        },
    )
    count("sources", c)
    first, c = Claim.objects.get_or_create(
        statement=FIRST_REPORT_QUOTE,
        defaults={
            "summary": "First reports: the data of 50 million Facebook users went to Cambridge Analytica.",
            "claimant": "The Observer",
            "language": "en",
            "quantity_text": "50 million",
            "quantity_value": Decimal("50000000"),
            "quantity_unit": "users",
            "quantity_qualifier": Claim.Qualifier.EXACT,
            "review_status": Claim.ReviewStatus.PUBLISHED,
            "verdict": Claim.Verdict.MOSTLY_TRUE,
            "review_body": "The figure of the first reports, in March 2018. Facebook's own count "
            "in April 2018 put it at up to 87 million.",
            "reviewed_at": dt.datetime(2018, 9, 21, 8, 0, tzinfo=WARSAW),
            "published_at": dt.datetime(2018, 9, 21, 8, 0, tzinfo=WARSAW),
        },
    )
    count("claims", c)
    if not c:
        return
    first.tags.set([tags["facebook"], tags["cambridge-analytica"], tags["privacy"]])
    citation = Citation(claim=first, source=source, quote=FIRST_REPORT_QUOTE)
    citation.full_clean()
    citation.save()
    decided = dt.datetime(2018, 9, 21, 8, 0, tzinfo=WARSAW)
    low, high = sorted((leak.pk, first.pk))
    _link, c = ClaimLink.objects.get_or_create(
        claim_id=low,
        other_id=high,
        defaults={"status": ClaimLink.Status.SAME, "decided_at": decided},
    )
    count("claim links", c)
    for claim, rank, reason in (
        (leak, Claim.Rank.PREFERRED, "Facebook's own count, April 2018."),
        (first, Claim.Rank.DEPRECATED, "Superseded by Facebook's count of up to 87 million."),
    ):
        claim.value_rank, claim.value_rank_reason, claim.value_ranked_at = rank, reason, decided
        claim._change_reason = f"rank: {rank}"
        claim.save(update_fields=["value_rank", "value_rank_reason", "value_ranked_at"])
