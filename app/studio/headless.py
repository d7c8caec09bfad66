"""Running the studio's event loop (qasync: asyncio inside Qt), with or without windows."""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys
from pathlib import Path

import qasync
from PySide6.QtCore import QCoreApplication, QTimer, QTranslator

from app.core.collector import freeze_startup_objects
from app.live.relays import RelaySpec
from app.models.data_dir import resolve_data_dir, resolve_db_url
from app.studio.runtime import Runtime
from app.usage import UsageError


def make_runtime(args: argparse.Namespace, lang: str) -> Runtime:
    runtime = Runtime(resolve_data_dir(args.data_dir), port=args.port, lang=lang, lan=args.lan,
                      token=args.token, speech=not args.no_speech, db_url=resolve_db_url(args.db),
                      room_lock=getattr(args, "room_lock", None))
    runtime.start()
    try:
        for r in args.relay:  # refuse a bad --relay now; relays connect once a show is open
            RelaySpec.parse(r)
    except ValueError as exc:
        runtime.shutdown()
        raise UsageError(str(exc)) from None
    if runtime.server.lan:
        view = runtime.server.access.view_token if runtime.server.access is not None else ""
        print(f"LAN mode: control clients need ?token={runtime.token}; view pages (/host, /view, overlays) "
              f"take ?token={view}", file=sys.stderr, flush=True)
    return runtime


def start_relays(runtime: Runtime, args: argparse.Namespace, saved: list[RelaySpec]) -> None:
    """The relays of --relay, else those saved in Settings (they connect once a show is open)."""
    runtime.relays.set_relays([RelaySpec.parse(r) for r in args.relay] if args.relay else saved)


def start_stream(runtime: Runtime, args: argparse.Namespace) -> None:
    """--simulate RATE, or with --demo and no relay a gentle 8 events a second."""
    rate = args.simulate if args.simulate is not None else (8.0 if args.demo and not args.relay else 0.0)
    if rate > 0:
        runtime.start_simulation(rate)


def quit_on_signals(app: QCoreApplication) -> None:
    """SIGINT/SIGTERM quit through the event loop, which flushes what was accepted; one that comes
    before the loop runs waits for it in the queue (a supervisor may stop `serve` as soon as it says
    where it listens: that was a traceback and rc -15)."""
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: QTimer.singleShot(0, app.quit))


def run_loop(app: QCoreApplication, runtime: Runtime, quit_after: float | None) -> int:
    """Run until quit (window closed, app.quit command, SIGINT/SIGTERM, --quit-after), then flush."""
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    runtime.studio.quit_requested.connect(app.quit)
    quit_on_signals(app)
    # Python only runs signal handlers when the interpreter gets control: wake it up regularly.
    heartbeat = QTimer()
    heartbeat.start(200)
    heartbeat.timeout.connect(lambda: None)
    if quit_after is not None:
        QTimer.singleShot(int(quit_after * 1000), app.quit)
    QTimer.singleShot(0, freeze_startup_objects)
    try:
        with loop:
            loop.run_until_complete(closed.wait())
    finally:
        written = runtime.shutdown()
    if not written:
        print("livedeck: some accepted comments could not be written (is the disk full?); see the log",
              file=sys.stderr)
        return 1
    return 0


def install_translation(app: QCoreApplication, lang: str) -> None:
    """The texts the studio publishes (the host screen, refusals) in the studio's language, as in the app."""
    frozen = getattr(sys, "_MEIPASS", None)
    base = Path(frozen) if frozen else Path(__file__).resolve().parents[2]
    translator = QTranslator(app)
    if lang != "en" and translator.load(str(base / "resources" / "i18n" / f"livedeck_{lang}.qm")):
        app.installTranslator(translator)


def run_headless(args: argparse.Namespace) -> int:
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    quit_on_signals(app)  # before anything starts, and so before the line that says where it listens
    lang = args.lang or "zh_CN"  # `serve` without --lang, before or after it: the studio's own language
    install_translation(app, lang)
    runtime = make_runtime(args, lang)
    show_id = runtime.open_initial(args.show, demo=args.demo)
    runtime.relays.set_relays([RelaySpec.parse(r) for r in args.relay])
    start_stream(runtime, args)
    print(f"livedeck serve: ws://{runtime.server.host}:{runtime.server.port}/control "
          f"(show {show_id if show_id is not None else 'none'})", flush=True)
    return run_loop(app, runtime, args.quit_after)
