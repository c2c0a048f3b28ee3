/* sahelmap page script: draws countries and events from one JSON block, builds
   popups from text nodes (never innerHTML), and runs the time control. */
(function () {
  "use strict";
  var DAY = 86400000;
  var cfg = JSON.parse(document.getElementById(__DATA_ID__).textContent);
  var map = window[cfg.map];
  var css = getComputedStyle(document.documentElement);
  function cssVar(name, fallback) { return (css.getPropertyValue(name) || fallback).trim() || fallback; }
  var renderer = L.canvas({ padding: 0.5 });
  var markerRenderer = cfg.svg ? L.svg({ padding: 0.5 }) : renderer;

  function fmtDay(d, precision) {
    var dt = new Date(d * DAY);
    var opts = { timeZone: "UTC", year: "numeric" };
    if (precision !== "year") { opts.month = "long"; }
    if (!precision || precision === "day") { opts.day = "numeric"; }
    return dt.toLocaleDateString("en-GB", opts);
  }

  // ---- countries: delta-encoded integer rings (see layers.compact_countries)
  function decodeRing(r) {
    var out = [], x = 0, y = 0;
    for (var i = 0; i < r.length; i += 2) { x += r[i]; y += r[i + 1]; out.push([y / cfg.grid, x / cfg.grid]); }
    return out;
  }
  var countryLayers = {};
  var land = cssVar("--sm-land", "#f2efe9"), border = cssVar("--sm-border", "#a9a9a9");
  var junta = cssVar("--sm-junta", "#f3d6c6");
  cfg.countries.forEach(function (c) {
    var polys = c[2].map(function (p) { return p.map(decodeRing); });
    countryLayers[c[0]] = L.polygon(polys, {
      renderer: renderer, interactive: false, weight: 0.8, color: border, fillColor: land, fillOpacity: 1
    }).addTo(map);
  });

  // ---- events
  var ev = cfg.events, n = ev.id.length, markers = new Array(n), groups = {};
  function str(col, i) { return cfg.strings[ev[col][i]]; }
  function srcs(i) {
    return cfg.srcsets[ev.src[i]].map(function (s) { return [cfg.strings[s[0]], cfg.strings[s[1]], cfg.strings[s[2]]]; });
  }
  cfg.types.forEach(function (t) { groups[t] = L.layerGroup().addTo(map); });

  function textEl(tag, text, cls) {
    var el = document.createElement(tag);
    if (cls) { el.className = cls; }
    el.textContent = text;
    return el;
  }

  function popupFor(i) {
    var box = document.createElement("div"), t = cfg.types[ev.t[i]];
    box.className = "sm-popup";
    box.appendChild(textEl("strong", str("place", i) || cfg.kinds[t].label));
    var kind = cfg.kinds[t].label + (str("sub", i) ? " (" + str("sub", i) + ")" : "");
    box.appendChild(textEl("div", kind + " · " + str("when", i), "sm-meta"));
    box.appendChild(textEl("div", str("actor", i), "sm-actor"));
    if (str("desc", i)) { box.appendChild(textEl("p", str("desc", i))); }
    if (!ev.rev[i]) { box.appendChild(textEl("div", "Unreviewed: extracted from the text", "sm-unreviewed")); }
    var list = document.createElement("ul");
    list.className = "sm-sources";
    srcs(i).forEach(function (s) {
      var li = document.createElement("li");
      if (s[1]) { li.appendChild(textEl("q", s[1])); li.appendChild(document.createTextNode(" ")); }
      if (s[2] && /^https?:\/\//i.test(s[2])) {
        var a = textEl("a", s[0] || s[2]);
        a.href = s[2]; a.target = "_blank"; a.rel = "noopener noreferrer";
        li.appendChild(a);
      } else {
        li.appendChild(textEl("span", s[0], "sm-source"));
      }
      list.appendChild(li);
    });
    box.appendChild(list);
    return box;
  }

  function markerFor(i) {
    var t = cfg.types[ev.t[i]], color = cfg.palette[ev.c[i]];
    var m = L.circleMarker([ev.y[i], ev.x[i]], {
      renderer: markerRenderer, radius: cfg.kinds[t].radius, color: "#ffffff", weight: 1.2,
      fillColor: color, fillOpacity: 0.9
    });
    m.bindPopup(function () { return popupFor(i); }, { maxWidth: 320 });
    m.bindTooltip(function () { return textEl("span", (str("place", i) || "") + " · " + cfg.kinds[t].label); });
    m.smIndex = i;
    if (cfg.svg) { m.on("add", function () { focusable(m, i); }); }
    return m;
  }

  // SVG markers join the tab order: Enter or Space opens the popup.
  function focusable(m, i) {
    var el = m.getElement();
    if (!el || el.getAttribute("tabindex")) { return; }
    var t = cfg.types[ev.t[i]];
    el.setAttribute("tabindex", "0");
    el.setAttribute("role", "button");
    el.setAttribute("aria-label", (str("place", i) || "") + ", " + cfg.kinds[t].label + ", " + str("when", i));
    el.addEventListener("keydown", function (e) {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); m.openPopup(); }
    });
    el.addEventListener("focus", function () { m.openTooltip(); });
    el.addEventListener("blur", function () { m.closeTooltip(); });
  }

  // ---- labels for key places, hidden where they would collide
  var labels = cfg.labels.map(function (lb) {
    return L.tooltip({ permanent: true, direction: "right", className: "sm-label", offset: [4, 0], interactive: false })
      .setLatLng([lb[1], lb[2]]).setContent(textEl("span", lb[0])).addTo(map);
  });
  function declutter() {
    var placed = [];
    labels.forEach(function (tt) {
      var el = tt.getElement();
      if (!el) { return; }
      el.style.visibility = "visible";
      var r = el.getBoundingClientRect();
      var hit = placed.some(function (p) { return r.left < p.right && p.left < r.right && r.top < p.bottom && p.top < r.bottom; });
      if (hit) { el.style.visibility = "hidden"; } else { placed.push(r); }
    });
  }
  map.on("zoomend moveend", declutter);

  // What a reader sees on day d: intervals in force, points up to d (recent ones stronger).
  function stateOn(i, d) {
    if (d === null) { return ev.e[i] === null || !ev.iv[i] ? "on" : "ended"; }
    if (ev.s[i] > d) { return "off"; }
    if (ev.iv[i]) { return ev.e[i] === null || d <= ev.e[i] ? "on" : "off"; }
    return d - (ev.e[i] === null ? ev.s[i] : ev.e[i]) <= cfg.recentDays ? "on" : "faded";
  }

  var STYLE = {
    on: { fillOpacity: 0.9, opacity: 1, dashArray: null },
    faded: { fillOpacity: 0.3, opacity: 0.5, dashArray: null },
    ended: { fillOpacity: 0.15, opacity: 1, dashArray: "3 3" }
  };
  var shown = 0;

  var stateOf = new Array(n);

  // Only markers whose state changes are touched, so a step of the control stays quick at 100k events.
  function draw(d) {
    shown = 0;
    for (var i = 0; i < n; i++) {
      var st = stateOn(i, d), g = groups[cfg.types[ev.t[i]]];
      if (st !== "off") { shown++; }
      if (st === stateOf[i]) { continue; }
      stateOf[i] = st;
      if (st === "off") { if (markers[i]) { g.removeLayer(markers[i]); } continue; }
      if (!markers[i]) { markers[i] = markerFor(i); }
      var style = STYLE[st];
      style.color = st === "ended" ? cfg.palette[ev.c[i]] : "#ffffff";
      style.weight = st === "ended" ? 2 : 1.2;
      markers[i].setStyle(style);
      if (!g.hasLayer(markers[i])) { g.addLayer(markers[i]); }
    }
    shadeCountries(d === null ? cfg.time.max : d);
    document.documentElement.setAttribute("data-sm-shown", String(shown));
  }

  function shadeCountries(d) {
    Object.keys(countryLayers).forEach(function (iso) {
      var since = cfg.juntas[iso];
      countryLayers[iso].setStyle({ fillColor: since !== undefined && since <= d ? junta : land });
    });
  }

  // ---- time control
  var ctl = document.getElementById(cfg.controlId);
  var day = cfg.time.initial;
  if (ctl) {
    var stops = cfg.time.stops, range = ctl.querySelector("input[type=range]");
    var out = ctl.querySelector("output"), play = ctl.querySelector("[data-sm=play]");
    var timer = null;
    var nearest = function (d) {
      for (var k = stops.length - 1; k >= 0; k--) { if (stops[k] <= d) { return k; } }
      return 0;
    };
    var setIndex = function (k) {
      k = Math.max(0, Math.min(stops.length - 1, k));
      range.value = String(k);
      day = stops[k];
      var label = fmtDay(day);
      out.textContent = label;
      range.setAttribute("aria-valuetext", label);
      draw(day);
    };
    range.min = "0"; range.max = String(stops.length - 1); range.step = "1";
    range.addEventListener("input", function () { setIndex(parseInt(range.value, 10)); });
    ctl.querySelector("[data-sm=prev]").addEventListener("click", function () { setIndex(+range.value - 1); });
    ctl.querySelector("[data-sm=next]").addEventListener("click", function () { setIndex(+range.value + 1); });
    var stop = function () { clearInterval(timer); timer = null; play.textContent = "Play"; play.setAttribute("aria-pressed", "false"); };
    play.addEventListener("click", function () {
      if (timer) { stop(); return; }
      if (+range.value >= stops.length - 1) { setIndex(0); }
      play.textContent = "Pause"; play.setAttribute("aria-pressed", "true");
      timer = setInterval(function () {
        if (+range.value >= stops.length - 1) { stop(); return; }
        setIndex(+range.value + 1);
      }, 350);
    });
    if (window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches) { play.hidden = true; }
    setIndex(nearest(day));
  } else {
    draw(cfg.time.asOf);
  }

  // ---- embedding: report our height to a parent page; keep the page scrolling until the reader engages.
  function reportHeight() {
    if (window.parent !== window) {
      window.parent.postMessage({ sahelmap: { height: document.documentElement.scrollHeight, page: cfg.page } }, "*");
    }
  }
  window.addEventListener("load", reportHeight);
  window.addEventListener("resize", reportHeight);
  map.scrollWheelZoom.disable();
  if (L.Browser.touch && map.dragging) { map.dragging.disable(); }
  map.on("click focus", function () { map.scrollWheelZoom.enable(); if (map.dragging) { map.dragging.enable(); } });
  map.on("mouseout", function () { map.scrollWheelZoom.disable(); });
  // Large tables are built when the reader opens them, not shipped as HTML.
  var details = document.querySelector(".sm-table details");
  if (details && !cfg.tableInline) {
    details.addEventListener("toggle", function () {
      var body = details.querySelector("tbody");
      if (!details.open || body.getAttribute("data-built")) { return; }
      body.textContent = "";
      var frag = document.createDocumentFragment();
      for (var i = 0; i < n; i++) {
        var tr = document.createElement("tr"), t = cfg.types[ev.t[i]];
        [str("when", i), cfg.kinds[t].label, str("place", i), str("actor", i),
         srcs(i).map(function (s) { return s[0]; }).join("; ")].forEach(function (v) { tr.appendChild(textEl("td", v)); });
        frag.appendChild(tr);
      }
      body.appendChild(frag);
      body.setAttribute("data-built", "1");
    });
  }
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details").forEach(function (d) { d.open = true; });
  });
  declutter();
  document.documentElement.setAttribute("data-sm-ready", "1");
})();
