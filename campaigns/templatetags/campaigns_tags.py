"""Campaign parts that other pages show: the featured campaign on the home page, calls to
action in any page's body, and the pieces the campaign pages are built from."""

import itertools

from django import template
from wagtail.models import Locale

from campaigns.blocks import mailto_link, share_links
from campaigns.forms import SignatureForm
from campaigns.models import CampaignPage
from website.blocks import CALL_TO_ACTION_PARTS

register = template.Library()


def _next_form_number(context) -> int:
    """Each petition form on a page gets its own field ids (a campaign page and a call to
    action elsewhere on it may show the same form twice)."""
    request = context.get("request")
    if request is None:
        return 1
    if not hasattr(request, "_campaign_form_counter"):
        request._campaign_form_counter = itertools.count(1)
    return next(request._campaign_form_counter)


def _localized_campaign(campaign: CampaignPage | None) -> CampaignPage | None:
    """The chosen campaign in the visitor's language (`localized` falls back to the chosen
    page when there is no live translation); None when it is gone or unpublished. The
    block's chooser only offers campaign pages, so `campaign` is already a CampaignPage."""
    localized = campaign.localized if campaign else None
    return localized if localized and localized.live else None


@register.inclusion_tag("campaigns/components/featured_campaign.html", takes_context=True)
def featured_campaign(context):
    """The home page's campaign: the newest open featured one, else the newest open one."""
    candidates = (
        CampaignPage.objects.live()
        .open()
        .filter(locale=Locale.get_active())
        .order_by("-featured", "-first_published_at")
    )
    return {"campaign": candidates.first(), "request": context.get("request")}


@register.inclusion_tag("campaigns/components/call_to_action.html", takes_context=True)
def call_to_action(context, campaign, show=None):
    """The campaign's state and the parts the editor picked (`show`, names from
    website.blocks.CALL_TO_ACTION_PARTS); all of them when none was picked."""
    campaign = _localized_campaign(campaign)
    show = set(show or [name for name, _label in CALL_TO_ACTION_PARTS])
    actions = {"letters": [], "externals": [], "share": None, "petition": "petition" in show}
    if campaign is not None:
        for block in campaign.actions:
            if block.block_type == "letter" and "letters" in show:
                actions["letters"].append(block)
            elif block.block_type == "external" and "elsewhere" in show:
                actions["externals"].append(block.value)
            elif block.block_type == "share" and "share" in show and actions["share"] is None:
                actions["share"] = block.value
    return {
        "campaign": campaign,
        "request": context.get("request"),
        "csrf_token": context.get("csrf_token"),
        "number": _next_form_number(context),
        **actions,
    }


@register.inclusion_tag("campaigns/components/petition_form.html", takes_context=True)
def petition_form(context, campaign, form=None):
    """The signature form of a campaign, posting to its own never-cached URL."""
    number = _next_form_number(context)
    if form is None:
        form = SignatureForm(auto_id=f"sign-{campaign.pk}-{number}-%s")
    return {
        "campaign": campaign,
        "form": form,
        "number": number,
        "request": context.get("request"),
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("campaigns/components/progress.html")
def campaign_progress(campaign):
    return {"campaign": campaign}


@register.inclusion_tag("campaigns/components/share_links.html", takes_context=True)
def campaign_share_links(context, campaign, message=""):
    request = context.get("request")
    url = campaign.get_full_url(request)
    return {"links": share_links(url, campaign.title, message or campaign.demand)}


@register.simple_tag
def letter_mailto(letter) -> str:
    return mailto_link(letter["recipient_email"], letter["subject"], letter["text"])
