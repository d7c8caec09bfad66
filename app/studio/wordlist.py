"""The user's editable banned-word list, and the words later LiveDeck versions ship.

The copy in the data dir is the user's (house words added, false alarms deleted), so it is never
overwritten; but then a word the shipped list gained since (广告法 lists grow) never reached anyone who
had used LiveDeck before. The shipped words already offered to this copy are kept beside it
(OFFERED_NAME); each load appends to the copy the shipped lines not offered yet, once: a word the user
deleted had been offered, and stays deleted.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

log = logging.getLogger(__name__)

SHIPPED_WORDLIST = Path(__file__).resolve().parents[2] / "resources" / "wordlists" / "banned_zh.tsv"
USER_NAME = "banned_words.tsv"
OFFERED_NAME = "banned_words.offered"
# What the first release shipped: a copy made before OFFERED_NAME existed had been offered these.
FIRST_SHIPPED = frozenset(["最", "第一", "国家级", "最高级", "最佳", "唯一", "顶级", "全网最低", "史无前例",
                           "万能", "绝对", "极品", "治疗", "治愈", "抗癌", "降血压", "降血糖", "消炎", "祛斑",
                           "减肥", "药用", "加微", "加v", "vx", "微信", "私聊", "私信我", "加qq", "淘口令",
                           "100%", "无效退款", "包治", "保证有效", "稳赚", "零风险"])
ADDED = "# Added by a LiveDeck update (delete a line to stop flagging its word; it will not come back):"


def _lines(path: Path) -> dict[str, str]:
    """word → its line, for the word lines of a list (`category<TAB>word[<TAB>rewording]`)."""
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.strip().split("\t")
        if not line.lstrip().startswith("#") and len(parts) >= 2 and parts[1].strip():
            out.setdefault(parts[1].strip(), line.strip())
    return out


def wordlist_path(data_dir: Path) -> Path:
    """The user's editable copy: made from the shipped list on first use, given the shipped words it
    has not been offered yet on later ones. A copy that cannot be written stays as it is (logged)."""
    path = data_dir / USER_NAME
    if not SHIPPED_WORDLIST.exists():
        return path
    offered_path = data_dir / OFFERED_NAME
    try:
        shipped = _lines(SHIPPED_WORDLIST)
        if not path.exists():
            shutil.copyfile(SHIPPED_WORDLIST, path)
        else:
            offered = set(offered_path.read_text(encoding="utf-8").split("\n")) if offered_path.exists() \
                else FIRST_SHIPPED
            have = _lines(path)
            new = [line for word, line in shipped.items() if word not in offered and word not in have]
            if new:
                text = path.read_text(encoding="utf-8")
                path.write_text(text + ("" if text.endswith("\n") or not text else "\n") + "\n".join([ADDED, *new])
                                + "\n", encoding="utf-8")
            elif offered_path.exists() and set(shipped) <= offered:
                return path
        offered_path.write_text("\n".join(shipped), encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("the banned-word list %s could not be brought up to date: %s", path, exc)
    return path
