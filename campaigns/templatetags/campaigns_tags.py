"""Campaign parts that other pages show: the featured campaign and calls to action."""

from django import template

register = template.Library()


@register.inclusion_tag("campaigns/components/featured_campaign.html", takes_context=True)
def featured_campaign(context):
    # Filled by the campaigns issue; until then the home page slot stays empty.
    return {"campaign": None}


@register.inclusion_tag("campaigns/components/call_to_action.html", takes_context=True)
def call_to_action(context, campaign):
    return {"campaign": campaign}
