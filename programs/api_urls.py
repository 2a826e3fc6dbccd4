from __future__ import annotations

from django.urls import path

from programs import apis

urlpatterns = [
    path("programs", apis.ProgramListCreateApi.as_view(), name="program-list"),
    path("programs/<int:program_id>", apis.ProgramDetailApi.as_view(), name="program-detail"),
    path("programs/<int:program_id>/versions", apis.ProgramVersionListApi.as_view(), name="program-versions"),
    path("programs/<int:program_id>/fork", apis.ProgramForkApi.as_view(), name="program-fork"),
    path("programs/<int:program_id>/star", apis.ProgramStarApi.as_view(), name="program-star"),
]
