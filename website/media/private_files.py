"""Private files reach an authorised editor only through ``/private-files/<reference>/``.

Each kind of private file is registered once, with the permission needed to fetch it::

    register_private_file("memorial.ConsentRecord", "document", "memorial.manage_consent")

``private_file_url(instance.document)`` then gives a link to the view in
``website.media.views``. The reference in the link is signed and names the model, the row,
the field and the file, so that it cannot be forged or pointed at another file; the view
checks the permission again on every fetch, logs who fetched what in Wagtail's audit log,
and then redirects to a signed storage URL that expires within minutes (S3) or streams the
file itself (local folders, where a private file has no URL at all).
"""

from dataclasses import dataclass

from django.apps import apps
from django.core import signing
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse

_SALT = "website.media.private_files"
FETCH_ACTION = "website_media.private_file_fetched"


@dataclass(frozen=True)
class PrivateFileKind:
    model_label: str  # "app_label.modelname", lower case
    field_name: str
    permission: str  # "app_label.codename"


_registry: dict[tuple[str, str], PrivateFileKind] = {}


def _label(model_or_label) -> str:
    if isinstance(model_or_label, str):
        return model_or_label.lower()
    return model_or_label._meta.label_lower


def register_private_file(model, field_name: str, permission: str) -> PrivateFileKind:
    """Declare that ``model.field_name`` holds private files that users with ``permission``
    may fetch. ``model`` is a model class or an ``"app_label.ModelName"`` string."""
    if "." not in permission:
        raise ImproperlyConfigured(
            f"Permission {permission!r} must be written as 'app_label.codename'."
        )
    kind = PrivateFileKind(_label(model), field_name, permission)
    _registry[(kind.model_label, field_name)] = kind
    return kind


def get_kind(model_label: str, field_name: str) -> PrivateFileKind | None:
    return _registry.get((model_label.lower(), field_name))


def make_reference(field_file) -> str:
    instance = field_file.instance
    field_name = field_file.field.name
    label = instance._meta.label_lower
    if get_kind(label, field_name) is None:
        raise ImproperlyConfigured(
            f"{label}.{field_name} is not registered as a private file: call "
            "website.media.private_files.register_private_file() for it."
        )
    return signing.dumps(
        {"m": label, "pk": str(instance.pk), "f": field_name, "n": field_file.name},
        salt=_SALT,
        compress=True,
    )


@dataclass(frozen=True)
class Reference:
    kind: PrivateFileKind
    pk: str
    name: str


def read_reference(reference: str) -> Reference | None:
    """The file a reference names, or None when it is forged, damaged or unregistered."""
    try:
        data = signing.loads(reference, salt=_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict):
        return None
    kind = get_kind(str(data.get("m", "")), str(data.get("f", "")))
    if kind is None:
        return None
    return Reference(kind=kind, pk=str(data.get("pk", "")), name=str(data.get("n", "")))


def load_file(reference: Reference):
    """The field file the reference names, if its row still exists and still holds that file
    (a replaced or deleted file is never served under an old link)."""
    try:
        model = apps.get_model(reference.kind.model_label)
    except LookupError:
        return None
    instance = model._default_manager.filter(pk=reference.pk).first()
    if instance is None:
        return None
    field_file = getattr(instance, reference.kind.field_name, None)
    if not field_file or field_file.name != reference.name:
        return None
    return field_file


def private_file_url(field_file) -> str:
    """The link an editor follows to fetch a private file, or "" when the field is empty.

    Never a storage URL: whoever follows it goes through the permission check and the log.
    """
    if not field_file:
        return ""
    return reverse("private_file", kwargs={"reference": make_reference(field_file)})
