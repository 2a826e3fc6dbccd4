from __future__ import annotations

from django.urls import path

from programs import views

app_name = "programs"
urlpatterns = [
    path("", views.program_gallery_view, name="gallery"),
    path("mine/", views.program_mine_view, name="program_mine"),
    path("new/", views.program_new_view, name="program_new"),
    path("draft/", views.program_draft_view, name="program_draft"),
    path("<int:program_id>/", views.program_detail_view, name="program_detail"),
    path("<int:program_id>/edit/", views.program_edit_view, name="program_edit"),
    path("<int:program_id>/versions/<int:number>/", views.program_version_view, name="program_version"),
    path("<int:program_id>/fork/", views.program_fork_view, name="program_fork"),
    path("<int:program_id>/star/", views.program_star_view, name="program_star"),
    path("<int:program_id>/run/", views.program_run_view, name="program_run"),
    path("<int:program_id>/delete/", views.program_delete_view, name="program_delete"),
]
