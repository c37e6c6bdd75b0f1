"""schema.org ClaimReview for a reviewed claim, as Google's Fact Check markup expects it.

One builder serves the API endpoint and the JSON-LD in the claim's public page. It reads the
claim's citations (with their sources and outlets), so callers should prefetch them.
"""

from django.conf import settings

from claims.models import Claim, Tag


def is_reviewable(claim: Claim) -> bool:
    """ClaimReview markup only makes sense for a published claim with a verdict."""
    return claim.is_public and bool(claim.verdict)


def claim_review(claim: Claim, *, base_url: str) -> dict:
    """The ClaimReview JSON-LD object for `claim`; `base_url` is scheme and host, no slash."""
    citations = list(claim.citations.all())
    sources = [c.source for c in citations]
    dated = sorted(s.published_at for s in sources if s.published_at)
    item_reviewed = {
        "@type": "Claim",
        "author": _claimant(claim.claimant),
        "appearance": [_appearance(source) for source in sources if source.url],
    }
    if dated:
        item_reviewed["datePublished"] = dated[0].date().isoformat()
    if claim.summary:
        item_reviewed["name"] = claim.summary

    rating = {
        "@type": "Rating",
        "bestRating": Claim.RATING_BEST,
        "worstRating": Claim.RATING_WORST,
        "alternateName": claim.get_verdict_display() if claim.verdict else "",
    }
    if claim.rating is not None:
        rating["ratingValue"] = claim.rating

    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"{base_url}{claim.get_absolute_url()}",
        "claimReviewed": claim.statement,
        "itemReviewed": item_reviewed,
        "reviewRating": rating,
        "author": {
            "@type": "Organization",
            "name": settings.SITE_NAME,
            "url": settings.SITE_URL,
        },
    }
    reviewed_on = claim.reviewed_at or claim.published_at
    if reviewed_on:
        review["datePublished"] = reviewed_on.date().isoformat()
    if claim.review_body:
        review["reviewBody"] = claim.review_body
    return review


def _claimant(name: str) -> dict:
    if not name:
        return {"@type": "Organization", "name": "Unknown"}
    is_person = Tag.objects.filter(name=name, kind=Tag.Kind.PERSON).exists()
    return {"@type": "Person" if is_person else "Organization", "name": name}


def _appearance(source) -> dict:
    work = {"@type": "CreativeWork", "url": source.url, "headline": source.title}
    if source.published_at:
        work["datePublished"] = source.published_at.date().isoformat()
    if source.outlet_id:
        work["publisher"] = {"@type": "Organization", "name": source.outlet.name}
    return work
