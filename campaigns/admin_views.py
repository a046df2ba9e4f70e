"""The signatures in Wagtail's admin: per campaign, the confirmed and unconfirmed ones with
counts by country, and a CSV export of the confirmed ones for those allowed to take it.

Reading requires `campaigns.view_signature`; the export requires the custom permission
`campaigns.export_signatures`, given to a group in Settings → Groups."""

import csv

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import Http404, StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Locale

from campaigns.countries import country_name
from campaigns.models import CampaignPage, Signature

VIEW_PERMISSION = "campaigns.view_signature"
EXPORT_PERMISSION = "campaigns.export_signatures"
PER_PAGE = 50


def _require(request, permission):
    if not request.user.has_perm(permission):
        raise PermissionDenied


def _campaign_titles() -> dict:
    """One title per campaign (its translation_key): the default language's where it exists."""
    default = Locale.get_default().pk
    titles = {}
    pages = CampaignPage.objects.order_by("path").values_list("translation_key", "locale", "title")
    for key, locale, title in pages:
        if key not in titles or locale == default:
            titles[key] = title
    return titles


def signature_campaigns(request):
    _require(request, VIEW_PERMISSION)
    titles = _campaign_titles()
    counts = {
        row["campaign_key"]: row
        for row in Signature.objects.values("campaign_key").annotate(
            confirmed=Count("pk", filter=Q(confirmed_at__isnull=False)),
            pending=Count("pk", filter=Q(confirmed_at__isnull=True)),
        )
    }
    rows = [
        {
            "key": key,
            "title": title,
            "confirmed": counts.get(key, {}).get("confirmed", 0),
            "pending": counts.get(key, {}).get("pending", 0),
        }
        for key, title in titles.items()
    ]
    return render(
        request,
        "campaigns/admin/signature_campaigns.html",
        {"page_title": _("Signatures"), "header_icon": "form", "rows": rows},
    )


def _campaign_title(key) -> str:
    title = _campaign_titles().get(key)
    if title is None and not Signature.objects.filter(campaign_key=key).exists():
        raise Http404
    return title or str(key)


def signature_report(request, key):
    _require(request, VIEW_PERMISSION)
    title = _campaign_title(key)
    signatures = Signature.objects.filter(campaign_key=key)

    # One row per country: a GROUP BY query ignores Meta.ordering (Django 3.1+).
    rows = signatures.values("country").annotate(
        confirmed=Count("pk", filter=Q(confirmed_at__isnull=False)),
        pending=Count("pk", filter=Q(confirmed_at__isnull=True)),
    )
    countries = sorted(
        (
            {
                "name": country_name(row["country"]),
                "code": row["country"],
                "confirmed": row["confirmed"],
                "pending": row["pending"],
            }
            for row in rows
        ),
        key=lambda row: (-row["confirmed"], -row["pending"], row["name"]),
    )
    totals = {
        "confirmed": sum(row["confirmed"] for row in countries),
        "pending": sum(row["pending"] for row in countries),
    }

    status = request.GET.get("status", "all")
    if status == "confirmed":
        signatures = signatures.filter(confirmed_at__isnull=False)
    elif status == "pending":
        signatures = signatures.filter(confirmed_at__isnull=True)
    else:
        status = "all"
    country = request.GET.get("country", "")
    if country:
        signatures = signatures.filter(country=country)
    listing = Paginator(signatures.order_by("-created_at"), PER_PAGE).get_page(request.GET.get("p"))
    for signature in listing:
        signature.country_name = country_name(signature.country)

    return render(
        request,
        "campaigns/admin/signature_report.html",
        {
            "page_title": _("Signatures"),
            "page_subtitle": title,
            "header_icon": "form",
            "key": key,
            "countries": countries,
            "totals": totals,
            "status": status,
            "country": country,
            "listing": listing,
            "can_export": request.user.has_perm(EXPORT_PERMISSION),
        },
    )


class _Echo:
    def write(self, value):
        return value


def _cell(value) -> str:
    """Text as typed, but never read as a formula by a spreadsheet (CSV injection)."""
    text = "" if value is None else str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


def signature_export(request, key):
    """The confirmed signatures as CSV. The e-mail address (the contact column) is left
    empty for signers who did not agree to hear from the association again."""
    _require(request, EXPORT_PERMISSION)
    title = _campaign_title(key)
    confirmed = (
        Signature.objects.filter(campaign_key=key, confirmed_at__isnull=False)
        .order_by("confirmed_at")
        .iterator(chunk_size=2000)
    )
    header = ["name", "email", "country", "country_code", "language", "contact_ok", "confirmed_at"]

    def rows():
        writer = csv.writer(_Echo())
        yield "\ufeff"  # so that spreadsheet programs read Arabic and accents as UTF-8
        yield writer.writerow(header)
        for signature in confirmed:
            yield writer.writerow(
                [
                    _cell(signature.name),
                    _cell(signature.email if signature.contact_ok else ""),
                    _cell(country_name(signature.country)),
                    signature.country,
                    signature.language,
                    "yes" if signature.contact_ok else "no",
                    signature.confirmed_at.isoformat(),
                ]
            )

    response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
    stamp = timezone.now().strftime("%Y%m%d")
    slug = "".join(char if char.isalnum() else "-" for char in title.lower())[:40].strip("-")
    response["Content-Disposition"] = f'attachment; filename="signatures-{slug or key}-{stamp}.csv"'
    response["Cache-Control"] = "no-store"
    return response
