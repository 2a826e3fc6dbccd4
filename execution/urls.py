from __future__ import annotations

from django.urls import path

from execution import views

app_name = "execution"
urlpatterns = [
    path("playground/", views.playground_view, name="playground"),
    path("playground/<slug:share_id>/", views.playground_shared_view, name="playground_shared"),
    path("share/", views.share_create_view, name="share_create"),
    path("runs/", views.run_create_view, name="run_create"),
    path("runs/<uuid:run_id>/", views.run_detail_view, name="run_detail"),
    path("exercises/<int:exercise_id>/submissions/", views.submission_create_view, name="submission_create"),
]
