"""The Instructors group: exactly the admin permissions needed to author the course, nothing over users."""

from django.db import migrations

GROUP_NAME = "Instructors"
AUTHORED_MODELS = ["module", "lesson", "exercise", "testcase", "hint"]
ACTIONS = ["view", "add", "change", "delete"]


def create_group(apps, schema_editor):
    from django.contrib.auth.management import create_permissions
    from django.contrib.contenttypes.management import create_contenttypes

    # Permissions are normally made after all migrations (post_migrate); make the course's now.
    app_config = apps.get_app_config("curriculum")
    app_config.models_module = True
    create_contenttypes(app_config, verbosity=0, apps=apps)
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP_NAME)
    codenames = [f"{action}_{model}" for model in AUTHORED_MODELS for action in ACTIONS]
    permissions = Permission.objects.filter(content_type__app_label="curriculum", codename__in=codenames)
    group.permissions.set(permissions)


def delete_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("curriculum", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_group, delete_group)]
