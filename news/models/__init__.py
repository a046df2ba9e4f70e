"""News of the association: the index, news items and the organisations they met."""

from .organisations import Organisation
from .pages import NewsIndexPage, NewsPage, NewsPageCampaign, NewsPageMemorial, NewsPageOrganisation

__all__ = [
    "NewsIndexPage",
    "NewsPage",
    "NewsPageCampaign",
    "NewsPageMemorial",
    "NewsPageOrganisation",
    "Organisation",
]
