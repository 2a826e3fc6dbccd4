from django.urls import path

from curriculum import views

app_name = "curriculum"
urlpatterns = [
    path("", views.course_overview_view, name="course"),
    # Before the module pattern: "exercises" is never a module slug.
    path("exercises/<slug:exercise_slug>/", views.exercise_detail_view, name="exercise"),
    path("exercises/<slug:exercise_slug>/hints/", views.hint_list_view, name="hints"),
    path("exercises/<slug:exercise_slug>/hints/reveal/", views.hint_reveal_view, name="hint_reveal"),
    path("<slug:module_slug>/", views.module_detail_view, name="module"),
    path("<slug:module_slug>/<slug:lesson_slug>/", views.lesson_detail_view, name="lesson"),
    path("<slug:module_slug>/<slug:lesson_slug>/done/", views.lesson_done_view, name="lesson_done"),
]
