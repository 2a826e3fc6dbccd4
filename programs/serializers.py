"""The API's shapes for saved programs: input parsing and output rendering only (rules: services)."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from ancient_compute.lib.schema import LanguageKeyField
from programs.models import TAG_MAX, TAGS_PER_PROGRAM, TITLE_MAX, Program, ProgramVersion
from programs.selectors import DEFAULT_SORT, SORT_NAMES


def _tags_field(**kwargs: Any) -> serializers.ListField:
    return serializers.ListField(
        child=serializers.CharField(max_length=TAG_MAX),
        max_length=TAGS_PER_PROGRAM,
        help_text=f"Up to {TAGS_PER_PROGRAM} words of letters, digits and '-' (kept in lower case).",
        **kwargs,
    )


class ProgramCreateSerializer(serializers.Serializer):
    title = serializers.CharField(max_length=TITLE_MAX)
    language = LanguageKeyField(max_length=32)
    source = serializers.CharField(trim_whitespace=False)  # type: ignore[assignment]
    description = serializers.CharField(allow_blank=True, required=False, default="")
    tags = _tags_field(required=False, default=list)
    is_public = serializers.BooleanField(required=False, default=False)
    run_id = serializers.UUIDField(
        required=False, help_text="One of your runs, to save its program with its statistics."
    )


class ProgramUpdateSerializer(serializers.Serializer):
    """Every field optional (PATCH): only those given change. The language is the program's for good."""

    title = serializers.CharField(max_length=TITLE_MAX, required=False)
    source = serializers.CharField(trim_whitespace=False, required=False)  # type: ignore[assignment]
    description = serializers.CharField(allow_blank=True, required=False)
    tags = _tags_field(required=False)
    is_public = serializers.BooleanField(required=False)


class GalleryQuerySerializer(serializers.Serializer):
    q = serializers.CharField(required=False, default="", allow_blank=True, max_length=200)
    language = LanguageKeyField(required=False, default="", allow_blank=True)
    tag = serializers.CharField(required=False, default="", allow_blank=True, max_length=TAG_MAX)
    sort = serializers.ChoiceField(choices=list(SORT_NAMES), required=False, default=DEFAULT_SORT)
    mine = serializers.BooleanField(
        required=False,
        default=False,
        help_text="Your own programs, private ones too, instead of the gallery.",
    )


class LastRunSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    status = serializers.CharField()
    statistics = serializers.DictField(help_text="The Engine's statistics of the run (as on a run).")
    finished_at = serializers.DateTimeField(allow_null=True)


class ProgramSummarySerializer(serializers.ModelSerializer):
    owner = serializers.CharField(source="owner.public_name", read_only=True)
    tags = serializers.SerializerMethodField()
    star_count = serializers.IntegerField(read_only=True)
    starred = serializers.BooleanField(read_only=True, help_text="Whether you starred it.")
    forked_from: serializers.PrimaryKeyRelatedField[Program] = serializers.PrimaryKeyRelatedField(
        read_only=True, allow_null=True
    )
    language = LanguageKeyField()

    class Meta:
        model = Program
        fields = [
            "id",
            "title",
            "language",
            "description",
            "tags",
            "is_public",
            "owner",
            "forked_from",
            "star_count",
            "starred",
            "created_at",
            "updated_at",
        ]

    @extend_schema_field(serializers.ListField(child=serializers.CharField()))
    def get_tags(self, program: Program) -> list[str]:
        return [tag.name for tag in program.tags.all()]


class ProgramSerializer(ProgramSummarySerializer):
    source = serializers.CharField()  # type: ignore[assignment]
    version = serializers.SerializerMethodField()
    last_run = serializers.SerializerMethodField()

    class Meta(ProgramSummarySerializer.Meta):
        fields = [*ProgramSummarySerializer.Meta.fields, "source", "version", "last_run"]

    def get_version(self, program: Program) -> int:
        return max((v.number for v in program.versions.all()), default=0)

    @extend_schema_field(LastRunSerializer(allow_null=True))
    def get_last_run(self, program: Program) -> dict[str, Any] | None:
        run = program.last_run
        return LastRunSerializer(run).data if run is not None else None


class ProgramVersionSerializer(serializers.ModelSerializer):
    class Meta:
        model = ProgramVersion
        fields = ["number", "title", "description", "source", "created_at"]


class StarSerializer(serializers.Serializer):
    starred = serializers.BooleanField()
    star_count = serializers.IntegerField()
