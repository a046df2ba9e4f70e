"""Blocks only news items use: a gallery and a link to a video. The rest come from
website.blocks, shared with every other page."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock

from website.blocks import BodyBlock


class GalleryImageBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Gallery image")


class GalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)
    images = blocks.ListBlock(GalleryImageBlock(), min_num=1, label=_("Images"))

    class Meta:
        icon = "image"
        template = "news/blocks/gallery.html"
        label = _("Gallery")


class VideoLinkBlock(blocks.StructBlock):
    """A video hosted elsewhere, shown as a plain link: no player, no third-party script or
    request until the reader chooses to follow it."""

    url = blocks.URLBlock(label=_("Video address"))
    title = blocks.CharBlock(label=_("Title of the video"), max_length=200)
    source = blocks.CharBlock(
        label=_("Source"),
        required=False,
        max_length=100,
        help_text=_("Who published it, for example a broadcaster."),
    )

    class Meta:
        icon = "media"
        template = "news/blocks/video_link.html"
        label = _("Video link")


class NewsBodyBlock(BodyBlock):
    """Paragraphs, headings, quotes, images and calls to action (from website.blocks), plus a
    gallery and a video link."""

    gallery = GalleryBlock()
    video = VideoLinkBlock()
