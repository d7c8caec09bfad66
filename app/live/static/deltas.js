// LiveDeck's state feed for the browser pages (/host, /view, /overlay/NAME), served once for all of
// them at /static/deltas.js (docs/protocol.md, "Pages"). It follows a read-only state socket with
// `?deltas=1` ("State pushes as deltas"): a full state first, then numbered deltas applied here; a
// delta that does not follow the last push is a gap, and closing the socket brings a full state on
// the reconnect. Reconnects by itself after a studio restart (250 ms, doubling to 2 s).
window.LiveDeckFeed = (function () {
  "use strict";
  function applyDelta(s, d) {
    var out = {}, unset = d.unset || [], k;
    for (k in s) if (unset.indexOf(k) < 0) out[k] = s[k];
    for (k in d.set || {}) out[k] = d.set[k];
    var rs = d.runsheet;
    if (rs) {
      var byId = {};
      (out.runsheet || []).forEach(function (r) { byId[r.item_id] = r; });
      (rs.remove || []).forEach(function (i) { delete byId[i]; });
      (rs.upsert || []).forEach(function (r) { byId[r.item_id] = r; });
      var order = rs.order || (out.runsheet || []).map(function (r) { return r.item_id; })
        .filter(function (i) { return i in byId; });
      out.runsheet = order.map(function (i) { return byId[i]; });
    }
    return out;
  }
  // Follow `path` (e.g. "/view/ws"); `on.state(state, message)` for each new state, `on.open()` and
  // `on.close()` when the socket comes and goes. `stats.connects` and `stats.gaps` are counted.
  // The page's `?token=` (LAN mode) is passed on; body[data-connected] says "1" or "0".
  function follow(path, stats, on) {
    var token = new URLSearchParams(location.search).get("token");
    var state = null, seq = 0, delay = 250;
    function received(ws, m) {  // the new state, or null (not a state; or a gap: reconnect for a full one)
      if (m.type === "state") { seq = m.seq; return m.state; }
      if (m.type !== "delta") return null;
      if (!state || m.base !== seq) { stats.gaps = (stats.gaps || 0) + 1; ws.close(); return null; }
      seq = m.seq;
      return applyDelta(state, m);
    }
    function connect() {
      var url = (location.protocol === "https:" ? "wss://" : "ws://") + location.host + path + "?deltas=1";
      if (token) url += "&token=" + encodeURIComponent(token);
      var ws;
      try { ws = new WebSocket(url); } catch (e) { setTimeout(connect, delay); return; }
      ws.onopen = function () {
        delay = 250; stats.connects++; document.body.dataset.connected = "1";
        if (on.open) on.open();
      };
      ws.onmessage = function (ev) {
        var m = JSON.parse(ev.data), next = received(ws, m);
        if (!next) return;
        state = next;
        on.state(state, m);
      };
      ws.onclose = function () {
        document.body.dataset.connected = "0";
        if (on.close) on.close();
        setTimeout(connect, delay);
        delay = Math.min(delay * 2, 2000);
      };
    }
    connect();
  }
  return { applyDelta: applyDelta, follow: follow };
})();
