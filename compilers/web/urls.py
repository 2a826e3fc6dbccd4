from django.urls import path

from compilers.web import views

app_name = "compilers"
urlpatterns = [path("explorer/", views.explorer_view, name="explorer")]
