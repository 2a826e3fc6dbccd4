from __future__ import annotations

from django import template
from django.utils.safestring import SafeString

from curriculum.rendering import markdown_render

register = template.Library()


@register.filter
def markdown(text: str) -> SafeString:
    """Author Markdown as sanitised HTML (the same renderer as lessons)."""
    return markdown_render(text).html
