from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Studios built by the dozen keep the comment writer as a thread (a spawn costs ~0.5 s each);
# tests/test_writer_process.py runs the app's own writer process, the Runtime's included.
os.environ.setdefault("LIVEDECK_WRITER", "thread")

from app.core.runsheet import Item, parse_cues
from app.models.db import open_database
from app.models.store import Store
from tests.doubles import FakeClock, FakeSpeaker

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable


@pytest.fixture(autouse=True, scope="session")
def nothing_outside_temp_dirs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Tests never write the user's data dir or settings: both point into a temp dir for the run."""
    from PySide6.QtCore import QSettings

    home = tmp_path_factory.mktemp("home")
    saved = {k: os.environ.get(k) for k in ("LIVEDECK_DATA_DIR", "XDG_DATA_HOME", "XDG_CONFIG_HOME")}
    os.environ.update(LIVEDECK_DATA_DIR=str(home / "data"), XDG_DATA_HOME=str(home / "share"),
                      XDG_CONFIG_HOME=str(home / "config"))
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(home / "settings"))
    yield
    for k, v in saved.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread() -> Iterator[None]:
    """Studios and their desks reference each other (Python wrappers of QObjects). Collect such
    cycles here, on the GUI thread, after each test: left to chance, the cyclic GC may run in the
    writer or server thread and destroy a Studio (and its QTimer) from there."""
    yield
    gc.collect()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    return d


@pytest.fixture
def studio_proc(data_dir: Path) -> Iterator[Any]:
    """A real `livedeck serve --lan` process with the demo show, its control token as `.token`."""
    from app.live.access import AccessFile
    from tests.procs import Serve  # here, not at the top: tests.procs imports this module

    s = Serve(data_dir, "--demo", "--simulate", "0", "--lan")
    s.token = AccessFile(data_dir / "access.json").token  # type: ignore[attr-defined]
    yield s
    s.stop()


@pytest.fixture
def second_desk(qtbot: Any, studio_proc: Any, data_dir: Path) -> Iterator[Any]:
    """A second desk's RemoteStudio (what `livedeck --connect` runs) on `studio_proc`, connected."""
    from app.live.access import AccessFile
    from app.studio.remote import RemoteStudio

    remote = RemoteStudio(studio_proc.url, AccessFile(data_dir / "access.json").token, "zh_CN")
    remote.start()
    qtbot.waitUntil(lambda: remote.connected and remote.show_id is not None, timeout=10_000)
    yield remote
    remote.stop()


@pytest.fixture
def serve(data_dir: Path) -> Iterator[Any]:
    """`livedeck serve` with the demo show and no simulated comments (tests.procs.Serve): what the page
    tests drive. (Imported here, not at the top: tests.procs imports this module.)"""
    from tests.procs import Serve

    s = Serve(data_dir, "--demo", "--simulate", "0")
    yield s
    s.stop()


@pytest.fixture
def browser() -> Iterator[object]:
    """Headless Chromium (tests/browser.py), for the pages as a viewer's browser or OBS opens them."""
    from tests.browser import chromium  # selenium only for the tests that open a page

    with chromium() as driver:
        yield driver


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    engine = open_database(data_dir)
    yield Store(engine)
    engine.dispose()


def sample_items() -> list[Item]:
    return [
        Item("羊毛大衣", "CT-1", 89900, 49900, 120, 10, "双面呢", cues=parse_cues("3:00 口播优惠券")),
        Item("摇粒绒卫衣", "SW-2", 19900, 9900, 300, 8, "加绒"),
        Item("羊绒围巾", "SC-3", 39900, 19900, 80, 6, "礼盒"),
        Item("保温杯", "HM-4", 12900, 6900, 400, 5, "316 内胆"),
    ]


@pytest.fixture
def show_id(store: Store) -> int:
    return store.create_show("测试专场", "douyin", "主播小A", None, sample_items())


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def speaker() -> FakeSpeaker:
    return FakeSpeaker()


@pytest.fixture
def studio(qapp: object, store: Store, show_id: int, clock: FakeClock, speaker: FakeSpeaker) -> object:
    from app.studio.studio import Studio

    s = Studio(store, clock=clock, speaker=speaker)
    s.open_show(show_id)
    return s


@pytest.fixture
def live_studio(qapp: object, data_dir: Path, store: Store, show_id: int, clock: FakeClock,
                speaker: FakeSpeaker) -> Iterator[object]:
    """A Studio with the real ingest pipeline, writer and feed (no server: tests push events in)."""
    from app.live.ingest import IngestPipeline
    from app.models.writer import CommentWriter, next_comment_id
    from app.studio.feed import CommentFeed
    from app.studio.studio import Studio

    writer = CommentWriter(store.engine)
    pipeline = IngestPipeline(writer, next_comment_id(store.engine))
    feed = CommentFeed(pipeline, data_dir)
    s = Studio(store, clock=clock, speaker=speaker, feed=feed)
    s.open_show(show_id)
    yield s
    feed.stop()
    writer.close()


def comment(n: int, text: str = "好看", user: str | None = None, kind: str = "comment", **extra: object) -> object:
    from app.core.comments import Comment

    uid = user or f"u{n}"
    return Comment(kind, "douyin", f"m{n}", 1_764_000_000.0 + n, uid, f"观众{uid}", text,
                   extra=dict(extra) or None)


@pytest.fixture
def carted(qapp: object, store: Store, clock: FakeClock, speaker: FakeSpeaker, data_dir: Path) -> Iterator[object]:
    """A live show whose cart links (5, 3, 7) are not its run order, with the feed and every desk."""
    from app.live.ingest import IngestPipeline
    from app.models.writer import CommentWriter, next_comment_id
    from app.studio.commerce import Commerce
    from app.studio.feed import CommentFeed
    from app.studio.host import HostDesk
    from app.studio.polls import Polls
    from app.studio.questions import Questions
    from app.studio.studio import Studio

    items = [Item("羊毛大衣", "CT-1", 89900, 49900, 120, 10, "双面呢", cart_no="5"),
             Item("羊毛开衫", "KS-2", 19900, 990 * 2, 300, 8, "加绒", cart_no="3"),
             Item("羊绒围巾", "SC-3", 39900, 19900, 80, 6, "礼盒", cart_no="7")]
    show_id = store.create_show("秋冬专场", "douyin", "小A", None, items)
    writer = CommentWriter(store.engine)
    feed = CommentFeed(IngestPipeline(writer, next_comment_id(store.engine)), data_dir)
    s = Studio(store, clock=clock, speaker=speaker, feed=feed)
    s.open_show(show_id)
    Commerce(s)
    Polls(s)
    HostDesk(s)
    Questions(s)
    s.execute("show.start")
    yield s
    feed.stop()
    writer.close()


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[object]:
    """One real PostgreSQL 15 cluster for the whole run (tests/pgcluster.py), stopped at the end.
    Missing PostgreSQL fails on Debian as root (CI, where setup.sh installs it) and skips elsewhere."""
    from tests.pgcluster import PgCluster, must_not_skip

    why = PgCluster.available()
    if why is not None:
        if must_not_skip():
            pytest.fail(f"{why}: scripts/setup.sh installs it on Debian")
        pytest.skip(why)
    cluster = PgCluster()
    yield cluster
    cluster.close()


_pg_dbs = iter(range(1, 1_000_000))


@pytest.fixture
def pg_url(pg_cluster: object) -> str:
    """A fresh, empty database in the session's cluster: each test starts from nothing."""
    import psycopg

    url = pg_cluster.url  # type: ignore[attr-defined]
    name = f"t{next(_pg_dbs)}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return url.rsplit("/", 1)[0] + "/" + name
