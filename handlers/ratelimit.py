"""Telegram's limits: bulk sends paced at 30 a second, replies sent at once.

Telegram asks bots to keep broadcasts under about 30 messages a second. PTB's AIORateLimiter
paces every message to a chat, which would make a patient's reply wait behind a morning's
check-in fan-out. Here only messages the bot starts itself (check-ins, reminders, summaries,
marked with `rate_limit_args=BULK`) take the 30-a-second bucket; replies go straight out. A
RetryAfter from Telegram is honoured for both: everything waits, then the request is retried.
"""

from __future__ import annotations

import contextvars
from collections.abc import Callable, Coroutine
from typing import Any

from telegram.ext import AIORateLimiter

BULK = "bulk"
_bulk: contextvars.ContextVar[bool] = contextvars.ContextVar("bulk", default=False)


class BulkPacedRateLimiter(AIORateLimiter):
    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Any]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: Any,
    ) -> Any:
        token = _bulk.set(rate_limit_args == BULK)
        try:
            retries = None if rate_limit_args == BULK else rate_limit_args
            return await super().process_request(callback, args, kwargs, endpoint, data, retries)
        finally:
            _bulk.reset(token)

    async def _run_request(self, chat: bool, *args: Any, **kwargs: Any) -> Any:
        return await super()._run_request(chat and _bulk.get(), *args, **kwargs)
