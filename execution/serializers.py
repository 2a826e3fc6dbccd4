"""The API's shapes: input parsing and output rendering only; the rules are in the services."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from ancient_compute.lib.schema import LanguageKeyField
from execution.models import Run, Submission


class LanguageSerializer(serializers.Serializer):
    key = LanguageKeyField()
    name = serializers.CharField()
    extension = serializers.CharField()
    available = serializers.BooleanField()
    description = serializers.CharField()
    highlight = serializers.CharField(help_text="The editor's highlighting mode.")
    reason = serializers.CharField(
        allow_blank=True,
        help_text="Why its programs cannot run now (its compiler is coming, or failed to load); empty when "
        "they can.",
    )


class ProgramInputSerializer(serializers.Serializer):
    language = LanguageKeyField(max_length=32)
    # The stubs type Field.source (the attribute path) as str: a field named "source" shadows it legitimately.
    source = serializers.CharField(trim_whitespace=False, allow_blank=True)  # type: ignore[assignment]


class RunInputSerializer(ProgramInputSerializer):
    stdin = serializers.CharField(trim_whitespace=False, allow_blank=True, required=False, default="")
    max_steps = serializers.IntegerField(min_value=1, required=False, help_text="Capped by the server.")
    max_output = serializers.IntegerField(
        min_value=1, required=False, help_text="Bytes; capped by the server."
    )
    store_size = serializers.IntegerField(
        min_value=1,
        required=False,
        help_text="A fixed Store of this many columns; capped. Left out: a Store sized for the program, "
        "whose heap and stack grow up to the server's cap.",
    )


class SubmissionInputSerializer(serializers.Serializer):
    # The stubs type Field.source (the attribute path) as str: a field named "source" shadows it legitimately.
    source = serializers.CharField(trim_whitespace=False, allow_blank=True)  # type: ignore[assignment]


class RunSerializer(serializers.ModelSerializer):
    language = LanguageKeyField(read_only=True)
    statistics = serializers.JSONField()
    diagnostics = serializers.JSONField()
    line_map = serializers.JSONField(help_text="Source line -> indices of the cards compiled from it.")
    is_final = serializers.BooleanField(read_only=True)
    columns_used = serializers.SerializerMethodField(
        help_text="Store columns the run used: static data, the heap at its peak and the stack at its "
        "deepest (Babbage planned 1,000); null before the run ends."
    )
    store_size = serializers.IntegerField(
        allow_null=True, help_text="The fixed Store asked for; null: a Store sized for the program."
    )
    exit_status = serializers.IntegerField(
        allow_null=True,
        help_text="The program's own exit status (0..255), when it halted; null when it did not run to "
        "its end.",
    )

    class Meta:
        model = Run
        fields = [
            "id",
            "language",
            "source",
            "stdin",
            "status",
            "is_final",
            "output",
            "diagnostics",
            "trap",
            "trap_message",
            "trap_line",
            "exit_status",
            "statistics",
            "columns_used",
            "max_steps",
            "max_output",
            "store_size",
            "attempts",
            "created_at",
            "started_at",
            "finished_at",
            "ir",
            "assembly",
            "deck",
            "line_map",
        ]
        read_only_fields = fields

    def get_columns_used(self, run: Run) -> int | None:
        used = (run.statistics or {}).get("columns_used")
        return int(used) if used is not None else None


class RunSummarySerializer(serializers.ModelSerializer):
    language = LanguageKeyField(read_only=True)

    class Meta:
        model = Run
        fields = ["id", "language", "status", "trap", "created_at", "finished_at"]
        read_only_fields = fields


class SubmissionSerializer(serializers.ModelSerializer):
    run = RunSerializer(read_only=True)
    results = serializers.JSONField(help_text="Per test in order; hidden tests carry no data.")
    verdict = serializers.SerializerMethodField()

    class Meta:
        model = Submission
        fields = ["id", "exercise", "attempt_number", "verdict", "results", "created_at", "run"]
        read_only_fields = fields

    def get_verdict(self, submission: Submission) -> str:
        return submission.verdict or "pending"


class StageTextSerializer(serializers.Serializer):
    key = serializers.CharField()
    title = serializers.CharField()
    text = serializers.CharField()


class CompileStageSerializer(serializers.Serializer):
    ok = serializers.BooleanField()
    diagnostics = serializers.ListField(child=serializers.DictField())
    tokens = serializers.CharField(allow_blank=True)
    ast = serializers.CharField(allow_blank=True)
    ir = serializers.CharField(allow_blank=True)
    assembly = serializers.CharField(allow_blank=True)
    deck = serializers.CharField(allow_blank=True)
    line_map = serializers.DictField(child=serializers.ListField(child=serializers.IntegerField()))
    stage_seconds = serializers.DictField(child=serializers.FloatField())
    # Every stage the compile reached, in pipeline order (compilers.driver.STAGES): also those only some
    # languages have, such as the functional core of System F, typed and erased.
    stages = StageTextSerializer(many=True)


class ValidateSerializer(serializers.Serializer):
    ok = serializers.BooleanField()
    diagnostics = serializers.ListField(child=serializers.DictField())


def compile_result_data(compiled: Any) -> dict[str, Any]:
    return {
        "ok": bool(compiled.ok),
        "diagnostics": [d.as_dict() for d in compiled.diagnostics],
        "tokens": "\n".join(str(t) for t in (compiled.tokens or [])),
        "ast": str(compiled.ast or ""),
        "ir": compiled.ir or "",
        "assembly": compiled.assembly or "",
        "deck": compiled.deck or "",
        "line_map": {str(k): list(v) for k, v in (compiled.line_map or {}).items()},
        "stage_seconds": dict(compiled.stage_seconds or {}),
        "stages": [
            {"key": stage.key, "title": stage.title, "text": text} for stage, text in compiled.stage_texts()
        ],
    }
