"""A TCP proxy on 127.0.0.1 that can cut or stall a connection, for fault tests.

It forwards bytes unchanged (TLS passes straight through, so the client still
verifies Dovecot's certificate) and counts what the server sent. With
``cut_after`` it resets both sides (RST, not a polite FIN) once the server has
sent that many bytes on one connection; with ``stall_after`` it stops
forwarding the server's bytes at that point but keeps the sockets open, like a
server that stops answering.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
from types import TracebackType


class FaultProxy:
    def __init__(self, upstream: tuple[str, int], *, cut_after: int | None = None,
                 stall_after: int | None = None) -> None:
        self.upstream = upstream
        self.cut_after = cut_after
        self.stall_after = stall_after
        self.server_bytes: list[int] = []  # per connection, in accept order
        self.faulted = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        # accept() is not woken by close() from another thread: poll instead.
        self._listener.settimeout(0.2)
        self.port = int(self._listener.getsockname()[1])
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._closed = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def __enter__(self) -> FaultProxy:
        self._thread.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self._closed.set()
        self._listener.close()
        with self._lock:
            for sock in self._sockets:
                _close(sock)
        self._thread.join(timeout=5)

    def _accept(self) -> None:
        while not self._closed.is_set():
            try:
                client, _addr = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            client.settimeout(None)
            upstream = socket.create_connection(self.upstream, timeout=10)
            upstream.settimeout(None)
            with self._lock:
                self._sockets += [client, upstream]
                index = len(self.server_bytes)
                self.server_bytes.append(0)
            threading.Thread(target=self._pump, args=(client, upstream, None),
                             daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client, index),
                             daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket, index: int | None) -> None:
        """Copy src to dst; ``index`` is set for the server-to-client direction."""
        try:
            while True:
                data = src.recv(4096)
                if not data:
                    dst.shutdown(socket.SHUT_WR)
                    return
                if index is not None:
                    sent = self.server_bytes[index]
                    limit = self.cut_after if self.cut_after is not None else self.stall_after
                    if limit is not None and sent + len(data) > limit:
                        dst.sendall(data[: max(limit - sent, 0)])
                        self.server_bytes[index] = limit
                        self.faulted.set()
                        if self.cut_after is not None:
                            _reset(src, dst)
                        # A stall: leave both sockets open and silent until close().
                        return
                    self.server_bytes[index] = sent + len(data)
                dst.sendall(data)
        except OSError:
            _close(src)
            _close(dst)


def _reset(*socks: socket.socket) -> None:
    # SO_LINGER with a zero timeout makes the last close send RST: a reset.
    # The other pump thread is blocked in recv() on one of these sockets, and
    # the kernel only closes a socket once that call returns; SHUT_RD wakes
    # it without sending anything (SHUT_WR would send a polite FIN).
    for sock in socks:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    for sock in socks:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RD)
    for sock in socks:
        _close(sock)


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.close()
