// LiveDeck host and producer views: state from ws://HOST/view/ws (read-only; nothing sent is acted on),
// clocks ticked locally between states, every text fitted to its box, reconnecting by itself after a
// studio restart. Text from the studio only ever goes in through textContent.
(function () {
  "use strict";
  var q = new URLSearchParams(location.search);
  var page = document.body.dataset.page;
  var state = null, at = 0, page_i = 0, pageTurned = 0;
  var stats = window.__view = { states: 0, connects: 0, renders: 0, lastState: 0 };
  var en = (q.get("lang") || "").indexOf("en") === 0;
  var T = en ? {
    offline: "Reconnecting to the studio…", done: "done", onair: "on air", next: "next", item: "Item",
    link: "Link", planned: "Planned", actual: "Actual", orders: "Orders", units: "Units sold", gmv: "GMV",
    comments: "Comments", perSec: "per second", malformed: "Malformed", pending: "Waiting to be stored",
    dead: "Not stored", viewers: "Viewers", questions: "Open questions", run: "Run-sheet", banners: "On the host screen",
    feed: "Feed health", sales: "Sales", roomEnded: "The platform says the room has ended", status: "Status"
  } : {
    offline: "正在重新连接直播间…", done: "已播", onair: "直播中", next: "下一个", item: "商品",
    link: "链接", planned: "计划", actual: "实际", orders: "订单", units: "成交件数", gmv: "成交额",
    comments: "评论", perSec: "每秒", malformed: "格式错误", pending: "待写入",
    dead: "未能保存", viewers: "在线", questions: "待答问题", run: "排品单", banners: "提词屏上",
    feed: "评论健康", sales: "销售", roomEnded: "平台通知直播间已结束", status: "状态"
  };
  function $(id) { return document.getElementById(id); }
  function since() { return performance.now() / 1000 - at; }
  function now() { return state.now + since(); }
  function set(el, text) { text = text == null ? "" : String(text); if (el.textContent !== text) el.textContent = text; }
  function show(el, on) { if (el.hidden === on) el.hidden = !on; return on; }
  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function duration(s) {
    var t = Math.floor(Math.abs(s)), h = Math.floor(t / 3600), m = Math.floor(t / 60) % 60, r = t % 60;
    return (s < 0 ? "-" : "") + (h ? h + ":" + pad(m) : m) + ":" + pad(r);
  }
  function signed(s) { return s < 0 ? "+" + duration(-s) : duration(s); }
  function price(fen) { return "¥" + (fen % 100 ? (fen / 100).toFixed(2) : String(fen / 100)); }

  // ---- sizes: one unit from the window, as the Qt host view does (a phone upright reads at arm's length)
  var unit = 10;
  function measure() {
    var w = window.innerWidth, h = window.innerHeight;
    unit = Math.max(6, Math.min(h / 60, w / (h > w ? 50 : 100)));
    document.documentElement.style.setProperty("--u", unit + "px");
  }
  function overflows(el) { return el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1; }
  // The largest size (data-max units) at which the text fits its box, never below data-min.
  function fit(el) {
    var key = el.textContent + "|" + el.clientWidth + "x" + el.clientHeight + "|" + unit;
    if (el.dataset.fitted === key) return;
    var lo = Math.floor(+el.dataset.min * unit), hi = Math.floor(+el.dataset.max * unit), best = lo;
    el.style.height = "";
    // Measured top-left aligned: text centred or right-aligned overflows to the top and left too,
    // where scrollWidth/scrollHeight do not count it.
    el.classList.add("measuring");
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      el.style.fontSize = mid + "px";
      if (overflows(el)) { hi = mid - 1; } else { best = mid; lo = mid + 1; }
    }
    el.style.fontSize = best + "px";
    el.classList.remove("measuring");
    el.dataset.fitted = el.textContent + "|" + el.clientWidth + "x" + el.clientHeight + "|" + unit;
    el.dataset.pages = "1";
    if (el.classList.contains("paged") && overflows(el)) {  // at the floor and still long: pages of whole lines
      var line = best * 1.2, box = el.parentNode.clientHeight, per = Math.max(1, Math.floor(box / line));
      el.style.height = (per * line) + "px";
      el.dataset.pages = String(Math.ceil(el.scrollHeight / (per * line)));
    }
  }
  function fitAll() {
    Array.prototype.forEach.call(document.querySelectorAll(".fit"), function (el) {
      if (!el.hidden && el.offsetParent !== null) fit(el);
    });
  }

  // ---- the host view ----------------------------------------------------------------------------------
  function classes(h, left) {
    var phase = h.phase;
    if (h.status === "live" && h.counting && left !== null && left < 0) phase = "overtime";
    var want = ["host", "phase-" + (h.status === "live" || h.status === "draft" ? phase : "idle")];
    if (h.in_sale) want.push("in-sale");
    if (h.low_stock) want.push("low-stock");
    if (moment(h)) want.push("moment");
    var cls = want.join(" ");
    if (document.body.className !== cls) document.body.className = cls;
  }
  function moment(h) { var m = h.takeover; return m && now() < m.until ? m : null; }
  function timeLeft(h) {
    if (h.time_left_s === null || h.time_left_s === undefined) return null;
    return h.counting ? h.time_left_s - since() : h.time_left_s;
  }
  function banners(h) {
    var box = $("h-banners"), list = h.banners || [];
    while (box.children.length > list.length) box.removeChild(box.lastChild);
    list.forEach(function (b, i) {
      var el = box.children[i];
      if (!el) { el = document.createElement("div"); el.dataset.max = "2.6"; el.dataset.min = "1.6"; box.appendChild(el); }
      var cls = "fit box strong banner k-" + b.kind;
      if (el.className !== cls) el.className = cls;
      set(el, b.text);
      el.title = b.text;
    });
  }
  function momentBox(h) {
    var m = moment(h), box = $("h-moment");
    if (!show(box, !!m)) return;
    var top = $("h-main").getBoundingClientRect().top, bottom = $("bottom").getBoundingClientRect().top;
    box.style.top = top + "px";
    box.style.height = Math.max(0, bottom - top - unit * 0.8) + "px";
    box.className = "k-" + m.kind;
    set($("m-title"), m.title);
    var big = m.big, left = m.until - 5 - now();  // a sale's 3-2-1 counts here between states
    if (m.kind === "sale" && /^\d+$/.test(m.big) && left > 0) big = String(Math.ceil(left));
    set($("m-big"), big);
    set($("m-small"), m.small);
  }
  function points(h) {
    var el = $("h-points");
    set(el, h.points);
    fit(el);
    var pages = +el.dataset.pages || 1;
    if (pages > 1 && performance.now() - pageTurned > 12000) { page_i = (page_i + 1) % pages; pageTurned = performance.now(); }
    if (page_i >= pages) page_i = 0;
    el.scrollTop = page_i * el.clientHeight;
    set($("h-page"), pages > 1 ? (page_i + 1) + "/" + pages + " ▸" : "");
  }
  function renderHost() {
    var h = state.host;
    if (!h) return;
    var left = timeLeft(h);
    classes(h, left);
    set($("h-show-clock"), h.show_clock);
    var d = new Date(now() * 1000);
    set($("h-time"), pad(d.getHours()) + ":" + pad(d.getMinutes()) + ":" + pad(d.getSeconds()));
    set($("h-ends"), h.ends);
    var msg = h.message, mel = $("h-message");
    if (show(mel, !!msg)) {
      set(mel, msg.text);
      if (msg.flash && mel.dataset.ts !== String(msg.ts) && now() - (msg.ts || 0) < 5) {
        mel.dataset.ts = String(msg.ts);
        mel.classList.remove("flash"); void mel.offsetWidth; mel.classList.add("flash");
      }
    }
    set($("h-product"), h.product);
    if (show($("h-encore"), !!h.encore)) set($("h-encore"), h.encore);
    if (show($("h-cart"), !!h.cart)) set($("h-cart"), h.cart);
    set($("h-price"), h.price);
    set($("h-stock"), h.stock);
    set($("h-time-left"), left === null ? h.time_left : signed(left));
    set($("h-phase"), h.phase_text);
    banners(h);
    if (show($("h-pinned"), !!h.pinned)) set($("h-pinned"), h.pinned);
    var nextUp = h.next_up;
    if (h.next_items && h.next_items.length > 1 && unit * 100 > 900)  // a wide screen: what follows, too
      nextUp = [h.next_up].concat(h.next_items.slice(1)).filter(Boolean).join("  ·  ");
    set($("h-next"), nextUp);
    $("h-next").title = (h.next_items || []).join("\n");
    momentBox(h);
    fitAll();
    points(h);
  }

  // ---- the producer view ------------------------------------------------------------------------------
  function cell(row, text, cls) { var td = document.createElement("td"); td.textContent = text; if (cls) td.className = cls; row.appendChild(td); }
  function card(box, key, value, warn) {
    var c = document.createElement("div"); c.className = "card" + (warn ? " warn" : "");
    var k = document.createElement("div"); k.className = "k"; k.textContent = key;
    var v = document.createElement("div"); v.className = "v"; v.textContent = value;
    c.appendChild(k); c.appendChild(v); box.appendChild(c);
  }
  function renderView() {
    var h = state.host || {}, s = state.sales || {}, t = s.totals || {}, f = state.feed || {};
    set($("v-title"), (state.show && state.show.title) || "LiveDeck");
    set($("v-sub"), [h.show_clock, h.ends].filter(Boolean).join(" · "));
    var left = timeLeft(h);
    var cards = $("v-cards"); cards.textContent = "";
    card(cards, h.product || "—", left === null ? (h.time_left || "--:--") : signed(left), left !== null && left < 0);
    card(cards, T.orders, t.orders || 0);
    card(cards, T.units, t.paid_units || 0);
    card(cards, T.gmv, price(t.gmv || 0));
    card(cards, T.questions, (state.questions && state.questions.open) || 0);
    var head = $("v-head");
    if (!head.children.length) [" #", T.link, T.item, T.status, T.planned, T.actual].forEach(function (x) {
      var th = document.createElement("th"); th.textContent = x; head.appendChild(th);
    });
    var rows = $("v-run"); rows.textContent = "";
    var nextId = null;
    (state.runsheet || []).forEach(function (r) { if (nextId === null && !r.done && !r.current) nextId = r.item_id; });
    (state.runsheet || []).forEach(function (r, i) {
      var tr = document.createElement("tr");
      tr.className = r.current ? "current" : r.done ? "done" : r.item_id === nextId ? "next" : "";
      cell(tr, String(i + 1));
      cell(tr, r.cart_no || "");
      cell(tr, r.name);
      cell(tr, r.current ? "▶ " + T.onair : r.done ? "✓ " + T.done : r.item_id === nextId ? T.next : "");
      cell(tr, duration(r.planned_s), "n");
      cell(tr, r.actual_s ? duration(r.actual_s) : "", "n");
      rows.appendChild(tr);
    });
    var b = $("v-banners"); b.textContent = "";
    (h.banners || []).forEach(function (x) { var d = document.createElement("div"); d.className = "k-" + x.kind; d.textContent = x.text; b.appendChild(d); });
    var fc = $("v-feed"); fc.textContent = "";
    card(fc, T.comments, f.total || 0);
    card(fc, T.perSec, f.per_second || 0);
    card(fc, T.viewers, f.viewers || 0);
    card(fc, T.malformed, f.malformed || 0, (f.malformed || 0) > 0);
    card(fc, T.pending, f.writer_pending || 0, (f.writer_pending || 0) > 1000);
    card(fc, T.dead, f.dead_letters || 0, (f.dead_letters || 0) > 0);
    if (f.room_ended && Object.keys(f.room_ended).length) card(fc, T.roomEnded, Object.keys(f.room_ended).join(", "), true);
  }

  function render() {
    if (!state) return;
    try { if (page === "host") renderHost(); else renderView(); } catch (e) { if (window.console) console.error(e); }
    stats.renders++;
  }
  function offline(on) {
    var el = $("offline");
    if (!el) { el = document.createElement("div"); el.id = "offline"; document.body.appendChild(el); }
    el.textContent = T.offline;
    show(el, on);
  }
  function connect() {  // the shared state feed: /static/deltas.js
    window.LiveDeckFeed.follow("/view/ws", stats, {
      open: function () { offline(false); },
      close: function () { offline(true); },
      state: function (next, m) {
        state = next; at = performance.now() / 1000 - (m.age_s || 0);
        stats.states++;
        stats.lastState = Date.now();
        window.__view.state = state;
        render();
      }
    });
  }
  measure();
  window.addEventListener("resize", function () { measure(); render(); });
  setInterval(render, 250);
  connect();
})();
