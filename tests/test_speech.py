"""Spoken cues: one engine, one thread, one priority queue; real synthesis where espeak exists."""

import ctypes.util
import threading
import wave
from pathlib import Path
from typing import Any

import pytest

from app.live.speech import (
    MAX_WAITING_COMMENTS,
    PRIORITY_COMMENT,
    PRIORITY_CUE,
    PRIORITY_NORMAL,
    NullSpeaker,
    SpeechWorker,
    _pick_voice,
)


class FakeEngine:
    """Blocks on its first utterance until released, so the queue can fill up behind it."""

    def __init__(self) -> None:
        self.spoken: list[str] = []
        self.release = threading.Event()
        self.started = threading.Event()
        self.callbacks: list[Any] = []
        self.props: dict[str, Any] = {}
        self.thread: str = ""

    def connect(self, name: str, cb: Any) -> None:
        self.callbacks.append(cb)

    def setProperty(self, key: str, value: Any) -> None:
        self.props[key] = value

    def getProperty(self, key: str) -> Any:
        return []

    def say(self, text: str) -> None:
        self.spoken.append(text)

    def runAndWait(self) -> None:
        self.thread = threading.current_thread().name
        self.started.set()
        self.release.wait(5)
        for cb in self.callbacks:
            cb("x", True)


def test_cues_jump_the_queue_and_comments_are_rate_limited() -> None:
    engine = FakeEngine()
    worker = SpeechWorker(engine_factory=lambda: engine)
    try:
        assert worker.say("first", PRIORITY_NORMAL)
        assert engine.started.wait(5)  # the engine is busy with "first"
        accepted = [worker.say(f"comment {i}", PRIORITY_COMMENT) for i in range(MAX_WAITING_COMMENTS + 3)]
        assert accepted.count(True) == MAX_WAITING_COMMENTS
        worker.say("one minute left", PRIORITY_CUE)
        engine.release.set()
        assert worker.join(5)
        assert engine.spoken[:2] == ["first", "one minute left"]
        assert engine.spoken[2:] == [f"comment {i}" for i in range(MAX_WAITING_COMMENTS)]
        assert engine.thread == "speech"  # never the caller's (GUI) thread
    finally:
        worker.stop()


def test_muted_says_nothing() -> None:
    engine = FakeEngine()
    engine.release.set()
    worker = SpeechWorker(engine_factory=lambda: engine)
    try:
        worker.muted = True
        assert not worker.say("hello")
        worker.muted = False
        assert worker.say("hello")
        assert worker.join(5)
        assert engine.spoken == ["hello"]
    finally:
        worker.stop()


def test_a_broken_engine_leaves_the_app_running() -> None:
    def broken() -> Any:
        raise OSError("no libespeak")

    worker = SpeechWorker(engine_factory=broken)
    try:
        assert worker.join(5)
        assert not worker.available and "no libespeak" in (worker.error or "")
        assert not worker.say("anything")
    finally:
        worker.stop()


@pytest.mark.skipif(ctypes.util.find_library("espeak-ng") is None, reason="libespeak-ng1 not installed")
@pytest.mark.parametrize("lang,text,voice", [("zh_CN", "还剩一分钟，准备秒杀", "cmn"), ("en", "One minute left", "en")])
def test_real_synthesis_to_wav(tmp_path: Path, lang: str, text: str, voice: str) -> None:
    import pyttsx3

    engine = pyttsx3.init()
    chosen = _pick_voice(engine, lang)
    assert chosen is not None and chosen.split("/")[-1].startswith(voice)
    worker = SpeechWorker()
    try:
        out = tmp_path / f"{lang}.wav"
        worker.save_to_file(text, out, lang)
        assert worker.join(30)
        with wave.open(str(out)) as wav:
            seconds = wav.getnframes() / wav.getframerate()
        assert seconds > 0.5  # real speech, not an empty file
    finally:
        worker.stop()


def test_missing_player_is_reported_not_swallowed(monkeypatch: pytest.MonkeyPatch) -> None:
    import app.live.speech as speech

    monkeypatch.setattr(speech.shutil, "which", lambda name: None)
    monkeypatch.setattr(speech.sys, "platform", "linux")
    worker = SpeechWorker()
    try:
        assert not worker.can_play and "aplay" in (worker.error or "")
        assert not worker.say("one minute left")
    finally:
        worker.stop()


def test_a_studio_without_speech_says_it_queued_nothing_and_keeps_the_mute(qapp, store, show_id, clock) -> None:  # type: ignore[no-untyped-def]
    """`--no-speech` (NullSpeaker): a desk asking to speak is told nothing was queued; mute still sticks."""
    from app.studio.studio import Studio

    s = Studio(store, clock=clock, speaker=NullSpeaker())
    s.open_show(show_id)
    assert s.execute("speech.say", {"text": "欢迎来到直播间"}) == {"queued": False}
    s.execute("speech.mute", {"muted": True})
    assert s.snapshot()["inputs"]["muted"] is True
    s.execute("speech.mute", {"muted": False})
    assert s.snapshot()["inputs"]["muted"] is False
