"""One place that knows every kind of personal data the site keeps about the public
(tribute senders, memorial requesters, petition signers), so that the retention and erasure
commands cover all of them without `website` importing the apps.

Each app declares its sources in a `personal_data` module:

    from website.personal_data import PersonalDataSource, register

    @register
    class TributeSenders(PersonalDataSource):
        label = "tribute senders"
        def expire(self, now): ...   # delete what is past its retention period; return count
        def erase(self, email): ...  # delete everything held about this address; return count
"""

from datetime import datetime

from django.utils.module_loading import autodiscover_modules

_sources: list["PersonalDataSource"] = []


class PersonalDataSource:
    label = ""

    def expire(self, now: datetime) -> int:
        raise NotImplementedError

    def erase(self, email: str) -> int:
        raise NotImplementedError


def register(source_class: type[PersonalDataSource]) -> type[PersonalDataSource]:
    if not any(type(source) is source_class for source in _sources):
        _sources.append(source_class())
    return source_class


def sources() -> list[PersonalDataSource]:
    autodiscover_modules("personal_data")
    return list(_sources)
