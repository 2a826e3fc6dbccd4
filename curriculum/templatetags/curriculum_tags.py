from __future__ import annotations

import dataclasses
from typing import Any

from django import template
from django.db.models import Model
from django.template.base import FilterExpression, NodeList, Parser, Token
from django.utils.safestring import SafeString

from ancient_compute.lib.languages import language_statuses
from curriculum.content_cache import remembered
from curriculum.rendering import Rendered, markdown_render

register = template.Library()

# The context variable in which a course page gives the content version read before its objects.
VERSION_VARIABLE = "content_version"


@register.filter
def markdown(text: str) -> SafeString:
    """Author Markdown as sanitised HTML (the same renderer as lessons)."""
    return markdown_render(text).html


@register.filter
def markdown_rendered(text: str) -> Rendered:
    """Author Markdown rendered, with its table of contents (`.html`, `.toc`)."""
    return markdown_render(text)


def _key_of(name: str, value: Any) -> Any:
    if isinstance(value, Model):
        return (value._meta.label, value.pk)
    frozen = dataclasses.is_dataclass(value) and value.__dataclass_params__.frozen  # type: ignore[union-attr]
    if value is None or isinstance(value, (str, int, float, bool)) or frozen:
        return value
    raise template.TemplateSyntaxError(
        f"keptfragment: '{name}' is a {type(value).__name__}: give a model, a string, a number or a frozen "
        "dataclass"
    )


def _languages(context: template.Context) -> tuple[tuple[str, bool, str], ...]:
    """Whether each language's programs can run, which rendered Markdown and the workspace show: part of
    every fragment's key, found once per page (in the render's bottom layer)."""
    bottom = context.dicts[0]
    if _LANGUAGES not in bottom:
        bottom[_LANGUAGES] = tuple((s.key, s.available, s.error) for s in language_statuses())
    return bottom[_LANGUAGES]


_LANGUAGES = "_kept_fragment_languages"


class KeptFragmentNode(template.Node):
    def __init__(self, name: str, values: dict[str, FilterExpression], nodelist: NodeList) -> None:
        self.name = name
        self.values = values
        self.nodelist = nodelist

    def render(self, context: template.Context) -> SafeString:
        values = {name: value.resolve(context) for name, value in self.values.items()}

        def render_block() -> SafeString:
            # Only the values named are seen inside: a user, the request, a CSRF token are not there to
            # leak. The context for them is made only when the block is rendered (not for a kept one).
            return SafeString(self.nodelist.render(context.new(values)))

        user = getattr(getattr(context, "request", None), "user", None)
        # The version the view read before the page's objects (views.py): a page without one, or staff
        # (who see drafts, never kept: as content_cache's reads), render the block every time.
        read_at = context.get(VERSION_VARIABLE)
        if user is None or user.is_staff or read_at is None:
            return render_block()
        key = ("fragment", self.name, _languages(context), *((n, _key_of(n, v)) for n, v in values.items()))
        return remembered(key, render_block, read_at=read_at)


@register.tag
def keptfragment(parser: Parser, token: Token) -> KeptFragmentNode:
    """`{% keptfragment "name" lesson=lesson level=sub_level %}...{% endkeptfragment %}`: the block is
    rendered once per content version for each set of values (a model counts by its primary key) and
    kept in the process (curriculum/content_cache.py), for everyone but staff, on a page whose context
    has the version read before its objects (`content_version`). Inside, only the values named exist, so
    a part that differs by user cannot be kept by mistake: it renders empty there."""
    bits = token.split_contents()
    if len(bits) < 2 or bits[1][0] not in "\"'" or bits[1][-1] != bits[1][0]:
        raise template.TemplateSyntaxError("keptfragment takes a quoted name, then name=value pairs")
    values = template.base.token_kwargs(bits[2:], parser, support_legacy=False)
    if len(values) != len(bits) - 2:
        raise template.TemplateSyntaxError("keptfragment: after its name, only name=value pairs")
    nodelist = parser.parse(("endkeptfragment",))
    parser.delete_first_token()
    return KeptFragmentNode(bits[1][1:-1], values, nodelist)
