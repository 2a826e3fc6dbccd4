"""The home page and the site's error pages (JSON in the API's one error shape under /api/)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string

from ancient_compute.lib.api_errors import (
    api_not_found_view,
    is_api_request,
    status_error_response,
    suspicious_request_response,
)


def home_view(request: HttpRequest) -> HttpResponse:
    return render(request, "home.html")


def page_not_found_view(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    if is_api_request(request):
        return api_not_found_view(request)
    return render(request, "404.html", status=404)


def permission_denied_view(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    if is_api_request(request):
        return status_error_response(403)
    return render(request, "403.html", status=403)


def bad_request_view(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    if is_api_request(request):
        return suspicious_request_response(exception)
    return render(request, "400.html", status=400)


def server_error_view(request: HttpRequest) -> HttpResponse:
    if is_api_request(request):
        return status_error_response(500)
    # No request context: the failure may have come from a context processor or the database.
    return HttpResponse(render_to_string("500.html"), status=500)
