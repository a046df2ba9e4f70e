"""Models of the memorial app, one module per concern. Everything is re-exported here."""

from .consent import ConsentDocument, ConsentRecord
from .dates import ApproximateDate
from .index import MemorialIndexPage
from .listing import ListingEntry
from .memorial_page import (
    ConsentRequired,
    MemorialPage,
    Shown,
    neutral_slug,
)
from .memorial_request import MemorialRequest
from .person import Person
from .places import FacilityType, Governorate, PlaceOfDetention
from .tribute import Tribute
from .workflow import ConsentVerifiedTask

__all__ = [
    "ApproximateDate",
    "ConsentDocument",
    "ConsentRecord",
    "ConsentRequired",
    "ConsentVerifiedTask",
    "FacilityType",
    "Governorate",
    "ListingEntry",
    "MemorialIndexPage",
    "MemorialPage",
    "MemorialRequest",
    "PlaceOfDetention",
    "Person",
    "Shown",
    "neutral_slug",
    "Tribute",
]
