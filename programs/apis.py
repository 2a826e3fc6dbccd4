"""The API of saved programs, /api/v1/programs: the gallery and your own programs, a program with its
versions, saving, editing, forking and starring.

Thin: parse with a serializer, call one service or selector, render. A private program is a 404 to
everyone but its owner. Writes are throttled per user (scope "programs", counted with the pages' saves).
"""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.exceptions import NotAuthenticated
from rest_framework.permissions import IsAuthenticated, IsAuthenticatedOrReadOnly
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.throttling import BaseThrottle, ScopedRateThrottle
from rest_framework.views import APIView

from ancient_compute.lib.drf import Pagination
from ancient_compute.lib.schema import error_response
from programs import selectors, services
from programs.serializers import (
    GalleryQuerySerializer,
    ProgramCreateSerializer,
    ProgramSerializer,
    ProgramSummarySerializer,
    ProgramUpdateSerializer,
    ProgramVersionSerializer,
    StarSerializer,
)

_INVALID = error_response("A field is not valid (`invalid`, `unknown_language`): see extra.fields.")
_NOT_FOUND = error_response("No such program for you (`program_not_found`): private ones are their owner's.")


class ProgramWriteThrottledMixin(APIView):
    """Writes are throttled per user (scope "programs"); reads only by the site's general rates."""

    throttle_scope = "programs"

    def get_throttles(self) -> list[BaseThrottle]:
        throttles = list(super().get_throttles())
        if self.request.method in ("GET", "HEAD", "OPTIONS"):
            throttles = [t for t in throttles if not isinstance(t, ScopedRateThrottle)]
        return throttles


def _program_body(request: Request, program_id: int) -> Any:
    return ProgramSerializer(selectors.access_program_by_id(request.user, program_id)).data


class ProgramListCreateApi(ProgramWriteThrottledMixin):
    permission_classes = [IsAuthenticatedOrReadOnly]
    pagination_class = Pagination

    @extend_schema(
        parameters=[GalleryQuerySerializer],
        responses={200: ProgramSummarySerializer(many=True), 400: _INVALID},
        summary="The gallery of public programs (search, language, tag, order), or your own with ?mine=true",
    )
    def get(self, request: Request) -> Response:
        query = GalleryQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        params = query.validated_data
        if params["mine"]:
            if not request.user.is_authenticated:
                raise NotAuthenticated("Sign in to list your programs.")
            programs = selectors.program_list_for_user(user=request.user)
        else:
            filters = selectors.GalleryFilters(
                query=params["q"], language=params["language"], tag=params["tag"], sort=params["sort"]
            )
            programs = selectors.program_list_public(filters=filters, user=request.user)
        paginator = self.pagination_class()
        page = paginator.paginate_queryset(programs, request, view=self)
        return paginator.get_paginated_response(ProgramSummarySerializer(page, many=True).data)

    @extend_schema(
        request=ProgramCreateSerializer,
        responses={201: ProgramSerializer, 400: _INVALID},
        summary="Save a program (version 1), from scratch or from one of your runs",
    )
    def post(self, request: Request) -> Response:
        serializer = ProgramCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        program = services.program_create(user=request.user, **serializer.validated_data)
        return Response(_program_body(request, program.pk), status=status.HTTP_201_CREATED)


class ProgramDetailApi(ProgramWriteThrottledMixin):
    permission_classes = [IsAuthenticatedOrReadOnly]

    @extend_schema(responses={200: ProgramSerializer, 404: _NOT_FOUND}, summary="A program")
    def get(self, request: Request, program_id: int) -> Response:
        return Response(_program_body(request, program_id))

    @extend_schema(
        request=ProgramUpdateSerializer,
        responses={200: ProgramSerializer, 400: _INVALID, 404: _NOT_FOUND},
        summary="Change your program (a new version when its title, description or source changes)",
    )
    def patch(self, request: Request, program_id: int) -> Response:
        program = selectors.access_own_program_by_id(request.user, program_id)
        serializer = ProgramUpdateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        services.program_update(program=program, **serializer.validated_data)
        return Response(_program_body(request, program_id))

    @extend_schema(responses={204: None, 404: _NOT_FOUND}, summary="Delete your program")
    def delete(self, request: Request, program_id: int) -> Response:
        services.program_delete(program=selectors.access_own_program_by_id(request.user, program_id))
        return Response(status=status.HTTP_204_NO_CONTENT)


class ProgramVersionListApi(APIView):
    permission_classes = [IsAuthenticatedOrReadOnly]
    pagination_class = Pagination

    @extend_schema(
        responses={200: ProgramVersionSerializer(many=True), 404: _NOT_FOUND},
        summary="A program's versions, newest first",
    )
    def get(self, request: Request, program_id: int) -> Response:
        program = selectors.access_program_by_id(request.user, program_id)
        paginator = self.pagination_class()
        page = paginator.paginate_queryset(
            selectors.program_version_list(program=program), request, view=self
        )
        return paginator.get_paginated_response(ProgramVersionSerializer(page, many=True).data)


class ProgramForkApi(ProgramWriteThrottledMixin):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        request=None,
        responses={201: ProgramSerializer, 404: _NOT_FOUND},
        summary="Fork a public program: a private copy of yours that keeps its origin (forked_from)",
    )
    def post(self, request: Request, program_id: int) -> Response:
        program = selectors.access_program_by_id(request.user, program_id)
        fork = services.program_fork(user=request.user, program=program)
        return Response(_program_body(request, fork.pk), status=status.HTTP_201_CREATED)


class ProgramStarApi(APIView):
    """PUT stars, DELETE unstars; either, asked again, changes nothing and answers the same."""

    permission_classes = [IsAuthenticated]

    def _answer(self, request: Request, program_id: int, starred: bool) -> Response:
        program = selectors.access_program_by_id(request.user, program_id)
        services.program_star(user=request.user, program=program, starred=starred)
        now_starred, star_count = selectors.program_star_state(user=request.user, program=program)
        return Response(StarSerializer({"starred": now_starred, "star_count": star_count}).data)

    @extend_schema(request=None, responses={200: StarSerializer, 404: _NOT_FOUND}, summary="Star a program")
    def put(self, request: Request, program_id: int) -> Response:
        return self._answer(request, program_id, starred=True)

    @extend_schema(request=None, responses={200: StarSerializer, 404: _NOT_FOUND}, summary="Unstar a program")
    def delete(self, request: Request, program_id: int) -> Response:
        return self._answer(request, program_id, starred=False)
