"""Markdown to safe HTML for lessons, statements and hints: one renderer for the site and the admin preview.

The author's Markdown is rendered and then sanitised with nh3, so raw HTML in content cannot inject script.
Fenced code is taken out before rendering and put back afterwards as Pygments-highlighted HTML that this
module builds itself (Pygments escapes the code). A block in a language of compilers.registry is
highlighted with that language's Pygments lexer and labelled with its name; when the language's programs
can run, the block also gets a plain "Run on the Engine" form that opens the playground in that language
with the code, which works without JavaScript. When they cannot (the compiler is still coming, or failed
to load), the block says so instead: no button that offers what does not work.

Rendering is done once per content version: the result is kept in the process, keyed by a hash of the
text and of everything else the HTML depends on (whether blocks are runnable, the playground's address,
each language's availability), so a page renders its lessons' Markdown and highlighting only the first
time it is served, and again only when the text or a language's state changes.
"""

from __future__ import annotations

import hashlib
import html as html_lib
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass, field

import markdown
import nh3
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexer import Lexer
from pygments.lexers import TextLexer, get_lexer_by_name
from pygments.util import ClassNotFound

from ancient_compute.lib.languages import LanguageStatus, language_statuses

_FENCE = re.compile(
    r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^\n`]*)\n"
    r"(?P<code>.*?)\n?(?P=indent)(?P=fence)[ \t]*$",
    re.MULTILINE | re.DOTALL,
)
_PLACEHOLDER = "ACCODEBLOCK{}X"

_ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "details", "div", "dl",
    "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd",
    "li", "mark", "ol", "p", "pre", "q", "s", "samp", "small", "span", "strong", "sub", "summary", "sup",
    "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul", "var",
}  # fmt: skip
_ALLOWED_ATTRIBUTES = {
    "*": {"title", "lang"},
    "a": {"href"},
    "abbr": {"title"},
    "img": {"src", "alt", "width", "height"},
    "th": {"scope", "colspan", "rowspan", "align"},
    "td": {"colspan", "rowspan", "align"},
    "ol": {"start"},
    "h2": {"id"},
    "h3": {"id"},
    "h4": {"id"},
    "code": {"class"},
}


@dataclass(frozen=True)
class TocEntry:
    id: str
    title: str


@dataclass(frozen=True)
class Rendered:
    html: SafeString
    toc: list[TocEntry] = field(default_factory=list)


def _lexer_for(language: str, status: LanguageStatus | None) -> Lexer:
    # A registry language has its own lexer name; any other info string ("text", "fortran") is tried as
    # a Pygments name of its own.
    name = status.language.pygments if status is not None else language
    try:
        return get_lexer_by_name(name) if name else TextLexer()
    except ClassNotFound:
        return TextLexer()


def _playground_url() -> str | None:
    try:
        return reverse("execution:playground")
    except NoReverseMatch:  # the execution app is not wired in: show the code without the form
        return None


def _code_block_html(
    language: str, code: str, status: LanguageStatus | None, playground_url: str | None
) -> str:
    highlighted = highlight(code, _lexer_for(language, status), HtmlFormatter(nowrap=True))
    pre = format_html(
        '<pre class="highlight"{}><code>{}</code></pre>',
        format_html(' data-language="{}"', language) if language else "",
        mark_safe(highlighted),  # Pygments escapes the code it formats
    )
    if status is None:  # not a language of the site ("text", "fortran"): code to read
        return format_html('<div class="code-block">{}</div>', pre)
    if not status.available:
        return format_html(
            '<div class="code-block code-block-unavailable">'
            '<div class="code-block-label">{}</div>{}<p class="code-block-note">{}</p></div>',
            status.name,
            pre,
            status.reason,
        )
    if playground_url is None:  # the admin's preview, or the execution app is not wired in
        return format_html(
            '<div class="code-block"><div class="code-block-label">{}</div>{}</div>', status.name, pre
        )
    return format_html(
        '<div class="code-block code-block-runnable">'
        '<div class="code-block-label">{}</div>{}'
        '<form class="run-form" method="get" action="{}">'
        '<input type="hidden" name="language" value="{}">'
        '<input type="hidden" name="source" value="{}">'
        '<button type="submit" class="button button-small">Run on the Engine'
        '<span class="visually-hidden"> ({} example)</span></button>'
        "</form></div>",
        status.name,
        pre,
        playground_url,
        status.key,
        code,
        status.name,
    )


# Renderings kept per process (see the module's docstring); the least recently used go first.
RENDER_CACHE_SIZE = 2048
_rendered: OrderedDict[str, Rendered] = OrderedDict()
_rendered_lock = threading.Lock()


def markdown_render(text: str, *, runnable: bool = True) -> Rendered:
    """Render author Markdown to sanitised HTML with highlighted code and the `##` table of contents,
    once per content version (kept by hash; see the module's docstring).

    `runnable=False` leaves out the run forms: the admin's preview sits inside the admin's own form, and
    a form cannot nest in another (its button would submit the admin form instead).
    """
    statuses = {status.key: status for status in language_statuses()}
    playground_url = _playground_url() if runnable else None
    languages = (f"{s.key}:{s.available}:{s.reason}" for s in statuses.values())
    key = hashlib.sha256(
        "\x00".join([text or "", str(runnable), playground_url or "", *languages]).encode()
    ).hexdigest()
    with _rendered_lock:
        rendered = _rendered.get(key)
        if rendered is not None:
            _rendered.move_to_end(key)
            return rendered
    rendered = _render(text, statuses, playground_url)
    with _rendered_lock:
        _rendered[key] = rendered
        while len(_rendered) > RENDER_CACHE_SIZE:
            _rendered.popitem(last=False)
    return rendered


def _render(text: str, statuses: dict[str, LanguageStatus], playground_url: str | None) -> Rendered:
    blocks: list[tuple[str, str]] = []

    def take_block(match: re.Match[str]) -> str:
        info = match.group("info").strip().split()
        language = info[0].lower() if info else ""
        indent = match.group("indent")
        code = "\n".join(
            line[len(indent) :] if line.startswith(indent) else line
            for line in match.group("code").split("\n")
        )
        blocks.append((language, code))
        return f"\n{indent}{_PLACEHOLDER.format(len(blocks) - 1)}\n"

    source = _FENCE.sub(take_block, text or "")
    md = markdown.Markdown(extensions=["tables", "sane_lists", "toc"], output_format="html")
    html = md.convert(source)
    html = nh3.clean(
        html,
        tags=_ALLOWED_TAGS,
        attributes=_ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    )
    for index, (language, code) in enumerate(blocks):
        token = _PLACEHOLDER.format(index)
        block = _code_block_html(language, code, statuses.get(language), playground_url)
        html = html.replace(f"<p>{token}</p>", block).replace(token, block)
    toc = [
        TocEntry(id=token["id"], title=html_lib.unescape(token["name"]))
        for token in _flatten(getattr(md, "toc_tokens", []))
        if token["level"] == 2
    ]
    return Rendered(html=mark_safe(html), toc=toc)  # sanitised above; code blocks escaped by Pygments


def _flatten(tokens: list[dict]) -> list[dict]:
    flat: list[dict] = []
    for token in tokens:
        flat.append(token)
        flat.extend(_flatten(token.get("children", [])))
    return flat
