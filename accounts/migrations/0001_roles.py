"""The admin roles as Wagtail groups (see accounts/roles.py and docs/roles.md).

Written after the apps whose permissions the roles hold (memorial, campaigns, news, website),
so it depends on their latest migrations; permission rows that Django would only create
after all migrations have run are created here first."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

# Wagtail's first migration creates a "Moderators approval" task on the whole tree, for its
# own idea of moderators. Our Moderators handle tributes, requests and signatures only, so
# that task goes to editors and administrators instead.
DEFAULT_TASK = "Moderators approval"
EDITORIAL_TASK = "Editorial approval"


def create_all_permissions(apps):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def apply(apps, schema_editor):
    from accounts.roles import ADMINISTRATORS, EDITORS, apply_roles

    create_all_permissions(apps)
    apply_roles(apps)

    Group = apps.get_model("auth", "Group")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    for task in GroupApprovalTask.objects.filter(name=DEFAULT_TASK):
        task.name = EDITORIAL_TASK
        task.save(update_fields=["name"])
        task.groups.set(Group.objects.filter(name__in=[EDITORS, ADMINISTRATORS]))
    Workflow.objects.filter(name=DEFAULT_TASK).update(name=EDITORIAL_TASK)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("website", "0002_locales"),
        ("memorial", "0005_name_search_index"),
        ("news", "0003_related_memorials"),
        ("campaigns", "0002_campaign_state_actions_signatures"),
    ]

    operations = [migrations.RunPython(apply, migrations.RunPython.noop)]
