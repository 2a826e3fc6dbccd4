from __future__ import annotations

from django.contrib import admin
from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from ancient_compute import ops, views
from ancient_compute.lib.api_errors import api_not_found_view

urlpatterns = [
    path("", views.home_view, name="home"),
    path("health", ops.health_view, name="health"),
    path("ready", ops.ready_view, name="ready"),
    path("metrics", ops.metrics_view, name="metrics"),
    path("admin/", admin.site.urls),
    path("accounts/", include("accounts.urls")),
    path("course/", include("curriculum.urls")),
    path("", include("execution.urls")),
    path("programs/", include("programs.urls")),
    path("", include("compilers.web.urls")),
    path("api/v1/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    # The split view serves its start-up script from a URL: the page needs no inline script (CSP).
    path("api/docs/", SpectacularSwaggerSplitView.as_view(url_name="api-schema"), name="api-docs"),
    path("api/v1/", include("accounts.api_urls")),
    path("api/v1/", include("curriculum.api_urls")),
    path("api/v1/", include("execution.api_urls")),
    path("api/v1/", include("programs.api_urls")),
    # Last: any other /api/ address is a JSON 404 in the API's error shape (lib/api_errors.py).
    re_path(r"^api/", api_not_found_view, name="api-not-found"),
]

handler400 = "ancient_compute.views.bad_request_view"
handler403 = "ancient_compute.views.permission_denied_view"
handler404 = "ancient_compute.views.page_not_found_view"
handler500 = "ancient_compute.views.server_error_view"
