from __future__ import annotations

from django import forms

from compilers import registry

MAX_SOURCE_CHARS = 64 * 1024


def language_choices() -> list[tuple[str, str]]:
    return [(lang.key, lang.name) for lang in registry.available()]


class ExplorerForm(forms.Form):
    language = forms.ChoiceField(choices=language_choices)
    source = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 16, "spellcheck": "false", "class": "code-input"}),
        max_length=MAX_SOURCE_CHARS,
        strip=False,
    )
    optimise = forms.BooleanField(required=False, initial=True, label="Optimise (-O1)")
