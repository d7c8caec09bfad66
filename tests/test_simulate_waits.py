"""`livedeck simulate` started with the studio (as the README's demo does by hand) waits while the
studio is still starting, as a relay does: it exited 1 ("cannot send") on the first 503."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.conftest import PYTHON, ROOT
from tests.procs import Serve
from tests.test_startup_window import feed, go_live, held, until  # noqa: F401  (held: the fixture)


def _refused(s: Serve) -> int:
    return int(feed(s)["sources"].get("/ingest", {}).get("malformed", {}).get("writer_starting", 0))


def test_simulate_waits_for_a_studio_still_starting(data_dir: Path, held: Path) -> None:  # noqa: F811
    s = Serve(data_dir, "--demo", "--simulate", "0")
    sim = None
    try:
        go_live(s)
        until(lambda: held.with_name(held.name + ".pid").exists(), what="the writer process spawned")
        sim = subprocess.Popen([PYTHON, "-m", "app", "simulate", "--url", f"{s.url}/ingest", "--rate", "40",
                                "--duration", "1"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
        until(lambda: _refused(s) >= 1 or sim.poll() is not None, what="simulate refused once")
        assert sim.poll() is None, sim.communicate()  # still there, asking again
        held.touch()  # the writer comes up
        out, err = sim.communicate(timeout=60)
        assert sim.returncode == 0, err
        assert out.startswith("sent ") and int(out.split()[1]) >= 35, out  # ~40 a second for 1 s
        until(lambda: feed(s)["total"] >= 30, what="the simulated comments taken")
    finally:
        if sim is not None and sim.poll() is None:
            sim.kill()
        s.kill9()
        held.touch()
