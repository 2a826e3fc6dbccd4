"""The API's shapes: input parsing and output rendering only; the rules are in the services."""

from __future__ import annotations

import copy
from typing import Any

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from ancient_compute.lib.schema import ErrorSerializer, LanguageKeyField
from execution.judge import PASSED
from execution.models import Run, Submission


class FieldsBuiltOnce(serializers.Serializer):
    """A serializer whose fields are built once per class, each instance binding copies of them.

    DRF builds a serializer's fields for every instance (a deep copy of each declared field, and for a
    ModelSerializer the model's introspection too): some 13 times the time of rendering a run, and half
    of validating a run's input. The fields do not depend on the instance, so each instance gets shallow
    copies of the ones built first, which it binds to itself as DRF's own do. Only for fields that keep
    no per-instance state (no nested serializers or child fields, which stay bound to the first)."""

    _built: dict[type, dict[str, serializers.Field]] = {}

    def get_fields(self) -> dict[str, serializers.Field]:
        built = self._built.get(type(self))
        if built is None:
            built = self._built[type(self)] = super().get_fields()
        return {name: copy.copy(field) for name, field in built.items()}


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


class ProgramInputSerializer(FieldsBuiltOnce):
    language = LanguageKeyField(max_length=32)
    # The stubs type Field.source (the attribute path) as str: a field named "source" shadows it legitimately.
    source = serializers.CharField(trim_whitespace=False, allow_blank=True)  # type: ignore[assignment]


def _callback_url_field() -> serializers.CharField:
    # Checked against the allow-list by the services (code `callback_not_allowed`).
    return serializers.CharField(
        required=False,
        allow_blank=True,
        default="",
        max_length=Run._meta.get_field("callback_url").max_length,
        help_text="Optional: an http(s) URL to which the site POSTs the run's summary (RunSummary) when the "
        "run ends. Its origin must be one of the site's RUN_CALLBACK_ALLOWED_ORIGINS, else the run is "
        "refused "
        "(`callback_not_allowed`). The request times out after a few seconds, follows no redirect, and is "
        "retried a few times while the receiver does not answer 2xx.",
    )


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
    callback_url = _callback_url_field()


@extend_schema_field(RunInputSerializer(many=True))
class RunItemsField(serializers.ListField):
    """The batch's runs, each an object validated on its own (by RunInputSerializer, in the API view, so
    that one bad item refuses only itself); documented as what each item is."""


class RunBatchInputSerializer(serializers.Serializer):
    runs = RunItemsField(
        child=serializers.DictField(),
        min_length=1,
        max_length=20,  # services.BATCH_MAX_RUNS, checked again there
        help_text="1 to 20 runs, each as the body of POST /api/v1/runs (RunInput).",
    )


class SubmissionInputSerializer(serializers.Serializer):
    # The stubs type Field.source (the attribute path) as str: a field named "source" shadows it legitimately.
    source = serializers.CharField(trim_whitespace=False, allow_blank=True)  # type: ignore[assignment]
    callback_url = _callback_url_field()


FROM_CACHE_HELP = (
    "The run was served from the result cache: the same program, input and limits ran before on this "
    "version of the compilers and the Engine, and this is that result (nothing was computed again)."
)


class RunSerializer(FieldsBuiltOnce, serializers.ModelSerializer):
    language = LanguageKeyField(read_only=True)
    from_cache = serializers.BooleanField(read_only=True, help_text=FROM_CACHE_HELP)
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
        help_text="The program's own exit status (0..255), when it halted, or 1 when it stopped on its "
        "own uncaught error (a Python exception), as its toolchain's program would; null when the Engine "
        "stopped it.",
    )
    stderr = serializers.CharField(
        read_only=True,
        help_text="What the program wrote to its standard error (C's stderr), apart from `output` (its "
        "standard output); at most max_output characters. Empty when it wrote nothing there.",
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
            "from_cache",
            "output",
            "stderr",
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
    """A run without its program, output or compiled stages (those are on GET /api/v1/runs/{id}): what a
    list holds, what a batch answers and what a callback carries."""

    language = LanguageKeyField(read_only=True)
    is_final = serializers.BooleanField(read_only=True)
    from_cache = serializers.BooleanField(read_only=True, help_text=FROM_CACHE_HELP)
    exit_status = serializers.IntegerField(allow_null=True, read_only=True)
    trap_line = serializers.IntegerField(allow_null=True, read_only=True)
    submission = serializers.SerializerMethodField(
        help_text="The submission this run judged, or null for a plain run."
    )

    class Meta:
        model = Run
        fields = [
            "id",
            "language",
            "status",
            "is_final",
            "from_cache",
            "trap",
            "trap_line",
            "exit_status",
            "created_at",
            "finished_at",
            "submission",
        ]
        read_only_fields = fields

    def get_submission(self, run: Run) -> int | None:
        submission = getattr(run, "submission", None)
        return submission.pk if submission is not None else None


class RunBatchItemSerializer(serializers.Serializer):
    run = RunSummarySerializer(allow_null=True, help_text="The run created for this item; null if refused.")
    error = ErrorSerializer(allow_null=True, help_text="Why this item was refused; null if its run was made.")


class RunBatchSerializer(serializers.Serializer):
    runs = RunBatchItemSerializer(many=True, help_text="One per item, in the request's order.")


class RunShareSerializer(serializers.Serializer):
    id = serializers.CharField(help_text="The share link's short id.")
    url = serializers.URLField(help_text="The link anyone may open to read the run (/s/<id>/).")


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


class SubmissionSummarySerializer(serializers.ModelSerializer):
    """A submission as a list shows it: the verdict and how many tests passed, with its run's summary;
    the per-test results and the run's program, output and stages are on GET /api/v1/submissions/{id}."""

    run = RunSummarySerializer(read_only=True)
    verdict = serializers.SerializerMethodField()
    tests_passed = serializers.SerializerMethodField()
    tests_total = serializers.SerializerMethodField()

    class Meta:
        model = Submission
        fields = [
            "id",
            "exercise",
            "attempt_number",
            "verdict",
            "tests_passed",
            "tests_total",
            "created_at",
            "run",
        ]
        read_only_fields = fields

    def get_verdict(self, submission: Submission) -> str:
        return submission.verdict or "pending"

    def get_tests_passed(self, submission: Submission) -> int:
        return sum(1 for r in submission.results or [] if r.get("status") == PASSED)

    def get_tests_total(self, submission: Submission) -> int:
        return len(submission.results or [])


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


class AnalyseInputSerializer(ProgramInputSerializer):
    stdin = serializers.CharField(trim_whitespace=False, allow_blank=True, required=False, default="")


class FunctionAnalysisSerializer(serializers.Serializer):
    name = serializers.CharField(help_text="The function's name in the IR (the front-end's spelling).")
    source_name = serializers.CharField(allow_blank=True, help_text="The program's own name for it.")
    lines = serializers.ListField(child=serializers.IntegerField(), help_text="First and last source line.")
    complexity = serializers.IntegerField(help_text="Cyclomatic complexity of its control-flow graph.")
    loop_depth = serializers.IntegerField(help_text="The deepest nesting of its loops (0: none).")
    recursive = serializers.ChoiceField(choices=["", "direct", "mutual"])
    recursion = serializers.ListField(child=serializers.CharField(), help_text="Its recursion's functions.")
    calls = serializers.ListField(child=serializers.CharField(), help_text="Functions it calls.")
    library_calls = serializers.ListField(child=serializers.CharField(), help_text="Runtime calls.")
    indirect_calls = serializers.IntegerField(help_text="Calls through a value, decided by the run.")
    frame_words = serializers.IntegerField(allow_null=True, help_text="Stack words of one activation.")


class StoreNeedSerializer(serializers.Serializer):
    static_words = serializers.IntegerField()
    heap_words = serializers.IntegerField(help_text="The heap reserved (0: none).")
    stack_words = serializers.IntegerField(allow_null=True, help_text="Deepest frames; null: unbounded.")
    stack_unbounded = serializers.BooleanField()
    stack_note = serializers.CharField(allow_blank=True)
    store_size = serializers.IntegerField()
    recursion = serializers.ListField(child=serializers.CharField())


class CostEstimateSerializer(serializers.Serializer):
    estimate = serializers.BooleanField(help_text="Always true: figures of a run under a small budget.")
    finished = serializers.BooleanField()
    instructions = serializers.IntegerField(help_text="Exact when finished, else a lower bound.")
    instructions_at_least = serializers.BooleanField()
    engine_seconds = serializers.FloatField(help_text="Simulated Engine time of those instructions.")
    budget_steps = serializers.IntegerField()
    status = serializers.CharField()
    method = serializers.CharField(help_text="How the estimate was made, for people.")
    max_stack_depth = serializers.IntegerField()
    columns_used = serializers.IntegerField()
    hottest_line = serializers.IntegerField(allow_null=True, help_text="Unfinished: where its time went.")
    projected_instructions = serializers.IntegerField(
        allow_null=True,
        help_text="Unfinished, having read part of its input: the whole run's instructions extrapolated "
        "from the share of the input read (null when that share tells nothing).",
    )
    projected_engine_seconds = serializers.FloatField(
        allow_null=True, help_text="The same extrapolation for the Engine time."
    )


class AnalysisWarningSerializer(serializers.Serializer):
    code = serializers.CharField()
    line = serializers.IntegerField()
    function = serializers.CharField()
    message = serializers.CharField()


class AnalysisSerializer(serializers.Serializer):
    language = serializers.CharField()
    functions = FunctionAnalysisSerializer(many=True)
    store = StoreNeedSerializer()
    cost = CostEstimateSerializer()
    warnings = AnalysisWarningSerializer(many=True)


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


# --- Explanations (execution/explanations.py) ------------------------------------------------------------


class DifferenceSerializer(serializers.Serializer):
    line = serializers.IntegerField(help_text="Line of the outputs (from 1) where they first differ.")
    column = serializers.IntegerField()
    expected_line = serializers.CharField(allow_blank=True)
    actual_line = serializers.CharField(allow_blank=True)
    summary = serializers.CharField()


class ExplanationItemSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=["diagnostic", "trap", "limit", "test", "exit", "run"])
    key = serializers.CharField(
        help_text="The diagnostic code, the trap (`trap_5` for TRAP 5) or the status explained."
    )
    title = serializers.CharField()
    what = serializers.CharField(help_text="What happened, with the program's own line, name or outputs.")
    cause = serializers.CharField(help_text="Why, in the Engine's or the compiler's terms.")
    next_step = serializers.CharField(help_text="What to try next, for the program's language.")
    line = serializers.IntegerField(allow_null=True, help_text="Source line, when one is concerned.")
    column = serializers.IntegerField(allow_null=True)
    source_text = serializers.CharField(allow_blank=True, help_text="That line of the program, as written.")
    test = serializers.CharField(allow_blank=True, help_text="The failing test's name, for a test.")
    difference = DifferenceSerializer(allow_null=True)
    notes = serializers.ListField(child=serializers.CharField())


class InstructorHintSerializer(serializers.Serializer):
    order = serializers.IntegerField()
    text = serializers.CharField(help_text="Markdown.")


class ModelHintSerializer(serializers.Serializer):
    status = serializers.CharField(
        help_text="One of `off`, `ok`, `fallback`. `off`: no model provider is configured; `ok`: `text` "
        "holds its hint; `fallback`: it gave none (`fallback_reason` says why) and the explanations stand "
        "alone.",
    )
    text = serializers.CharField(allow_blank=True)
    model = serializers.CharField(allow_blank=True)
    fallback_reason = serializers.CharField(allow_blank=True)


class ExplanationSerializer(serializers.Serializer):
    run = serializers.UUIDField()
    submission = serializers.IntegerField(allow_null=True)
    status = serializers.CharField(help_text="The run's final status.")
    language = serializers.CharField()
    instructor_hints = InstructorHintSerializer(
        many=True, help_text="The exercise's hints the student has revealed, first."
    )
    hints_remaining = serializers.IntegerField(help_text="The exercise's hints not yet revealed.")
    explanations = ExplanationItemSerializer(many=True, help_text="Empty when there is nothing to explain.")
    model_hint = ModelHintSerializer()
