// LiveDeck overlay runtime: state from ws://HOST/overlay/ws (read-only), countdowns ticked locally
// between states, reconnects by itself after a studio restart. Viewer text only ever via textContent.
(function () {
  "use strict";
  var q = new URLSearchParams(location.search);
  var page = document.body.dataset.page;
  var en = (q.get("lang") || "").indexOf("en") === 0;
  var T = en ? {
    left: "Time left", over: "Overtime", paused: "Paused", stock: "In stock: %1", list: "",
    armed: "Flash sale coming", countdown: "Flash sale starts in", live: "Flash sale", soldout: "Sold out!",
    ended: "Flash sale over", remaining: "Only %1 left", coupons: "Coupons", off: "%1 off", over_t: "orders over %1",
    couponLeft: "%1 left", lottery: "Lottery", typeKw: "Type “%1” to enter", anyComment: "Comment to enter",
    entrants: "%1 entered", drawing: "Drawing…", winners: "Winners: %1", commit: "commitment %1", seed: "seed %1",
    poll: "Poll", result: "Result", voters: "%1 voted", vote: "Vote: type the number", question: "Answering now"
  } : {
    left: "本品剩余", over: "已超时", paused: "已暂停", stock: "库存 %1 件", list: "",
    armed: "秒杀即将开始", countdown: "秒杀倒计时", live: "秒杀进行中", soldout: "已抢光！",
    ended: "秒杀已结束", remaining: "仅剩 %1 件", coupons: "优惠券", off: "减%1", over_t: "满%1",
    couponLeft: "剩 %1 张", lottery: "福袋抽奖", typeKw: "发送「%1」参与", anyComment: "发任意评论参与",
    entrants: "已有 %1 人参与", drawing: "开奖中…", winners: "恭喜 %1 中奖", commit: "承诺 %1", seed: "种子 %1",
    poll: "投票", result: "投票结果", voters: "%1 人已投票", vote: "扣数字投票", question: "正在回答"
  };
  if (q.get("css")) {
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = q.get("css");
    document.head.appendChild(link);
  }
  var state = null, at = 0;
  var stats = window.__overlay = { states: 0, lags: [], connects: 0, renders: 0 };
  function $(id) { return document.getElementById(id); }
  function fill(t) { var a = arguments; return t.replace(/%(\d)/g, function (_m, n) { return String(a[+n]); }); }
  function set(id, text) { var el = $(id); if (el.textContent !== text) el.textContent = text; }
  function show(id, on) { var el = $(id); if (el.hidden === on) el.hidden = !on; return on; }
  function price(fen) { return "¥" + (fen % 100 ? (fen / 100).toFixed(2) : String(fen / 100)); }
  function clock(s) {
    s = Math.max(0, Math.ceil(s));
    var h = Math.floor(s / 3600), m = Math.floor(s / 60) % 60, r = s % 60;
    return (h ? h + ":" + (m < 10 ? "0" : "") : "") + m + ":" + (r < 10 ? "0" : "") + r;
  }
  function wants(name) { return page === name || page === "all"; }
  function since() { return performance.now() / 1000 - at; }
  function now() { return state.now + since(); }

  function timer() {
    var t = state.timer, on = wants("timer") && state.show.status === "live" && t.phase !== "idle";
    if (!show("w-timer", on)) return;
    var left = t.phase === "paused" ? t.remaining_s : t.remaining_s - since();
    var phase = t.phase === "paused" ? "paused" : left < 0 ? "overtime" : left <= 15 ? "danger" : left <= 60 ? "warning" : "running";
    $("w-timer").className = "w " + phase;
    set("timer-label", phase === "paused" ? T.paused : phase === "overtime" ? T.over : T.left);
    set("timer-left", (left < 0 ? "+" : "") + clock(Math.abs(left)));
  }
  function product() {
    var c = state.current;
    if (!show("w-product", wants("product") && !!c)) return;
    set("product-name", c.name);
    set("product-price", price(c.live_price));
    set("product-list", c.list_price > c.live_price ? price(c.list_price) : "");
    show("product-cart", !!c.cart_no);
    set("product-cart", c.cart_no ? c.cart_no + "号" : "");
    // null: the stock is not known, so nothing is said; 0 is sold out
    set("product-stock", c.stock === null || c.stock === undefined ? "" : c.stock === 0 ? T.soldout : fill(T.stock, c.stock));
  }
  function sale() {
    var s = state.sale, n = s && now();
    var on = wants("sale") && !!s && (!s.ended || n - (s.ended_at || n) < 15);
    if (!show("w-sale", on)) return;
    var status = s.ended ? "ended" : s.live_at === null ? "armed" : n < s.live_at ? "countdown" : "live";
    $("w-sale").dataset.status = status;
    if (status === "armed") {
      set("sale-status", T.armed); set("sale-clock", price(s.price)); set("sale-left", fill(T.remaining, s.remaining));
    } else if (status === "countdown") {
      set("sale-status", T.countdown + " " + price(s.price)); set("sale-clock", clock(s.live_at - n));
      set("sale-left", fill(T.remaining, s.remaining));
    } else if (status === "live") {
      set("sale-status", T.live + " " + price(s.price)); set("sale-clock", clock(s.ends_at - n));
      set("sale-left", fill(T.remaining, s.remaining));
    } else {
      set("sale-status", s.end_reason === "sold_out" ? T.soldout : T.ended); set("sale-clock", "");
      set("sale-left", "");
    }
  }
  function coupon() {
    var n = now(), list = (state.coupons || []).filter(function (c) {
      return c.status === "active" && c.expires_at > n;
    });
    if (!show("w-coupon", wants("coupon") && list.length > 0)) return;
    set("coupon-label", T.coupons);
    var box = $("coupon-list");
    while (box.children.length > list.length) box.removeChild(box.lastChild);
    list.forEach(function (c, i) {
      var el = box.children[i];
      if (!el) { el = document.createElement("div"); el.className = "coupon"; el.appendChild(document.createElement("span"));
        el.appendChild(document.createElement("small")); box.appendChild(el); }
      var head;
      if (c.kind === "amount") {
        var th = c.threshold ? fill(T.over_t, price(c.threshold)) : "", off = fill(T.off, price(c.value));
        head = en ? off + (th ? " · " + th : "") : th + off;
      } else {
        head = en ? c.value + "% off" : (100 - c.value) / 10 + "折";
      }
      el.firstChild.textContent = head;
      el.lastChild.textContent = fill(T.couponLeft, c.left) + " · " + clock(c.expires_at - n);
    });
  }
  function lottery() {
    var l = state.lottery, n = now();
    // Open or being drawn, then the winners for 10 min; a cancelled one is gone from the stream.
    var live = !!l && (l.status === "open" || l.status === "closed");
    var on = wants("lottery") && (live || (!!l && l.status === "drawn" && n - (l.closed_at || n) < 600));
    document.body.classList.toggle("has-lottery", on);
    if (!show("w-lottery", on)) return;
    $("w-lottery").dataset.status = l.status;
    set("lottery-label", T.lottery);
    set("lottery-prize", l.prize);
    set("lottery-how", l.status === "open" ? (l.keyword ? fill(T.typeKw, l.keyword) : T.anyComment) : "");
    set("lottery-count", fill(T.entrants, l.entrants));
    set("lottery-clock", l.status === "open" ? clock(l.closes_at - n) : l.status === "closed" ? T.drawing : "");
    set("lottery-winners", l.status === "drawn" ? fill(T.winners, l.winners.map(function (w) { return w.name; }).join("、")) : "");
    set("lottery-proof", fill(T.commit, l.commitment) + (l.seed ? "\n" + fill(T.seed, l.seed) : ""));
  }
  function poll() {
    var p = state.poll, on = wants("poll") && !!p;
    document.body.classList.toggle("has-poll", on);
    if (!show("w-poll", on)) return;
    $("w-poll").dataset.status = p.status;
    set("poll-label", p.status === "open" ? T.poll + (p.time_left_s !== null ? " · " + clock(p.time_left_s - since()) : "") : T.result);
    set("poll-question", p.question);
    var total = 0, best = 0, box = $("poll-rows");
    p.options.forEach(function (o) { total += o.votes; best = Math.max(best, o.votes); });
    while (box.children.length > p.options.length) box.removeChild(box.lastChild);
    p.options.forEach(function (o, i) {
      var row = box.children[i];
      if (!row) {
        row = document.createElement("div"); row.className = "poll-row"; row.dataset.i = String(i);
        ["bar", "text", "votes"].forEach(function (k) { var s = document.createElement("span"); s.className = k; row.appendChild(s); });
        box.appendChild(row);
      }
      var pct = total ? Math.round(o.votes * 100 / total) : 0;
      row.classList.toggle("lead", best > 0 && o.votes === best);
      row.children[0].style.width = (total ? o.votes * 100 / total : 0) + "%";
      row.children[1].textContent = (i + 1) + ". " + o.text;
      row.children[2].textContent = o.votes + " · " + pct + "%";
    });
    set("poll-foot", fill(T.voters, p.voters) + (p.status === "open" ? " · " + T.vote : ""));
  }
  function pinned() {
    var c = state.pinned;
    if (!show("w-pinned", wants("pinned") && !!c)) return;
    set("pinned-user", c.user_name || "");
    set("pinned-text", c.text || "");
  }
  function question() {
    var x = state.question;
    if (!show("w-question", page === "question" && !!x)) return;
    set("question-label", T.question + (x.count > 1 ? " ×" + x.count : ""));
    set("question-text", x.text);
  }
  function render() {
    if (!state) return;
    [timer, product, sale, coupon, lottery, poll, pinned, question].forEach(function (f) {
      try { f(); } catch (e) { if (window.console) console.error(e); }
    });
    stats.renders++;
  }
  function connect() {  // the shared state feed: /static/deltas.js
    window.LiveDeckFeed.follow("/overlay/ws", stats, {
      state: function (next, m) {
        var age = m.age_s || 0;  // a state re-sent on connect: as old as that
        state = next; at = performance.now() / 1000 - age;
        stats.states++;
        stats.lags.push(Date.now() / 1000 - state.now - age);
        if (stats.lags.length > 500) stats.lags.shift();
        render();
        document.body.dataset.updated = String(Date.now());
      }
    });
  }
  setInterval(render, 200);
  connect();
})();
