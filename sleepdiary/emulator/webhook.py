"""Webhook delivery: while a webhook is set, pending updates are POSTed to it one by one.

Only loopback URLs are called (a test's own webhook server); any other URL is recorded
and never contacted, so a test that sets a production-looking URL sends nothing out.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

import aiohttp

from sleepdiary.emulator.world import World

_RETRY_S = 0.2
_TIMEOUT_S = 10.0


@dataclass(frozen=True)
class Delivery:
    """One POST of an update to the webhook: HTTP status, or 0 when it could not connect."""

    update_id: int
    url: str
    status: int


def is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


async def deliver_forever(
    world: World,
    deliveries: list[Delivery],
    wait_for_change: Callable[[float], Awaitable[None]],
    *,
    paused: Callable[[], bool],
) -> None:
    """Post pending updates in order; an update leaves the queue once answered with 2xx."""
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=_TIMEOUT_S)) as session:
        while True:
            url = world.webhook_url
            if not url or not world.pending or not is_loopback(url) or paused():
                await wait_for_change(1.0)
                continue
            update = world.pending[0]
            headers = {}
            if world.webhook_secret:
                headers["X-Telegram-Bot-Api-Secret-Token"] = world.webhook_secret
            status = 0
            with contextlib.suppress(aiohttp.ClientError, TimeoutError):
                async with session.post(url, json=update, headers=headers) as response:
                    status = response.status
            deliveries.append(Delivery(int(update["update_id"]), url, status))
            if 200 <= status < 300:
                if world.pending and world.pending[0] is update:
                    world.pending.pop(0)
                world.on_change()
            else:
                await asyncio.sleep(_RETRY_S)
