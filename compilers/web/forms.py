from __future__ import annotations

from django import forms

from ancient_compute.lib.languages import language_status
from compilers import registry

MAX_SOURCE_CHARS = 64 * 1024


def language_choices() -> list[tuple[str, str]]:
    # Every language of the registry: one that cannot compile is refused with its reason in clean_language
    # (and the page lists it disabled), never with a bare "not a valid choice".
    return [(language.key, language.name) for language in registry.LANGUAGES]


class ExplorerForm(forms.Form):
    # The template renders the language select by hand, from the same statuses (templates/_language_options).
    language = forms.ChoiceField(choices=language_choices)
    source = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 16, "spellcheck": "false", "class": "code-input"}),
        max_length=MAX_SOURCE_CHARS,
        strip=False,
    )
    optimise = forms.BooleanField(required=False, initial=True, label="Optimise (-O1)")

    def clean_language(self) -> str:
        key: str = self.cleaned_data["language"]
        status = language_status(key)
        if status is not None and not status.available:
            raise forms.ValidationError(status.reason, code="language_unavailable")
        return key
