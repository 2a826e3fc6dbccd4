from __future__ import annotations

from django.urls import path

from execution import apis

urlpatterns = [
    path("languages", apis.LanguageListApi.as_view(), name="language-list"),
    path("runs", apis.waiting_view(apis.RunCreateApi), name="run-list"),
    path("runs/batch", apis.RunBatchCreateApi.as_view(), name="run-batch"),
    path("runs/<uuid:run_id>", apis.RunDetailApi.as_view(), name="run-detail"),
    path("runs/<uuid:run_id>/explanation", apis.RunExplanationApi.as_view(), name="run-explanation"),
    path("runs/<uuid:run_id>/share", apis.RunShareApi.as_view(), name="run-share"),
    path("compile", apis.CompileApi.as_view(), name="compile"),
    path("validate", apis.ValidateApi.as_view(), name="validate"),
    path("analyze", apis.AnalyseApi.as_view(), name="analyze"),
    path(
        "exercises/<int:exercise_id>/submissions",
        apis.waiting_view(apis.SubmissionCreateApi),
        name="submission-create",
    ),
    path("submissions", apis.SubmissionListApi.as_view(), name="submission-list"),
    path("submissions/<int:submission_id>", apis.SubmissionDetailApi.as_view(), name="submission-detail"),
    path(
        "submissions/<int:submission_id>/explanation",
        apis.SubmissionExplanationApi.as_view(),
        name="submission-explanation",
    ),
]
