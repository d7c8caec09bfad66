"""Talking to the host: host.message and host.clear, as the desk and the websocket send them."""

import pytest

from app.studio.host import HostDesk
from app.studio.studio import CommandError, Studio
from tests.doubles import FakeClock


def test_message_shows_in_the_state_and_survives_a_restart(studio: Studio, clock: FakeClock) -> None:
    HostDesk(studio)
    studio.execute("show.start")
    studio.execute("host.message", {"text": "  拉时长\n 2分钟 "})
    msg = studio.snapshot()["message"]
    assert msg == {"text": "拉时长 2分钟", "flash": True, "ts": clock.now()}
    studio.execute("host.message", {"text": "过款", "flash": False})
    assert studio.snapshot()["message"]["flash"] is False
    assert studio.show_id is not None
    studio.open_show(studio.show_id)  # replayed from the events
    assert studio.snapshot()["message"]["text"] == "过款"


def test_clear_removes_message_and_pinned_comment(studio: Studio) -> None:
    HostDesk(studio)
    studio.execute("show.start")
    studio.execute("comment.pin", {"comment": {"user_name": "小明", "text": "有黑色吗"}})
    studio.execute("host.message", {"text": "看评论区"})
    studio.execute("host.clear")
    snap = studio.snapshot()
    assert snap["message"] is None and snap["pinned"] is None
    with pytest.raises(CommandError) as err:
        studio.execute("host.clear")
    assert err.value.code == "bad_state"


@pytest.mark.parametrize("args", [{"text": "   "}, {"text": "长" * 81}, {"text": "ok", "flash": "yes"}, {}])
def test_bad_messages_are_refused_and_change_nothing(studio: Studio, args: dict) -> None:  # type: ignore[type-arg]
    HostDesk(studio)
    assert studio.show_id is not None
    before = len(studio.store.events(studio.show_id))
    with pytest.raises(CommandError) as err:
        studio.execute("host.message", args)
    assert err.value.code == "bad_args" and err.value.message
    assert len(studio.store.events(studio.show_id)) == before and studio.snapshot()["message"] is None


def test_the_runtime_offers_host_commands_to_every_station(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.studio.runtime import Runtime

    runtime = Runtime(tmp_path, port=0, speech=False)
    try:
        for cmd in ("host.message", "host.clear"):  # known commands: refused only because no show is open
            with pytest.raises(CommandError) as err:
                runtime.studio.execute(cmd, {"text": "拉时长"})
            assert err.value.code == "no_show"
    finally:
        runtime.shutdown()
