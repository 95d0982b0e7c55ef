"""Pages translated through wagtail-localize from text the portal already has in the other
language (the empty site's standard pages, the demo content), so the translations stay in
step with their source in the admin exactly as an editor's translation would."""

import json
import uuid
from collections import defaultdict

from wagtail.models import Page
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.segments import OverridableSegmentValue, StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

BLOCK_ID_NAMESPACE = uuid.UUID("6f1d3c52-4d1e-4c55-9a53-0c4b1f1e2a10")


def stable_block_id(*parts):
    """Block ids derived from the content's position, identical in every language, so the
    translated strings can be matched to the source's segments by path."""
    return str(uuid.uuid5(BLOCK_ID_NAMESPACE, "/".join(str(part) for part in parts)))


def translate_page(page, translated_copy, locale):
    """Publishes the translation of `page` into `locale`, its strings taken from
    `translated_copy`: an unsaved page of the same type and structure (same block ids)
    holding the text in that language, and the files or images of that language where they
    differ (wagtail-localize's overrides). Returns the translated page."""
    page = Page.objects.get(pk=page.pk).specific
    strings = defaultdict(list)
    overrides = {}
    for segment in extract_segments(translated_copy):
        if isinstance(segment, StringSegmentValue):
            strings[segment.path].append(segment.string.data)
        elif isinstance(segment, OverridableSegmentValue):
            overrides[segment.path] = json.dumps(segment.data)
    source, _created = TranslationSource.get_or_create_from_instance(page)
    seen = defaultdict(int)
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments.order_by("order"):
        path = segment.context.path
        position = seen[path]
        seen[path] += 1
        try:
            data = strings[path][position]
        except IndexError as error:
            raise ValueError(
                f"{page.title!r}: no {locale.language_code} text for {path} #{position}"
            ) from error
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": data},
        )
    for segment in OverridableSegment.objects.filter(source=source).select_related("context"):
        data = overrides.get(segment.context.path)
        if data is not None and data != segment.data_json:
            SegmentOverride.objects.update_or_create(
                locale=locale, context=segment.context, defaults={"data_json": data}
            )
    Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    # wagtail-localize would publish only when the transaction commits; publishing the draft
    # here keeps the tree consistent inside an outer transaction (tests) as well.
    source.create_or_update_translation(locale, publish=False)
    translation = page.get_translation(locale)
    translation.get_latest_revision().publish()
    return translation
