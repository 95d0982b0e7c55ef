from django import template
from django.template.defaultfilters import filesizeformat
from django.utils.html import format_html

register = template.Library()


def describe_file(document):
    """ "PDF, 1,2 MB": format and size, so nobody opens a large file by surprise."""
    size = document.get_file_size()
    extension = document.file_extension.upper()
    return f"{extension}, {filesizeformat(size)}" if size else extension


@register.simple_tag
def document_link(document, label=None, language=None):
    language_attr = format_html(' hreflang="{0}" lang="{0}"', language) if language else ""
    return format_html(
        '<a href="{}"{}>{}</a> <span class="file-info">({})</span>',
        document.url,
        language_attr,
        label or document.title,
        describe_file(document),
    )
