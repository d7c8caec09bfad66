"""Spoken cues: one pyttsx3 engine in one worker thread fed by one priority queue.

Cue alerts jump the queue; read-aloud comments are rate limited (a few waiting at most) so the
host never hears a comment from two minutes ago. Nothing here ever runs on the GUI thread.
"""

from __future__ import annotations

import itertools
import logging
import queue
import shutil
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from app.core.speech_priority import PRIORITY_COMMENT as PRIORITY_COMMENT
from app.core.speech_priority import PRIORITY_CUE as PRIORITY_CUE
from app.core.speech_priority import PRIORITY_NORMAL as PRIORITY_NORMAL

log = logging.getLogger(__name__)

MAX_WAITING_COMMENTS = 3

# espeak-ng voice ids: Mandarin is "cmn" ("zh" is silently ignored), English "en".
VOICES = {"zh_CN": "cmn", "en": "en"}


class Speaker(Protocol):
    muted: bool

    def say(self, text: str, priority: int = PRIORITY_NORMAL, lang: str = "zh_CN") -> bool: ...


class NullSpeaker:
    """The speaker of a studio started without speech (`--no-speech`: headless `serve`, CI, machines without audio).

    It ships because such a studio still takes `speech.say` and the mute toggle: it says nothing and
    queues nothing (`say` is False, as when the engine is missing), yet keeps the mute flag so the
    desks show what the host chose. Tests record what would be said with tests.doubles.FakeSpeaker.
    """

    def __init__(self) -> None:
        self.muted = False

    def say(self, text: str, priority: int = PRIORITY_NORMAL, lang: str = "zh_CN") -> bool:
        return False


def _pick_voice(engine: Any, lang: str) -> str | None:
    want = VOICES.get(lang, "en")
    for voice in engine.getProperty("voices"):
        vid = str(voice.id)
        langs = [x.decode() if isinstance(x, bytes) else str(x) for x in (voice.languages or [])]
        if vid.split("/")[-1] == want or want in langs or any(x.lstrip("\x05").startswith(want) for x in langs):
            return vid
    return None


@dataclass(order=True)
class _Job:
    priority: int
    seq: int
    text: str = field(compare=False, default="")
    lang: str = field(compare=False, default="zh_CN")
    path: Path | None = field(compare=False, default=None)
    done: threading.Event | None = field(compare=False, default=None)
    stop: bool = field(compare=False, default=False)


class SpeechWorker:
    """The real speaker. `say` only enqueues; the worker thread owns the engine."""

    def __init__(self, rate: int = 175, engine_factory: Callable[[], Any] | None = None) -> None:
        self._engine_factory = engine_factory
        self._queue: queue.PriorityQueue[_Job] = queue.PriorityQueue()
        self._seq = itertools.count()
        self._lock = threading.Lock()
        self._waiting_comments = 0
        self._rate = rate
        self.muted = False
        self.available = True
        self.error: str | None = None
        # pyttsx3's espeak driver plays what it synthesised with `aplay` (alsa-utils) on Linux; without
        # it every cue would vanish with only a shell error, so say so instead.
        self.can_play = engine_factory is not None or sys.platform != "linux" or shutil.which("aplay") is not None
        if not self.can_play:
            self.error = "speech cannot play: the `aplay` command is missing (Debian: apt-get install alsa-utils)"
            log.warning(self.error)
        self._thread = threading.Thread(target=self._run, name="speech", daemon=True)
        self._thread.start()

    def say(self, text: str, priority: int = PRIORITY_NORMAL, lang: str = "zh_CN") -> bool:
        if self.muted or not self.available or not self.can_play or not text.strip():
            return False
        with self._lock:
            if priority >= PRIORITY_COMMENT:
                if self._waiting_comments >= MAX_WAITING_COMMENTS:
                    return False
                self._waiting_comments += 1
        self._queue.put(_Job(priority, next(self._seq), text, lang))
        return True

    def save_to_file(self, text: str, path: Path, lang: str = "zh_CN") -> None:
        """Queue a synthesis to a WAV file (proves the engine works where espeak is present)."""
        self._queue.put(_Job(PRIORITY_NORMAL, next(self._seq), text, lang, path))

    def join(self, timeout: float = 30.0) -> bool:
        """Wait until everything queued before this call has been spoken."""
        done = threading.Event()
        self._queue.put(_Job(PRIORITY_COMMENT + 1, next(self._seq), done=done))
        return done.wait(timeout)

    def stop(self) -> None:
        self._queue.put(_Job(1000, next(self._seq), stop=True))
        self._thread.join(timeout=5)

    def _run(self) -> None:
        engine: Any = None
        finished = threading.Event()
        try:
            if self._engine_factory is not None:
                engine = self._engine_factory()
            else:
                import pyttsx3

                engine = pyttsx3.init()
            engine.setProperty("rate", self._rate)
            engine.connect("finished-utterance", lambda name, _completed: finished.set())
        except Exception as exc:  # no espeak library, no audio device: LiveDeck runs on, silently
            self.available = False
            self.error = f"speech unavailable: {exc}"
            log.warning(self.error)
            engine = None
        current_lang = ""
        while True:
            job = self._queue.get()
            if job.stop:
                break
            if job.done is not None:
                job.done.set()
                continue
            if job.priority >= PRIORITY_COMMENT:
                with self._lock:
                    self._waiting_comments -= 1
            if engine is None or (self.muted and job.path is None):
                continue
            try:
                if job.lang != current_lang:
                    voice = _pick_voice(engine, job.lang)
                    if voice:
                        engine.setProperty("voice", voice)
                    current_lang = job.lang
                finished.clear()
                if job.path is not None:
                    engine.save_to_file(job.text, str(job.path))
                else:
                    engine.say(job.text)
                # pyttsx3 2.99 returns from runAndWait before espeak has finished.
                engine.runAndWait()
                finished.wait(timeout=5 + len(job.text) * 0.4)
            except Exception as exc:
                log.warning("speech failed for %r: %s", job.text, exc)
