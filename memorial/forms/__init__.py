"""Public forms of the memorial app: tributes and memorial requests."""

from .memorial_request import MemorialRequestForm
from .tribute import TributeForm

__all__ = ["MemorialRequestForm", "TributeForm"]
