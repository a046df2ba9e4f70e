from .pages import CampaignIndexPage, CampaignPage
from .signatures import Signature, SignatureTally

__all__ = ["CampaignIndexPage", "CampaignPage", "Signature", "SignatureTally"]
