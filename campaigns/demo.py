"""Demo content of the campaigns app: the campaign index and two campaigns, each with a
petition, a letter and share links, in all four languages. Idempotent."""

from django.utils.html import escape

from website.demo import add_navigation_item, publish_translated

from . import demo_content as content
from .models import CampaignIndexPage, CampaignPage


def _campaign_fields(spec, code):
    text = spec["text"][code]
    fields = {
        "title": text["title"],
        "demand": text["demand"],
        "status": CampaignPage.OPEN,
        "featured": spec["featured"],
        "signature_goal": spec["goal"],
        "body": [("paragraph", f"<p>{escape(paragraph)}</p>") for paragraph in text["body"]],
        "actions": [
            ("petition", {"heading": "", "intro": text["petition"]}),
            (
                "letter",
                {
                    "heading": "",
                    "recipient": text["recipient"],
                    "recipient_email": "",
                    "subject": text["subject"],
                    "text": text["letter"],
                },
            ),
            ("share", {"heading": "", "message": text["share"]}),
        ],
    }
    if code != "en":
        fields["slug"] = spec["slug"]
    return fields


def load(context) -> None:
    indexes = publish_translated(
        context.homes,
        CampaignIndexPage,
        "campaigns",
        {code: dict(text) for code, text in content.INDEX.items()},
    )
    context.indexes["campaigns"] = indexes
    add_navigation_item("campaigns", indexes, 30)
    for spec in content.CAMPAIGNS:
        publish_translated(
            indexes,
            CampaignPage,
            spec["slug"],
            {code: _campaign_fields(spec, code) for code in spec["text"]},
        )
    context.write(
        f"Campaigns: index and {len(content.CAMPAIGNS)} campaigns in {len(indexes)} languages"
    )
