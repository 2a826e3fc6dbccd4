"""Parsing what the pages post. Validation of the program itself belongs to the services."""

from __future__ import annotations

from django import forms

from execution import toolchain


def language_choices() -> list[tuple[str, str]]:
    return [(lang.key, lang.name) for lang in toolchain.languages_available()]


class RunForm(forms.Form):
    # The templates render these fields by hand (the editor enhances the source textarea).
    language = forms.ChoiceField(choices=language_choices)
    source = forms.CharField(strip=False)
    stdin = forms.CharField(required=False, strip=False)
