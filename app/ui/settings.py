"""Settings dialogs: comment relays, the banned-word list, remote access (token, allowed origins)
and the overlay addresses for OBS."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.text import fill
from app.studio.desk import DeskStudio
from app.studio.desk_links import DEFAULT_URLS, PAGES, RelaySpec, access_file, normalise_origin
from app.studio.studio import CommandError
from app.ui.qr import qr_pixmap


def saved_relays() -> list[RelaySpec]:
    specs = []
    saved = QSettings("LiveDeck", "LiveDeck").value("relays", [])
    for text in saved if isinstance(saved, list) else []:
        try:
            specs.append(RelaySpec.parse(str(text)))
        except ValueError:
            continue
    return specs


def _spec_text(spec: RelaySpec) -> str:
    return f"twitch={spec.channel}@{spec.url}" if spec.format == "twitch" else f"{spec.format}={spec.url}"


class RelayDialog(QDialog):
    """Which relays LiveDeck connects out to; applied at once and remembered."""

    def __init__(self, studio: DeskStudio, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.studio = studio
        self.setWindowTitle(self.tr("Comment relays"))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Format"), self.tr("URL"), self.tr("Twitch channel")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 160)  # "oba-kuaishou", "socialstream" in full
        self.table.setColumnWidth(1, 320)
        current = studio.relays.specs if studio.relays else []
        for spec in current:
            self.add_row(spec)
        add = QPushButton(self.tr("Add relay"))
        add.clicked.connect(lambda: self.add_row(RelaySpec("barragegrab", DEFAULT_URLS["barragegrab"])))
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        self.error = QLabel()
        self.error.setStyleSheet("color: #e03131;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        port = getattr(getattr(studio.relays, "server", None), "port", None) or 8765
        intro = QLabel(fill(self.tr("LiveDeck connects to these relays and reconnects by itself if one drops. "
                                    "Relays can also push to %1."), f"ws://127.0.0.1:{port}/ingest"))
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.push_relays(port))
        layout.addWidget(buttons)
        self.resize(820, 560)

    def push_relays(self, port: int) -> QLabel:
        """The relays that connect or post to LiveDeck instead, and where each is pointed (docs/protocol.md)."""
        ws, http = f"ws://127.0.0.1:{port}/ingest", f"http://127.0.0.1:{port}/ingest"
        lines = [self.tr("Relays that connect to LiveDeck: set their address to"),
                 fill(self.tr("• skmcj/dycast (Douyin): relay address %1"), ws),
                 fill(self.tr("• OrdinaryRoad live-chat-client ForwardMsgPlugin (Kuaishou): %1"), ws),
                 fill(self.tr("• fire4nt/wxlivespy (WeChat Channels): forward URL %1"), http),
                 fill(self.tr("• 洛曦 page userscript (PDD, Taobao, Xiaohongshu, Kuaishou, Channels, Buyin): "
                              "wsUrl %1"), ws + "?platform=pdd"),
                 fill(self.tr("• Any relay sending LiveDeck's own JSON: %1 (websocket or HTTP POST)"), ws),
                 self.tr("LiveDeck connects out to the others in the table above: barragegrab, douyinlive, "
                         "tiktok (TikTok-Live-Connector relays), socialstream (Social Stream Ninja), twitch, "
                         "oba and oba-kuaishou (oba-live-tool).")]
        label = QLabel("\n".join(lines))
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def add_row(self, spec: RelaySpec) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        fmt = QComboBox()
        fmt.addItems(list(DEFAULT_URLS))
        fmt.setCurrentText(spec.format)
        url = QLineEdit(spec.url)
        fmt.currentTextChanged.connect(lambda f: url.setText(DEFAULT_URLS[f]))
        self.table.setCellWidget(r, 0, fmt)
        self.table.setCellWidget(r, 1, url)
        self.table.setCellWidget(r, 2, QLineEdit(spec.channel))

    def specs(self) -> list[RelaySpec]:
        out = []
        for r in range(self.table.rowCount()):
            fmt = self.table.cellWidget(r, 0)
            url = self.table.cellWidget(r, 1)
            channel = self.table.cellWidget(r, 2)
            assert isinstance(fmt, QComboBox) and isinstance(url, QLineEdit) and isinstance(channel, QLineEdit)
            out.append(RelaySpec(fmt.currentText(), url.text().strip(), channel.text().strip().lstrip("#").lower()))
        return out

    def apply(self) -> None:
        specs = self.specs()
        bad = [s for s in specs
               if not s.url.startswith(("ws://", "wss://")) or (s.format == "twitch" and not s.channel)]
        if bad:
            self.error.setText(self.tr("Each relay needs a ws:// or wss:// URL, and Twitch a channel."))
            return
        if self.studio.relays is not None:  # returns at once: the clients connect on the server's loop
            try:
                self.studio.execute("relays.set", {"relays": [{"format": s.format, "url": s.url, "channel": s.channel}
                                                              for s in specs]})
            except CommandError as exc:
                self.error.setText(exc.message)
                return
        QSettings("LiveDeck", "LiveDeck").setValue("relays", [_spec_text(s) for s in specs])
        self.accept()


class WordListDialog(QDialog):
    """Edit the banned-word list (category, word, suggested rewording), applied on save."""

    def __init__(self, path: Path, on_saved: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.on_saved = on_saved
        self.setWindowTitle(self.tr("Banned and risky words"))
        self.text = QPlainTextEdit(path.read_text(encoding="utf-8") if path.exists() else "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("One per line: category, tab, word, tab, suggested rewording. Categories: "
                                        "absolute, medical, diversion, guarantee, banned.")))
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(640, 520)

    def save(self) -> None:
        self.path.write_text(self.text.toPlainText(), encoding="utf-8")
        if callable(self.on_saved):
            self.on_saved()
        self.accept()


class RemoteAccessDialog(QDialog):
    """The token remote stations need and the browser origins allowed besides the studio's own pages.

    Both live in the data dir's access.json; a running studio reads them at each new connection,
    so a rotated token locks out new connections that use the old one at once.
    """

    def __init__(self, data_dir: Path, parent: QWidget | None = None, port: int = 8765, lan: bool = False) -> None:
        super().__init__(parent)
        self.access = access_file(data_dir)
        self.port, self.lan = port, lan
        self.setWindowTitle(self.tr("Remote access"))
        self.token = QLineEdit(self.access.token)
        self.token.setReadOnly(True)
        copy = QPushButton(self.tr("Copy"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.token.text()))
        rotate = QPushButton(self.tr("New token"))
        rotate.clicked.connect(self.rotate)
        self.origins = QPlainTextEdit("\n".join(self.access.load().allowed_origins))
        self.origins.setPlaceholderText("https://companion.example.com")
        self.error = QLabel()
        self.error.setStyleSheet("color: #e03131;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.token, 1)
        row.addWidget(copy)
        row.addWidget(rotate)
        layout = QVBoxLayout(self)
        control = QLabel(self.tr("Control token: in LAN mode every /control client and every other computer "
                                 "that sends comments adds ?token=… to its URL (or sends Authorization: Bearer …). "
                                 "Pages that only read take the view token below."))
        control.setWordWrap(True)
        layout.addWidget(control)
        layout.addLayout(row)
        layout.addWidget(self._links_box())
        layout.addWidget(QLabel(self.tr("Web pages allowed to connect besides the studio's own overlays, one "
                                        "origin a line (scheme://host:port). Any other web page is refused.")))
        layout.addWidget(self.origins, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(760, 640)

    def links(self) -> dict[str, str]:
        """The view links (host view, producer view: they read, never command) and the second desk's
        command line (control token), for this computer's first LAN address."""
        host = next((a.toString() for a in QNetworkInterface.allAddresses()
                     if a.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol and not a.isLoopback()),
                    "127.0.0.1") if self.lan else "127.0.0.1"
        view, control = self.access.view_token, self.access.token
        return {"host": f"http://{host}:{self.port}/host?token={view}",
                "view": f"http://{host}:{self.port}/view?token={view}",
                "desk": f"livedeck --connect ws://{host}:{self.port} --token {control}"}

    def _links_box(self) -> QWidget:
        box = QGroupBox(self.tr("Other screens"))
        grid = QGridLayout(box)
        note = self.tr("Scan with the tablet or phone at the camera. View links show the host view and the "
                       "producer view and can run no command; the second desk needs the control token.")
        if not self.lan:
            note += " " + self.tr("LAN mode is off: these links work on this computer only (start with --lan).")
        intro = QLabel(note)
        intro.setWordWrap(True)
        grid.addWidget(intro, 0, 0, 1, 3)
        self.link_fields: dict[str, QLineEdit] = {}
        self.qr_labels: dict[str, QLabel] = {}
        names = {"host": self.tr("Host view"), "view": self.tr("Producer view"), "desk": self.tr("Second desk")}
        for row, (key, url) in enumerate(self.links().items(), start=1):
            field = QLineEdit(url)
            field.setReadOnly(True)
            field.setCursorPosition(0)
            copy = QPushButton(self.tr("Copy"))
            copy.clicked.connect(lambda _=False, f=field: QGuiApplication.clipboard().setText(f.text()))
            grid.addWidget(QLabel(names[key]), row, 0)
            grid.addWidget(field, row, 1)
            grid.addWidget(copy, row, 2)
            self.link_fields[key] = field
        codes = QHBoxLayout()
        for key in ("host", "view"):
            label = QLabel()
            label.setPixmap(qr_pixmap(self.link_fields[key].text()))
            label.setToolTip(self.link_fields[key].text())
            codes.addWidget(QLabel(names[key]))
            codes.addWidget(label)
            self.qr_labels[key] = label
        codes.addStretch(1)
        rotate_view = QPushButton(self.tr("New view token"))
        rotate_view.clicked.connect(self.rotate_view)
        codes.addWidget(rotate_view, 0, Qt.AlignmentFlag.AlignBottom)
        grid.addLayout(codes, len(self.link_fields) + 1, 0, 1, 3)
        return box

    def _refresh_links(self) -> None:
        for key, url in self.links().items():
            self.link_fields[key].setText(url)
            if key in self.qr_labels:
                self.qr_labels[key].setPixmap(qr_pixmap(url))
                self.qr_labels[key].setToolTip(url)

    def rotate(self) -> None:
        """A new token; stations using the old one must be given the new one."""
        self.token.setText(self.access.rotate())
        self._refresh_links()

    def rotate_view(self) -> None:
        """A new view token: tablets and phones given the old link must scan the new one."""
        self.access.rotate_view()
        self._refresh_links()

    def save(self) -> None:
        lines = [line.strip() for line in self.origins.toPlainText().splitlines() if line.strip()]
        bad = [line for line in lines if normalise_origin(line) is None]
        if bad:
            self.error.setText(fill(self.tr("Not an origin (scheme://host:port): %1"), ", ".join(bad)))
            return
        self.access.set_origins(lines)
        self.accept()
class OverlayUrlsDialog(QDialog):
    """Settings → Overlays: the address of each OBS browser-source page, with a copy button.

    In LAN mode every page address carries the token in the query, as the studio requires; the
    addresses for other computers use this computer's LAN addresses."""

    def __init__(self, port: int, lan: bool = False, token: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Overlays for OBS"))
        hosts = ["127.0.0.1"]
        if lan:
            hosts += [a.toString() for a in QNetworkInterface.allAddresses()
                      if a.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol and not a.isLoopback()]
        self.urls: list[str] = []
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Add each page to OBS as a Browser source, 1920×1080. The background is "
                               "transparent. Put your own styles in overlay.css in the data folder, "
                               "or add ?css=URL to an address."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        row = 0
        for host in hosts:
            for name in PAGES:
                url = f"http://{host}:{port}/overlay/{name}"
                if lan and token:
                    url += f"?token={token}"
                field = QLineEdit(url)
                field.setReadOnly(True)
                copy = QPushButton(self.tr("Copy"))
                copy.clicked.connect(lambda _=False, u=url: self.copy(u))
                grid.addWidget(QLabel(name), row, 0)
                grid.addWidget(field, row, 1)
                grid.addWidget(copy, row, 2)
                self.urls.append(url)
                row += 1
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 120 + 34 * row)

    def copy(self, url: str) -> None:
        QGuiApplication.clipboard().setText(url)
