from __future__ import annotations

from django.urls import path

from execution import teaching_views, views

app_name = "execution"
urlpatterns = [
    path("playground/", views.playground_view, name="playground"),
    path("playground/<slug:share_id>/", views.playground_shared_view, name="playground_shared"),
    path("share/", views.share_create_view, name="share_create"),
    path("runs/", views.run_create_view, name="run_create"),
    path("runs/<uuid:run_id>/", views.run_detail_view, name="run_detail"),
    path("runs/<uuid:run_id>/stages/", views.run_artifacts_view, name="run_artifacts"),
    path("runs/<uuid:run_id>/visibility/", views.run_visibility_view, name="run_visibility"),
    path("runs/<uuid:run_id>/explanation/", views.run_explanation_view, name="run_explanation"),
    # A public run's share link: short, as it is meant to be given around.
    path("s/<slug:share_id>/", views.share_link_view, name="share_link"),
    path("exercises/<int:exercise_id>/submissions/", views.submission_create_view, name="submission_create"),
    path("exercises/<int:exercise_id>/history/", views.submission_history_view, name="submission_history"),
    # The instructors' pages (execution/teaching_views.py).
    path("teaching/", teaching_views.class_overview_view, name="teaching"),
    path("teaching/students/<int:user_id>/", teaching_views.student_progress_view, name="teaching_student"),
    path("teaching/submissions/", teaching_views.submission_list_view, name="teaching_submissions"),
    path(
        "teaching/submissions/<int:submission_id>/",
        teaching_views.submission_detail_view,
        name="teaching_submission",
    ),
    path("teaching/gradebook.csv", teaching_views.gradebook_csv_view, name="teaching_gradebook"),
]
