"""Models of the memorial app, one module per concern. Everything is re-exported here."""

from .consent import ConsentDocument, ConsentRecord
from .dates import ApproximateDate
from .index import MemorialIndexPage
from .memorial_page import ConsentRequired, MemorialPage, Shown
from .person import Person
from .places import FacilityType, Governorate, PlaceOfDetention
from .workflow import ConsentVerifiedTask

__all__ = [
    "ApproximateDate",
    "ConsentDocument",
    "ConsentRecord",
    "ConsentRequired",
    "ConsentVerifiedTask",
    "FacilityType",
    "Governorate",
    "MemorialIndexPage",
    "MemorialPage",
    "PlaceOfDetention",
    "Person",
    "Shown",
]
