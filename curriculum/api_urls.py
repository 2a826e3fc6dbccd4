from django.urls import path

from curriculum import apis

urlpatterns = [
    path("modules", apis.ModuleListApi.as_view(), name="api-module-list"),
    path("modules/<int:module_id>/lessons", apis.ModuleLessonListApi.as_view(), name="api-module-lessons"),
    path("lessons/<int:lesson_id>", apis.LessonDetailApi.as_view(), name="api-lesson-detail"),
    path("lessons/<int:lesson_id>/done", apis.LessonDoneApi.as_view(), name="api-lesson-done"),
    path("me/progress", apis.ProgressListApi.as_view(), name="api-progress-list"),
    path("me/progress/modules", apis.ModuleProgressListApi.as_view(), name="api-module-progress-list"),
]
