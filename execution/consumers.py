"""The live view of one run: the stored state first, then the run's group, as htmx out-of-band fragments.

The stored run is the truth and the group only a fast path: the page is sent the stored state when it
connects (and when htmx reconnects it), and again whenever a look at the row every REREAD_SECONDS finds
it moved on, so a page reaches the final state even when the group lost messages or could not be joined
(Redis restarting).
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
from typing import Any

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer
from daphne.server import Server

from ancient_compute.lib.errors import NotFound
from execution import events, presentation, selectors
from execution.models import Run, RunStatus

logger = logging.getLogger(__name__)

# How often an active run's row is read again while its page is connected.
REREAD_SECONDS = 5.0
# Joining the group after a failure waits this long, then twice that, ...: a restarted Redis is back
# within a few seconds, and the pool's dead connections are replaced one failure at a time.
JOIN_RETRY_SECONDS = (0.1, 0.3, 1.0, 2.0)


@database_sync_to_async
def _load(user: Any, run_id: str) -> Run | None:
    try:
        return selectors.access_run_by_id(user, run_id)
    except NotFound:
        return None


# The most a WebSocket message may carry: Daphne's limit (its default, which ancient_compute/serve.py
# keeps), which autobahn applies to the messages the server sends as well as to those it receives: a
# larger one fails to send, and the page would wait for it for ever.
MESSAGE_LIMIT_BYTES: int = inspect.signature(Server.__init__).parameters["websocket_max_message_size"].default


@database_sync_to_async
def _glance(user: Any, run_id: str) -> tuple[str, int] | None:
    # Not the whole row: a Python run's compiled stages are some 1.7 MB.
    return selectors.run_progress_for_user(user=user, run_id=run_id)


@database_sync_to_async
def _render_state(run: Run, stages_shown: bool) -> tuple[str, bool]:
    """The state's message, and whether it holds the part that fetches the run's compiled stages (the
    notice sent in place of a state too large does not)."""
    # Rendering may follow relations (the submission's exercise): it runs where the ORM may be used.
    live = not run.is_final
    state = presentation.render_state_fragments(run, live=live, stages_shown=stages_shown)
    if len(state.encode()) > MESSAGE_LIMIT_BYTES:
        return presentation.render_state_notice(run, live=live), False
    return state, not stages_shown and presentation.has_stages(run)


class RunOutputConsumer(AsyncWebsocketConsumer):
    """Only the run's owner is accepted; anyone else is refused at the handshake."""

    run_id: str
    group: str
    sent: int  # characters of output the page already has
    shown: tuple[str, int]  # the status and the length of output of the state last sent
    final: bool  # the state last sent was final (or the run is gone): nothing more to send
    stages_shown: bool  # a state sent had the part that fetches the run's compiled stages

    async def connect(self) -> None:
        self.run_id = str(self.scope["url_route"]["kwargs"]["run_id"])
        self.group = events.run_group_name(self.run_id)
        if await _load(self.scope.get("user"), self.run_id) is None:
            await self.close(code=4404)
            return
        events.note_serving_loop()
        # Join before reading the row: a batch sent in between is then both stored and received, and the
        # offsets below drop what the page already has.
        await self._join_group()
        await self.accept()
        self.shown, self.final, self.stages_shown = ("", -1), False, False
        await self._send_state()
        if not self.final:
            self.rereader = asyncio.create_task(self._reread_while_active(), name=f"reread-{self.run_id}")

    async def _join_group(self) -> None:
        """Joins the run's group, again on a fresh connection while the layer fails (a Redis that
        restarted leaves dead connections in the pool). Never fails the handshake: without the group the
        page still gets every state from the row (_reread_while_active)."""
        for delay in (*JOIN_RETRY_SECONDS, None):
            try:
                await self.channel_layer.group_add(self.group, self.channel_name)
                return
            except Exception:
                if delay is None:
                    logger.warning("run %s: could not join its group; reading the row instead", self.run_id)
                    return
                logger.info("run %s: joining its group failed; retrying", self.run_id, exc_info=True)
                await asyncio.sleep(delay)

    async def _reread_while_active(self) -> None:
        while not self.final:
            await asyncio.sleep(REREAD_SECONDS)
            try:
                seen = await _glance(self.scope.get("user"), self.run_id)
            except Exception:  # the database is away for a moment: look again at the next turn
                logger.info("run %s: could not read the run again", self.run_id, exc_info=True)
                continue
            if seen != self.shown:
                await self._send_state()

    async def disconnect(self, code: int) -> None:
        rereader: asyncio.Task[None] | None = getattr(self, "rereader", None)
        if rereader is not None:
            rereader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await rereader
        if hasattr(self, "group"):
            try:
                await self.channel_layer.group_discard(self.group, self.channel_name)
            except Exception:  # the group's entry expires by itself
                logger.info("run %s: could not leave its group", self.run_id, exc_info=True)

    async def run_event(self, message: dict[str, Any]) -> None:
        if message.get("kind") != "output":
            await self._send_state()
            return
        offset, text = int(message["offset"]), str(message["text"])
        if offset > self.sent:  # a batch was lost (channel capacity or expiry): re-read the stored output
            await self._send_state()
            return
        new_text = text[self.sent - offset :]
        self.sent = max(self.sent, offset + len(text))
        # A batch is stored before it is sent: the page now shows what the row holds, which the next
        # re-read then need not send again.
        self.shown = (RunStatus.RUNNING, self.sent)
        html = presentation.render_output_fragments(
            self.run_id,
            text=new_text,
            instructions=int(message["instructions"]),
            seconds=float(message["seconds"]),
            max_steps=int(message["max_steps"]),
        )
        await self.send(text_data=html)

    async def _send_state(self, run: Run | None = None) -> None:
        run = run or await _load(self.scope.get("user"), self.run_id)
        if run is None:
            self.final = True
            await self.close()
            return
        self.sent = len(run.output)
        self.shown, self.final = (run.status, len(run.output)), run.is_final
        state, fetches_stages = await _render_state(run, self.stages_shown)
        await self.send(text_data=state)
        self.stages_shown = self.stages_shown or fetches_stages
        if run.is_final:
            await self.close()
