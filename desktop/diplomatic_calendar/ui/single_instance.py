"""One window per calendar file: a second start hands over to the first and exits."""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import json
import logging
import socket
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    # Loaded when first used: a start with no other window open needs no Qt networking
    # before its first frame.
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)


def instance_address(db_path: Path) -> str:
    """The local socket that the window open on ``db_path`` listens on (one per user and file)."""
    key = hashlib.sha256(str(db_path.expanduser().resolve()).encode()).hexdigest()[:20]
    name = f"diplomatic-calendar-{_user()}-{key}"
    if sys.platform == "win32":
        return name  # a named pipe, which Windows keeps in its own namespace
    # A full path keeps the address the same for Qt and for the Qt-free check below.
    return str(Path(tempfile.gettempdir()) / name)


def _user() -> str:
    try:
        return "".join(c for c in getpass.getuser() if c.isalnum())[:32] or "user"
    except (KeyError, OSError):
        return "user"


def window_is_open(db_path: Path) -> bool:
    """True when a window listens for ``db_path`` (checked without Qt, for the command line)."""
    if sys.platform == "win32" or not hasattr(socket, "AF_UNIX"):
        return False
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        probe.settimeout(1.0)
        try:
            probe.connect(instance_address(db_path))
        except OSError:
            return False
    return True


def another_window_may_be_open(db_path: Path) -> bool:
    """False when surely no window listens for ``db_path`` (asked without Qt where possible)."""
    if sys.platform == "win32" or not hasattr(socket, "AF_UNIX"):
        return True  # only Qt can ask a named pipe: InstanceGuard.ask_running_instance will
    return window_is_open(db_path)


class InstanceGuard(QObject):
    """Listens for later starts on the same file, and asks an earlier one to come forward."""

    activation_requested = Signal()
    files_received = Signal(list)  # calendar files a later start was asked to open (str paths)

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.address = instance_address(db_path)
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}

    def ask_running_instance(self, timeout_ms: int = 1000, files: Sequence[Path] = ()) -> bool:
        """Tell a window already open on this file to come forward (and open ``files``)."""
        from PySide6.QtNetwork import QLocalSocket

        message = {"activate": True, "open": [str(Path(f).expanduser().resolve()) for f in files]}
        peer = QLocalSocket(self)
        try:
            peer.connectToServer(self.address)
            if not peer.waitForConnected(timeout_ms):
                return False
            peer.write(json.dumps(message).encode("utf-8") + b"\n")
            delivered = peer.waitForBytesWritten(timeout_ms)
            peer.disconnectFromServer()
            return bool(delivered)
        finally:
            peer.abort()
            peer.deleteLater()

    def listen(self) -> bool:
        """Start listening; False (and the app carries on) when that is impossible."""
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.address):
            # Either a crashed window left its socket behind, or another start won the race.
            if self.ask_running_instance(300):
                log.warning("another window took this calendar while this one started")
                return False
            QLocalServer.removeServer(self.address)
            if not server.listen(self.address):
                log.warning("cannot listen on %s: %s", self.address, server.errorString())
                return False
        server.newConnection.connect(self._accept)
        self._server = server
        return True

    def _accept(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            peer = self._server.nextPendingConnection()
            peer.setParent(self)
            self._buffers[peer] = b""
            peer.readyRead.connect(self._read)
            peer.disconnected.connect(self._forget)
            if peer.bytesAvailable():
                self._read_from(peer)

    def _read(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        peer = self.sender()
        if isinstance(peer, QLocalSocket):
            self._read_from(peer)

    def _read_from(self, peer: QLocalSocket) -> None:
        data = self._buffers.get(peer, b"") + bytes(peer.readAll().data())
        line, complete, rest = data.partition(b"\n")
        self._buffers[peer] = rest if complete else data
        if complete:
            self._handle(line)

    def _handle(self, line: bytes) -> None:
        try:
            message = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            log.warning("ignored a message on the instance socket that is not ours")
            return
        if not isinstance(message, dict) or not message.get("activate"):
            return
        self.activation_requested.emit()
        files = [str(f) for f in message.get("open") or [] if isinstance(f, str)]
        if files:
            self.files_received.emit(files)

    def _forget(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        peer = self.sender()
        if isinstance(peer, QLocalSocket):
            self._buffers.pop(peer, None)
            peer.deleteLater()

    def close(self) -> None:
        """Stop listening (the socket file goes away with the server)."""
        if self._server is not None:
            with contextlib.suppress(RuntimeError):
                self._server.close()
                self._server.deleteLater()
            self._server = None
