"""DRF views used only by the tests of the API's error shape."""

from __future__ import annotations

from django.http import Http404
from django.urls import path
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.throttling import ScopedRateThrottle
from rest_framework.views import APIView

from ancient_compute.lib.errors import Conflict


class _EchoSerializer(serializers.Serializer):
    count = serializers.IntegerField(min_value=1)


class ValidateApi(APIView):
    authentication_classes = []
    permission_classes = []

    def post(self, request: Request) -> Response:
        serializer = _EchoSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        return Response(serializer.validated_data)


class ConflictApi(APIView):
    authentication_classes = []
    permission_classes = []

    def get(self, request: Request) -> Response:
        raise Conflict("That name is taken.", extra={"name": "euclid"})


class MissingApi(APIView):
    authentication_classes = []
    permission_classes = []

    def get(self, request: Request) -> Response:
        raise Http404("no such thing")


class ThrottledApi(APIView):
    authentication_classes = []
    permission_classes = []
    throttle_classes = [ScopedRateThrottle]
    throttle_scope = "tests"

    def get(self, request: Request) -> Response:
        return Response({"ok": True})


urlpatterns = [
    path("validate", ValidateApi.as_view()),
    path("conflict", ConflictApi.as_view()),
    path("missing", MissingApi.as_view()),
    path("throttled", ThrottledApi.as_view()),
]
