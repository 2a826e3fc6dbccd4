"""Pages: the gallery of public programs (search, language, tag, order), your programs, a program with
its last run's Engine statistics, its versions and forks; saving (from the playground or a run), editing,
forking, starring and running a program.

Forms post normally and work without JavaScript; the gallery's search form also updates the list in
place with htmx. A private program is a 404 to everyone but its owner.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from ancient_compute.lib.errors import ApplicationError, NotFound
from ancient_compute.lib.typed_text import typed_line_ends
from execution import presentation, toolchain
from execution import selectors as execution_selectors
from execution.diffs import source_diff
from execution.throttles import run_start_retry_after
from programs import selectors, services
from programs.forms import DraftForm, ProgramEditForm, ProgramForm
from programs.models import Program
from programs.throttles import program_write_retry_after

PAGE_SIZE = 20
DRAFT_SESSION_KEY = "program_draft"


def _program_or_404(request: HttpRequest, program_id: int, *, own: bool = False) -> Program:
    try:
        if own:
            return selectors.access_own_program_by_id(request.user, program_id)
        return selectors.access_program_by_id(request.user, program_id)
    except NotFound:
        raise Http404("No such program.") from None


def _page_number(request: HttpRequest) -> int:
    raw = request.GET.get("page", "1")
    return int(raw) if raw.isdigit() and int(raw) > 0 else 1


@require_GET
def program_gallery_view(request: HttpRequest) -> HttpResponse:
    sort = request.GET.get("sort", selectors.DEFAULT_SORT)
    filters = selectors.GalleryFilters(
        query=request.GET.get("q", "").strip(),
        language=request.GET.get("language", ""),
        tag=request.GET.get("tag", "").strip().lower(),
        sort=sort if sort in selectors.SORT_NAMES else selectors.DEFAULT_SORT,
    )
    programs = selectors.program_list_public(filters=filters, user=request.user)
    page = Paginator(programs, PAGE_SIZE).get_page(_page_number(request))
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "page": page,
        "filters": filters,
        "languages": toolchain.languages(),
        "tags": selectors.tag_list_public()[:30],
        "sorts": selectors.SORT_NAMES,
        "query_string": query.urlencode(),
    }
    if getattr(request, "htmx", False):
        return render(request, "programs/gallery.html#results", context)
    return render(request, "programs/gallery.html", context)


@login_required
@require_GET
def program_mine_view(request: HttpRequest) -> HttpResponse:
    programs = selectors.program_list_for_user(user=request.user)
    page = Paginator(programs, PAGE_SIZE).get_page(_page_number(request))
    return render(request, "programs/mine.html", {"page": page})


@require_GET
def program_detail_view(request: HttpRequest, program_id: int) -> HttpResponse:
    program = _program_or_404(request, program_id)
    run = program.last_run
    is_owner = program.owner_id == getattr(request.user, "pk", None)
    context = {
        "program": program,
        "is_owner": is_owner,
        "language": toolchain.language_get(program.language),
        "versions": selectors.program_version_list(program=program)[:10],
        "forks": selectors.program_fork_list(program=program, user=request.user)[:20],
        # The origin, when the user may still see it (a private origin is a 404 to others).
        "origin": _visible_origin(request, program),
        "last_run": run,
        "stats": presentation.statistics_rows(run.statistics, run.source) if run is not None else None,
    }
    return render(request, "programs/detail.html", context)


def _visible_origin(request: HttpRequest, program: Program) -> Program | None:
    if program.forked_from_id is None:
        return None
    try:
        return selectors.access_program_by_id(request.user, program.forked_from_id)
    except NotFound:
        return None


@require_GET
def program_version_view(request: HttpRequest, program_id: int, number: int) -> HttpResponse:
    program = _program_or_404(request, program_id)
    try:
        version = selectors.program_version_get(program=program, number=number)
    except NotFound:
        raise Http404("No such version.") from None
    previous = selectors.program_version_list(program=program).filter(number__lt=number).first()
    context = {
        "program": program,
        "version": version,
        "previous": previous,
        "diff": source_diff(previous.source, version.source) if previous is not None else [],
        "language": toolchain.language_get(program.language),
    }
    return render(request, "programs/version.html", context)


@login_required
@require_POST
def program_draft_view(request: HttpRequest) -> HttpResponse:
    """A Save button's post (the playground's program, or one of the user's runs): kept in the session,
    then the save form opens with it (a redirect, so that htmx and plain forms alike end on the form)."""
    form = DraftForm(request.POST)
    draft: dict[str, str] = {}
    if form.is_valid():
        run_id = form.cleaned_data["run"]
        if run_id is not None:
            try:
                run = execution_selectors.access_run_by_id(request.user, run_id)
            except NotFound:
                raise Http404("No such run.") from None
            draft = {"language": run.language, "source": run.source, "run": str(run.id)}
        else:
            draft = {"language": form.cleaned_data["language"], "source": form.cleaned_data["source"]}
    request.session[DRAFT_SESSION_KEY] = draft
    link = reverse("programs:program_new")
    if getattr(request, "htmx", False):
        return HttpResponse(headers={"HX-Redirect": link})
    return redirect(link)


def _apply_error(form: Any, error: ApplicationError) -> None:
    fields = error.extra.get("fields") or {}
    placed = False
    for name, problems in fields.items():
        if name in form.fields:
            for problem in problems:
                form.add_error(name, problem)
            placed = True
    if not placed:
        form.add_error(None, error.message)


def _save_posted(
    request: HttpRequest,
    form: ProgramForm,
    context: dict[str, Any],
    save: Callable[[dict[str, Any]], Program],
    done: str,
) -> HttpResponse:
    """The save form's post: checked, throttled (with the API's saves), saved by `save` from the form's
    data; on a refusal the form again, its fields marked with the reasons."""

    def form_again(status: int) -> HttpResponse:
        return render(request, "programs/edit.html", {**context, "form": form}, status=status)

    if not form.is_valid():
        return form_again(400)
    retry_after = program_write_retry_after(request)
    if retry_after is not None:
        form.add_error(None, f"You have saved many programs in a short time: try again in {retry_after} s.")
        response = form_again(429)
        response["Retry-After"] = str(retry_after)
        return response
    try:
        program = save(form.cleaned_data)
    except ApplicationError as error:
        _apply_error(form, error)
        return form_again(400)
    messages.success(request, done)
    return redirect("programs:program_detail", program_id=program.pk)


@login_required
@require_http_methods(["GET", "POST"])
def program_new_view(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        draft = request.session.get(DRAFT_SESSION_KEY) or {}
        form = ProgramForm(initial={"language": "c", **draft})
        context = {"languages": toolchain.languages(), "from_run": draft.get("run")}
        return render(request, "programs/edit.html", {**context, "form": form})

    def save(data: dict[str, Any]) -> Program:
        fields = {name: value for name, value in data.items() if name != "run"}
        program = services.program_create(user=request.user, run_id=data["run"], **fields)
        request.session.pop(DRAFT_SESSION_KEY, None)
        return program

    context = {"languages": toolchain.languages(), "from_run": request.POST.get("run")}
    return _save_posted(
        request, ProgramForm(request.POST), context, save, "Saved: this is version 1 of your program."
    )


@login_required
@require_http_methods(["GET", "POST"])
def program_edit_view(request: HttpRequest, program_id: int) -> HttpResponse:
    program = _program_or_404(request, program_id, own=True)
    context = {"program": program, "language": toolchain.language_get(program.language)}
    if request.method == "GET":
        initial = {
            "title": program.title,
            "source": program.source,
            "description": program.description,
            "tags": " ".join(tag.name for tag in program.tags.all()),
            "is_public": program.is_public,
        }
        return render(request, "programs/edit.html", {**context, "form": ProgramEditForm(initial=initial)})

    def save(data: dict[str, Any]) -> Program:
        return services.program_update(program=program, **data)

    return _save_posted(request, ProgramEditForm(request.POST), context, save, "Saved.")


@login_required
@require_POST
def program_fork_view(request: HttpRequest, program_id: int) -> HttpResponse:
    program = _program_or_404(request, program_id)
    retry_after = program_write_retry_after(request)
    if retry_after is not None:
        messages.error(
            request, f"You have saved many programs in a short time: try again in {retry_after} s."
        )
        return redirect("programs:program_detail", program_id=program.pk)
    fork = services.program_fork(user=request.user, program=program)
    messages.success(request, "Forked: this copy is yours, and private until you make it public.")
    return redirect("programs:program_detail", program_id=fork.pk)


@login_required
@require_POST
def program_star_view(request: HttpRequest, program_id: int) -> HttpResponse:
    """`starred=1` stars, `starred=0` unstars; posting the same again changes nothing."""
    program = _program_or_404(request, program_id)
    starred = request.POST.get("starred", "")
    if starred not in {"0", "1"}:
        return HttpResponse("Say starred=1 (star the program) or starred=0 (unstar it).", status=400)
    services.program_star(user=request.user, program=program, starred=starred == "1")
    if getattr(request, "htmx", False):
        program = _program_or_404(request, program_id)
        return render(request, "programs/detail.html#star", {"program": program})
    return redirect("programs:program_detail", program_id=program.pk)


@login_required
@require_POST
def program_run_view(request: HttpRequest, program_id: int) -> HttpResponse:
    """Runs the owner's program on the Engine, then opens the run's page (which follows it live); the
    program's page shows that run's statistics from then on."""
    program = _program_or_404(request, program_id, own=True)
    retry_after = run_start_retry_after(request)
    if retry_after is not None:
        messages.error(request, f"You have started many runs in a short time: try again in {retry_after} s.")
        return redirect("programs:program_detail", program_id=program.pk)
    try:
        stdin = typed_line_ends(request.POST.get("stdin", ""))  # the textarea's lines as typed
        run = services.program_run(user=request.user, program=program, stdin=stdin)
    except ApplicationError as error:
        messages.error(request, error.message)
        return redirect("programs:program_detail", program_id=program.pk)
    return redirect("execution:run_detail", run_id=run.id)


@login_required
@require_POST
def program_delete_view(request: HttpRequest, program_id: int) -> HttpResponse:
    program = _program_or_404(request, program_id, own=True)
    services.program_delete(program=program)
    messages.success(request, f"Deleted “{program.title}”.")
    return redirect("programs:program_mine")
