"""StreamField blocks shared by every app's pages."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        form_classname = "title"
        template = "components/blocks/heading.html"
        label = _("Heading")


class QuoteBlock(blocks.StructBlock):
    """A quotation with its source. Only for words someone really said or wrote."""

    text = blocks.TextBlock(label=_("Quotation"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False)

    class Meta:
        icon = "openquote"
        template = "components/blocks/quote.html"
        label = _("Quote")


class CaptionedImageBlock(blocks.StructBlock):
    # ImageBlock asks the editor for alt text (or to mark the image decorative).
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False)

    class Meta:
        icon = "image"
        template = "components/blocks/captioned_image.html"
        label = _("Image with caption")


# The parts of a campaign a call to action can show (campaigns_tags.call_to_action).
CALL_TO_ACTION_PARTS = [
    ("petition", _("Petition and signature count")),
    ("letters", _("Letters to write")),
    ("elsewhere", _("Actions elsewhere (donate, other sites)")),
    ("share", _("Share links")),
]


class CallToActionBlock(blocks.StructBlock):
    """Points at a campaign; the campaigns app renders its current state and the actions the
    editor picked. The campaign is named as a string so that `website` does not import the
    campaigns app."""

    campaign = blocks.PageChooserBlock(page_type="campaigns.CampaignPage", label=_("Campaign"))
    show = blocks.MultipleChoiceBlock(
        choices=CALL_TO_ACTION_PARTS,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Show"),
        help_text=_("Leave every box unticked to show all the actions the campaign offers."),
    )

    class Meta:
        icon = "pick"
        template = "components/blocks/call_to_action.html"
        label = _("Call to action")


# The rich-text features of a paragraph, shared by every rich-text field of the site.
PARAGRAPH_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=PARAGRAPH_FEATURES,
        label=_("Paragraph"),
        template="components/blocks/paragraph.html",
    )
    quote = QuoteBlock()
    image = CaptionedImageBlock()
    call_to_action = CallToActionBlock()
