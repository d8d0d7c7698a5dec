"""For migrations that move a model to another app without moving its table."""


def move_content_types(apps, old_app, new_app, model_names):
    """Give the content types of `model_names` (lower case) the new app label, so their permissions, the
    groups that hold them and everything else pointing at the content type follow the model.

    When the new app already has a content type of that name (made by an earlier `migrate` on a database
    where the old one also exists), the groups and users of the old permissions get the new ones and the old
    content type is deleted.
    """
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    for model in model_names:
        old = ContentType.objects.filter(app_label=old_app, model=model).first()
        if old is None:
            continue
        new = ContentType.objects.filter(app_label=new_app, model=model).first()
        if new is None:
            old.app_label = new_app
            old.save(update_fields=["app_label"])
            continue
        for permission in Permission.objects.filter(content_type=old):
            target = Permission.objects.filter(content_type=new, codename=permission.codename).first()
            if target is not None:
                target.group_set.add(*permission.group_set.all())
                target.user_set.add(*permission.user_set.all())
        old.delete()


def moves(old_app, new_app, model_names):
    """A RunPython pair for `move_content_types`, reversible."""

    def forwards(apps, schema_editor):
        move_content_types(apps, old_app, new_app, model_names)

    def backwards(apps, schema_editor):
        move_content_types(apps, new_app, old_app, model_names)

    return forwards, backwards
