"""The admin roles: Wagtail groups, each with exactly the permissions its work needs.
docs/roles.md explains them for people; this module is what the data migrations apply
(`apply_roles(apps)`), and what keeps translators tied to their language's page tree as
locale root pages are created (`grant_translator_pages`, from a post_save signal).

Applying is idempotent and exact: a role group ends with the permissions listed here and no
others (Wagtail's own first migration gives its "Editors" and "Moderators" groups a broad
default set; this replaces it). A change of role is a new migration calling `apply_roles`."""

from dataclasses import dataclass

PAGE_ACTIONS_ALL = ("add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page",
                    "unlock_page")  # fmt: skip
MEDIA_ACTIONS_ALL = (
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtailimages.delete_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
    "wagtaildocs.delete_document",
)
ACCESS_ADMIN = "wagtailadmin.access_admin"
AUDIT_LOG_MODELS = ("modellogentry", "pagelogentry")

# Content languages that get a translators' group. Fixed here (not read from settings) so
# that the migration gives the same result everywhere.
TRANSLATION_LANGUAGES = ("ar", "en", "fr", "de")
TRANSLATORS = "Translators ({language})"

EDITORS = "Editors"
CONSENT_OFFICERS = "Consent officers"
MODERATORS = "Moderators"
ADMINISTRATORS = "Administrators"


@dataclass(frozen=True)
class Role:
    name: str
    permissions: tuple[str, ...] = ()  # "app_label.codename"; ALL means every permission
    root_page_actions: tuple[str, ...] = ()  # page permissions on the tree's root page
    root_collection_actions: tuple[str, ...] = ()  # media permissions on the root collection
    locale_root_actions: tuple[str, ...] = ()  # page permissions on one locale's root page
    language: str | None = None
    all_permissions: bool = False


ROLES = [
    Role(
        EDITORS,
        permissions=(
            ACCESS_ADMIN,
            "wagtail_localize.submit_translation",
            "news.add_organisation",
            "news.change_organisation",
            "news.view_organisation",
            "memorial.add_placeofdetention",
            "memorial.change_placeofdetention",
            "memorial.view_placeofdetention",
            "website.change_sitesettings",
            "website.view_sitesettings",
        ),
        # Publishing a memorial still needs an active consent (the model refuses otherwise);
        # editors send memorials to the "Family consent verified" task for that.
        root_page_actions=("add_page", "change_page", "publish_page", "lock_page", "unlock_page"),
        root_collection_actions=MEDIA_ACTIONS_ALL,
    ),
    Role(
        CONSENT_OFFICERS,
        permissions=(
            ACCESS_ADMIN,
            # Consent records, their private documents, withdrawal, the workflow task's
            # approval (memorial.models.workflow checks this permission).
            "memorial.manage_consent",
            "memorial.add_consentrecord",
            "memorial.change_consentrecord",
            "memorial.view_consentrecord",
            "memorial.add_consentdocument",
            "memorial.change_consentdocument",
            "memorial.view_consentdocument",
            "memorial.add_person",
            "memorial.change_person",
            "memorial.view_person",
        ),
    ),
    Role(
        MODERATORS,
        permissions=(
            ACCESS_ADMIN,
            "memorial.view_tribute",
            "memorial.change_tribute",
            "memorial.view_memorialrequest",
            "memorial.change_memorialrequest",
            "campaigns.view_signature",
            "campaigns.export_signatures",
        ),
    ),
    *(
        Role(
            TRANSLATORS.format(language=language),
            permissions=(ACCESS_ADMIN,),
            # Editing a translation in wagtail-localize's editor needs "change" on the
            # translated page: given on this language's tree only. No "publish" (a
            # translation never goes live by itself) and no "submit_translation" (which
            # would create pages in any language).
            locale_root_actions=("change_page",),
            root_collection_actions=("wagtailimages.choose_image", "wagtaildocs.choose_document"),
            language=language,
        )
        for language in TRANSLATION_LANGUAGES
    ),
    Role(
        ADMINISTRATORS,
        all_permissions=True,
        root_page_actions=PAGE_ACTIONS_ALL,
        root_collection_actions=MEDIA_ACTIONS_ALL,
    ),
]


def _permission(apps, dotted):
    Permission = apps.get_model("auth", "Permission")
    app_label, codename = dotted.split(".", 1)
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _page_permission(apps, codename):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)


def apply_roles(apps):
    """Create or update every role group so that it holds exactly its permissions."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()
    for role in ROLES:
        group, _ = Group.objects.get_or_create(name=role.name)
        if role.all_permissions:
            # Everything, except changing the audit log: it is a record, not content.
            group.permissions.set(
                Permission.objects.exclude(
                    content_type__app_label="wagtailcore",
                    content_type__model__in=AUDIT_LOG_MODELS,
                    codename__regex=r"^(add|change|delete)_",
                )
            )
        else:
            group.permissions.set([_permission(apps, dotted) for dotted in role.permissions])

        GroupPagePermission.objects.filter(group=group).delete()
        if root_page is not None:
            for codename in role.root_page_actions:
                GroupPagePermission.objects.create(
                    group=group, page=root_page, permission=_page_permission(apps, codename)
                )
        if role.locale_root_actions:
            for page in Page.objects.filter(depth=2, locale__language_code=role.language):
                for codename in role.locale_root_actions:
                    GroupPagePermission.objects.create(
                        group=group, page=page, permission=_page_permission(apps, codename)
                    )

        GroupCollectionPermission.objects.filter(group=group).delete()
        if root_collection is not None:
            for dotted in role.root_collection_actions:
                GroupCollectionPermission.objects.create(
                    group=group, collection=root_collection, permission=_permission(apps, dotted)
                )


def grant_translator_pages(page) -> None:
    """A new locale root page (a site's home in one language): its language's translators
    may change the pages under it. Called on every page save; cheap when it does nothing."""
    if page.depth != 2:
        return
    from django.apps import apps
    from django.contrib.auth.models import Group
    from wagtail.models import GroupPagePermission

    for role in ROLES:
        if role.language is None or role.language != page.locale.language_code:
            continue
        group = Group.objects.filter(name=role.name).first()
        if group is None:
            continue
        for codename in role.locale_root_actions:
            GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=_page_permission(apps, codename)
            )
