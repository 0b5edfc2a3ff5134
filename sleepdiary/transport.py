"""How the bot talks HTTP to Telegram: python-telegram-bot's BaseRequest on aiohttp.

PTB's default transport (HTTPXRequest) costs several milliseconds of CPU per request in
httpcore's connection pool; on the same Bot API emulator a bare echo bot answers 4-6 times
as many messages a second on aiohttp (BENCHMARKS.md, item 2). aiohttp is a dependency
already (PTB's webhook server), so this adds no package.

Behaviour follows HTTPXRequest: the same default timeouts, parameters sent as a form and
files as multipart, a longer write timeout when files are uploaded, a timeout raised as
TimedOut and any other client failure as NetworkError (which PTB and our retries handle).
"""

from __future__ import annotations

from typing import Any

import aiohttp
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

# As HTTPXRequest: the bot's requests share a pool; getUpdates has a connection of its own.
BOT_POOL_SIZE = 256
UPDATES_POOL_SIZE = 1


class AiohttpRequest(BaseRequest):
    """A keep-alive connection pool (one aiohttp ClientSession) for Bot API requests."""

    def __init__(
        self,
        connection_pool_size: int = BOT_POOL_SIZE,
        read_timeout: float | None = 5.0,
        write_timeout: float | None = 5.0,
        connect_timeout: float | None = 5.0,
        pool_timeout: float | None = 1.0,
        media_write_timeout: float | None = 20.0,
    ) -> None:
        self._pool_size = connection_pool_size
        self._read_timeout = read_timeout
        self._write_timeout = write_timeout
        self._connect_timeout = connect_timeout
        self._pool_timeout = pool_timeout
        self._media_write_timeout = media_write_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        # Created here, not in __init__: a ClientSession belongs to the running event loop.
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._pool_size),
                headers={"User-Agent": self.USER_AGENT},
            )

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        uploads = request_data is not None and request_data.contains_files
        default_write = self._media_write_timeout if uploads else self._write_timeout
        read = _given(read_timeout, self._read_timeout)
        write = _given(write_timeout, default_write)
        connect = _given(connect_timeout, self._connect_timeout)
        pool = _given(pool_timeout, self._pool_timeout)
        # aiohttp has no write timeout of its own, so the total carries it: a request may
        # take as long as waiting for a connection, connecting, writing and reading allow.
        total = None if None in (read, write, connect, pool) else read + write + connect + pool
        timeout = aiohttp.ClientTimeout(
            total=total,
            connect=None if connect is None or pool is None else connect + pool,
            sock_connect=connect,
            sock_read=read,
        )
        try:
            async with self._session.request(
                method, url, data=_body(request_data), timeout=timeout
            ) as response:
                return response.status, await response.read()
        except TimeoutError as error:
            raise TimedOut from error
        except aiohttp.ClientError as error:
            raise NetworkError(f"aiohttp.{type(error).__name__}: {error}") from error


def _given(value: Any, default: float | None) -> float | None:
    return default if value is BaseRequest.DEFAULT_NONE else value


def _body(request_data: RequestData | None) -> Any:
    if request_data is None:
        return None
    if not request_data.contains_files:
        return request_data.json_parameters  # a urlencoded form, as HTTPXRequest sends
    form = aiohttp.FormData()
    for name, value in request_data.json_parameters.items():
        form.add_field(name, value)
    for name, (filename, content, mime) in request_data.multipart_data.items():
        form.add_field(name, content, filename=filename, content_type=mime)
    return form
