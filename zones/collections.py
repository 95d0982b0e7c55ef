"""Where the portal's files live. Each zone has a collection named after it, whose files
only that zone's editors (and the moderators) may change; "Wspólne" holds the site-wide
files every editor may choose but only moderators change. The root collection holds no
files: everything in it is sorted into one of the others (see `sort_root_files`)."""

from django.contrib.contenttypes.models import ContentType
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, ReferenceIndex

from zones.models import ZonePage

SHARED_COLLECTION_NAME = "Wspólne"


def file_models():
    return [get_document_model(), get_image_model()]


def _collection_under_root(name):
    root = Collection.get_first_root_node()
    return root.get_children().filter(name=name).first() or root.add_child(name=name)


def shared_collection():
    return _collection_under_root(SHARED_COLLECTION_NAME)


def zone_collection(source_zone):
    """The collection of a zone (its default-language page), named like the zone's group."""
    return _collection_under_root(source_zone.title)


def source_zone(zone):
    return zone.get_translation_or_none(zone.locale.get_default()) or zone


def _zone_of_pages(page_ids):
    """Maps each page id to the default-language zone it lies in (None outside zones)."""
    zones = [(zone.path, source_zone(zone)) for zone in ZonePage.objects.all()]
    return {
        page_id: next((source for path, source in zones if page_path.startswith(path)), None)
        for page_id, page_path in Page.objects.filter(pk__in=page_ids).values_list("pk", "path")
    }


def sort_root_files():
    """Moves every file of the root collection to where it belongs: a file used only by one
    zone's pages (in any language) into that zone's collection, any other into "Wspólne".
    Uses are read from Wagtail's reference index, the same record the admin's "usage" shows.
    Files land in the root when they predate zone collections or a superuser uploads there."""
    root = Collection.get_first_root_node()
    page_type = ContentType.objects.get_for_model(Page)
    for model in file_models():
        files = model.objects.filter(collection=root)
        if not files.exists():
            continue
        uses = list(
            ReferenceIndex.get_references_to_in_bulk(files).values_list(
                "to_object_id", "base_content_type_id", "object_id"
            )
        )
        zone_of_page = _zone_of_pages(
            [object_id for _file, source_type, object_id in uses if source_type == page_type.pk]
        )
        owners = {}
        for file_id, source_type, object_id in uses:
            zone = zone_of_page.get(int(object_id)) if source_type == page_type.pk else None
            owners.setdefault(int(file_id), set()).add(zone.pk if zone else None)
        zones = {zone.pk: zone for zone in zone_of_page.values() if zone}
        for file in files:
            owner = owners.get(file.pk, {None})
            only_zone = zones[next(iter(owner))] if len(owner) == 1 and None not in owner else None
            file.collection = zone_collection(only_zone) if only_zone else shared_collection()
            file.save(update_fields=["collection"])
