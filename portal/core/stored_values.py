"""Renaming the stored values of a choice field in data migrations, everywhere a copy of the
value is kept: the rows, the page revisions (so reverting to an old revision does not bring an
old value back) and wagtail-localize's translation sources (so syncing a translation does not
either; wagtail-localize keeps no segments or overrides of choice fields). Uses only the
migration's historical models."""

import json


def rename_values(apps, app_label, model_name, field_name, renames):
    """Rewrites `field_name` of `app_label.model_name` from each old value to its new one."""
    model = apps.get_model(app_label, model_name)
    for old, new in renames.items():
        model.objects.filter(**{field_name: old}).update(**{field_name: new})
    content_type_id = (
        apps.get_model("contenttypes", "ContentType")
        .objects.filter(app_label=app_label, model=model_name.lower())
        .values_list("pk", flat=True)
        .first()
    )
    if content_type_id is None:
        return  # a fresh database: nothing was saved with the old values
    _rename_in_revisions(apps, content_type_id, field_name, renames)
    _rename_in_translation_sources(apps, content_type_id, field_name, renames)


def _rename_in_revisions(apps, content_type_id, field_name, renames):
    revisions = apps.get_model("wagtailcore", "Revision").objects.filter(
        content_type_id=content_type_id
    )
    for revision in revisions.only("content").iterator():
        if revision.content.get(field_name) in renames:
            revision.content[field_name] = renames[revision.content[field_name]]
            revision.save(update_fields=["content"])


def _rename_in_translation_sources(apps, content_type_id, field_name, renames):
    sources = apps.get_model("wagtail_localize", "TranslationSource").objects.filter(
        specific_content_type_id=content_type_id
    )
    for source in sources.only("content_json").iterator():
        content = json.loads(source.content_json)
        if content.get(field_name) in renames:
            content[field_name] = renames[content[field_name]]
            source.content_json = json.dumps(content)
            source.save(update_fields=["content_json"])
