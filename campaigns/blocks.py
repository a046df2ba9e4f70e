"""The calls to action a campaign offers: sign, write, share, act elsewhere.

Editors write the text of each in every language (wagtail-localize translates the blocks
like the rest of the page); the petition's count is not in the blocks but in the
campaign's `SignatureTally`, shared by every translation."""

from urllib.parse import quote

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from website.sharing import share_links  # noqa: F401  (the share block's links)


class PetitionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        label=_("Heading"), required=False, help_text=_("Leave empty for “Sign the petition”.")
    )
    intro = blocks.TextBlock(label=_("Introduction"), required=False)

    class Meta:
        icon = "form"
        template = "campaigns/blocks/petition.html"
        label = _("Petition")


class LetterBlock(blocks.StructBlock):
    """A letter visitors copy or open in their own mail program. The site sends nothing."""

    heading = blocks.CharBlock(
        label=_("Heading"), required=False, help_text=_("Leave empty for “Write to …”.")
    )
    recipient = blocks.CharBlock(
        label=_("Recipient"), help_text=_("Who the letter is for, e.g. a minister's office.")
    )
    recipient_email = blocks.EmailBlock(label=_("Recipient's e-mail address"), required=False)
    subject = blocks.CharBlock(label=_("Subject"))
    text = blocks.TextBlock(label=_("Letter"))

    class Meta:
        icon = "mail"
        template = "campaigns/blocks/letter.html"
        label = _("Letter to a decision-maker")


class ShareBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        label=_("Heading"), required=False, help_text=_("Leave empty for “Share this campaign”.")
    )
    message = blocks.CharBlock(
        label=_("Message"),
        required=False,
        help_text=_("Put before the link in the shared text. Leave empty to use the demand."),
    )

    class Meta:
        icon = "link"
        template = "campaigns/blocks/share.html"
        label = _("Share links")


class ExternalActionBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Link text"), help_text=_("E.g. “Donate”."))
    url = blocks.URLBlock(label=_("Address"))
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "link-external"
        template = "campaigns/blocks/external.html"
        label = _("Donate or act elsewhere")


class CampaignActionsBlock(blocks.StreamBlock):
    petition = PetitionBlock()
    letter = LetterBlock()
    share = ShareBlock()
    external = ExternalActionBlock()

    class Meta:
        block_counts = {"petition": {"max_num": 1}}


def mailto_link(address: str, subject: str, body: str) -> str:
    """A mailto: URL with the subject and body percent-encoded (RFC 6068: spaces as %20,
    line breaks as %0D%0A), so that any mail program opens the letter as written."""
    body = body.replace("\r\n", "\n").replace("\n", "\r\n")
    query = f"subject={quote(subject, safe='')}&body={quote(body, safe='')}"
    return f"mailto:{quote(address or '', safe='@')}?{query}"
