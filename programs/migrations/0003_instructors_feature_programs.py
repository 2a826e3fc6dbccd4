"""Instructors feature programs in lessons: the Instructors group (accounts 0002) may edit FeaturedProgram."""

from django.db import migrations

GROUP_NAME = "Instructors"
CODENAMES = [f"{action}_featuredprogram" for action in ("view", "add", "change", "delete")]


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions
    from django.contrib.contenttypes.management import create_contenttypes

    # Permissions are normally made after all migrations (post_migrate); make this app's now.
    app_config = apps.get_app_config("programs")
    app_config.models_module = True
    create_contenttypes(app_config, verbosity=0, apps=apps)
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP_NAME)
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="programs", codename__in=CODENAMES)
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=GROUP_NAME).first()
    if group is not None:
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="programs", codename__in=CODENAMES)
        )


class Migration(migrations.Migration):
    dependencies = [("programs", "0002_search_index"), ("accounts", "0002_instructors_group")]

    operations = [migrations.RunPython(grant, revoke)]
