"""The live view of one run: the stored state first, then the run's group, as htmx out-of-band fragments."""

from __future__ import annotations

import logging
from typing import Any

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer

from ancient_compute.lib.errors import NotFound
from execution import events, selectors
from execution.models import Run

logger = logging.getLogger(__name__)


@database_sync_to_async
def _load(user: Any, run_id: str) -> Run | None:
    try:
        return selectors.access_run_by_id(user, run_id)
    except NotFound:
        return None


@database_sync_to_async
def _render_state(run: Run) -> str:
    # Rendering may follow relations (the submission's exercise): it runs where the ORM may be used.
    return events.render_state_fragments(run, live=not run.is_final)


class RunOutputConsumer(AsyncWebsocketConsumer):
    """Only the run's owner is accepted; anyone else is refused at the handshake."""

    run_id: str
    group: str
    sent: int  # characters of output the page already has

    async def connect(self) -> None:
        self.run_id = str(self.scope["url_route"]["kwargs"]["run_id"])
        self.group = events.run_group_name(self.run_id)
        if await _load(self.scope.get("user"), self.run_id) is None:
            await self.close(code=4404)
            return
        events.note_serving_loop()
        # Join before reading the row: a batch sent in between is then both stored and received, and the
        # offsets below drop what the page already has.
        await self.channel_layer.group_add(self.group, self.channel_name)
        await self.accept()
        await self._send_state()

    async def disconnect(self, code: int) -> None:
        if hasattr(self, "group"):
            await self.channel_layer.group_discard(self.group, self.channel_name)

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
        html = events.render_output_fragments(
            self.run_id,
            text=new_text,
            instructions=int(message["instructions"]),
            seconds=float(message["seconds"]),
            max_steps=int(message["max_steps"]),
        )
        await self.send(text_data=html)

    async def _send_state(self) -> None:
        run = await _load(self.scope.get("user"), self.run_id)
        if run is None:
            await self.close()
            return
        self.sent = len(run.output)
        await self.send(text_data=await _render_state(run))
        if run.is_final:
            await self.close()
