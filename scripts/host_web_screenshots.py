"""Screenshots of the web host view (/host) and the producer view (/view) as a phone, a tablet and a TV
see them, to judge them by eye.

    .venv/bin/python scripts/host_web_screenshots.py [OUTDIR]   (default docs/screenshots)

Starts `livedeck serve` on a temporary demo show with the Chinese UI strings, puts an item on air with
a message, a pinned comment, a coupon, a lottery and a question, and shoots /host at 390×844, 1024×768
and 1920×1080, then a sale's 3-2-1 taking the screen, and /view.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.browser import chromium, send_comments, vote, wait_for  # noqa: E402
from tests.procs import Control, Serve  # noqa: E402

SIZES = {"phone": (390, 844), "tablet": (1024, 768), "tv": (1920, 1080)}


def stage(ctl: Control, port: int) -> None:
    ctl.first_state()
    for cmd, args in [("show.start", {}), ("segment.next", {}),
                      ("host.message", {"text": "讲优惠券，再逼单一次"}),
                      ("comment.pin", {"comment": {"user_name": "爱购物的猫", "text": "3号链接还有M码吗？"}}),
                      ("coupon.issue", {"amount": 50, "threshold": 299, "quantity": 200}),
                      ("lottery.open", {"prize": "羊绒围巾礼盒", "keyword": "福袋", "winners": 2, "duration_s": 120})]:
        reply = ctl.call(cmd, **args)
        assert reply["ok"], (cmd, reply)
    send_comments(port, [vote(i, f"u{i}", "福袋") for i in range(12)])


def viewport(driver: object, size: tuple[int, int]) -> None:
    """Exactly this many CSS pixels, as the device has them (a window size would include no chrome
    headless, but the emulation also gives a phone its mobile viewport)."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",  # type: ignore[attr-defined]
                           {"width": size[0], "height": size[1], "deviceScaleFactor": 1, "mobile": size[0] < 600})


def shoot(driver: object, url: str, size: tuple[int, int], out: Path) -> None:
    viewport(driver, size)
    driver.get(url)  # type: ignore[attr-defined]
    wait_for(lambda: driver.execute_script("return window.__view && window.__view.states > 0"))  # type: ignore[attr-defined]
    time.sleep(0.6)  # two local repaints after the first state: the fitted sizes settle
    driver.save_screenshot(str(out))  # type: ignore[attr-defined]


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        serve = Serve(Path(tmp), "--demo", "--simulate", "0")
        try:
            ctl = serve.control()
            stage(ctl, serve.port)
            base = f"http://127.0.0.1:{serve.port}"
            with chromium() as driver:
                for name, size in SIZES.items():
                    shoot(driver, f"{base}/host", size, out / f"host-web-{name}.png")
                    print(out / f"host-web-{name}.png")
                ctl.call("sale.start", price=399, quantity=50, countdown_s=10, duration_s=300)
                time.sleep(7.2)
                for name, size in SIZES.items():
                    shoot(driver, f"{base}/host", size, out / f"host-web-moment-{name}.png")
                    print(out / f"host-web-moment-{name}.png")
                shoot(driver, f"{base}/view", (1024, 768), out / "view-web-tablet.png")
                shoot(driver, f"{base}/view", (390, 844), out / "view-web-phone.png")
                print(out / "view-web-*.png")
            ctl.close()
        finally:
            serve.stop()


if __name__ == "__main__":
    main()
