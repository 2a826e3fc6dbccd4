"""Parsing what the pages post. The rules (title, language, source, tags) are the services'."""

from __future__ import annotations

from django import forms

from execution.forms import language_choices
from programs.models import TITLE_MAX


class ProgramForm(forms.Form):
    title = forms.CharField(max_length=TITLE_MAX)
    language = forms.ChoiceField(choices=language_choices)
    source = forms.CharField(strip=False, widget=forms.Textarea)
    description = forms.CharField(required=False, widget=forms.Textarea)
    tags = forms.CharField(required=False, help_text="Words separated by commas or spaces.")
    is_public = forms.BooleanField(required=False, label="Public: listed in the gallery for anyone")
    run = forms.UUIDField(required=False, widget=forms.HiddenInput)


class ProgramEditForm(ProgramForm):
    """The language is the program's for good: the edit form shows it and does not take it."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        del self.fields["language"]
        del self.fields["run"]


class DraftForm(forms.Form):
    """What a Save button posts: the playground's program, or one of the user's runs."""

    language = forms.CharField(required=False)
    source = forms.CharField(required=False, strip=False)
    run = forms.UUIDField(required=False)
