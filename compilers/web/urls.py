from django.urls import URLPattern

app_name = "compilers"
urlpatterns: list[URLPattern] = []
