/// The search page's script (`assets/search.js`): reads the query and the
/// filters, loads the term files of its words and the text files of the
/// results with `<script>` elements (`SearchFiles`), and shows the results
/// with their snippets. Written here readable; published without its
/// indentation and comment lines, under 10 KB.
enum SearchScript {
    static let source: String = readable.split(separator: "\n", omittingEmptySubsequences: false)
        .map { $0.drop { $0 == " " } }
        .filter { !($0.hasPrefix("/*") && $0.hasSuffix("*/")) }
        .joined(separator: "\n")

    private static let readable = #"""
/* regiodash's search. It loads its index as <script> files, which work from disk (file://) where fetch does not; no dependencies. */
(function () {
  'use strict';
  var A = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_', V = {}, i;
  for (i = 0; i < 64; i++) V[A.charCodeAt(i)] = i;
  var R = window.regiodashSearch = { loaded: [] };
  var meta, terms = {}, texts = {}, waiting = {}, groups = [], pages = 0;
  var form, status, list, more, query, found, shown, run = 0;
  var stem = window.regiodashStem || function (w) { return w; };
  var marks = /[\p{Mn}\p{Diacritic}'\u2019]/gu;

  /* As SearchWords does at build time: lower case, accents and apostrophes dropped, split at anything but a-z and 0-9. */
  function words(t) {
    return t.toLowerCase().normalize('NFD').replace(marks, '').split(/[^a-z0-9]+/).filter(function (w) { return w && w.length <= 64; });
  }

  R.terms = function (n, t) { terms[n] = t; arrived('t-' + n); };
  R.docs = function (n, d) { texts[n] = d; arrived('d-' + n); };
  R.meta = function (m) { meta = m; start(); };
  function arrived(name) { (waiting[name] || []).forEach(function (f) { f(); }); delete waiting[name]; }
  function load(name, have) {
    return new Promise(function (resolve, reject) {
      if (have) return resolve();
      var queue = waiting[name];
      waiting[name] = (queue || []).concat([resolve]);
      if (queue) return;
      var s = document.createElement('script');
      s.src = name + '.js';
      s.onerror = function () { delete waiting[name]; reject(new Error(name)); };
      R.loaded.push(s.src);
      document.head.appendChild(s);
    });
  }

  /* FNV-1a of the stem's UTF-8, as SearchIndex.shard(of:count:). */
  function shard(w) {
    var h = 2166136261, b = new TextEncoder().encode(w);
    for (var k = 0; k < b.length; k++) h = Math.imul(h ^ b[k], 16777619) >>> 0;
    return h % meta.shards;
  }
  function bits(code, from) {
    var ids = [];
    for (var k = from; k < code.length; k++) { var c = V[code.charCodeAt(k)]; for (var b = 0; b < 6; b++) if (c >> b & 1) ids.push((k - from) * 6 + b); }
    return ids;
  }
  /* PostingCode: gaps in groups of five bits, or '!' and a bitmap. */
  function decode(code) {
    if (code[0] === '!') return bits(code, 1);
    var ids = [], v = 0, last = -1;
    for (var k = 0; k < code.length; k++) {
      var c = V[code.charCodeAt(k)];
      if (c >= 32) v = v * 32 + c - 32; else { last += v * 32 + c + 1; ids.push(last); v = 0; }
    }
    return ids;
  }
  function both(a, b) {
    var out = [], x = 0, y = 0;
    while (x < a.length && y < b.length) { if (a[x] === b[y]) { out.push(a[x]); x++; y++; } else if (a[x] < b[y]) x++; else y++; }
    return out;
  }

  /* What a number is: a narrative (theme, year, municipality) or a page (SearchCorpus). */
  function what(id) {
    if (id >= pages) { var p = meta.pages[id - pages]; return { id: id, theme: p[0], year: null, place: null, href: p[1] }; }
    var lo = 0, hi = groups.length - 1;
    while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (groups[mid].start <= id) lo = mid; else hi = mid - 1; }
    var g = groups[lo], place = g.places[id - g.start];
    return { id: id, theme: g.theme, year: g.year, place: place, href: meta.municipalities[place][1] + '#' + meta.themes[g.theme][0] + '-' + g.year };
  }

  /* Words, and "a phrase in quotes": every word must be there (its stem), a phrase word for word. */
  function parse(q) {
    var phrases = [];
    var rest = q.replace(/[\u201c\u201d\u201e]/g, '"').replace(/"([^"]*)"/g, function (_, p) {
      var w = words(p); if (w.length > 1) phrases.push(w); return ' ' + p + ' ';
    });
    var stems = [];
    words(rest.replace(/"/g, ' ')).forEach(function (w) { var s = stem(w); if (stems.indexOf(s) < 0) stems.push(s); });
    return { stems: stems, phrases: phrases };
  }

  function search(event) {
    if (event) event.preventDefault();
    var mine = ++run, began = performance.now(), data = new FormData(form);
    query = { text: String(data.get('q') || '').trim(), theme: data.get('thema') || '', place: data.get('gemeente') || '', year: data.get('jaar') || '' };
    query.parsed = parse(query.text);
    try { history.replaceState(null, '', '?' + new URLSearchParams(data).toString()); } catch (e) { /* some browsers refuse it on file:// */ }
    list.textContent = ''; more.hidden = true; found = []; shown = 0;
    var stems = query.parsed.stems;
    if (!stems.length) { say(form.dataset.empty); return; }
    say(form.dataset.loading);
    R.loaded.length = 0;
    Promise.all(stems.map(function (s) { var n = shard(s); return load('t-' + n, terms[n]); })).then(function () {
      if (mine !== run) return;
      var ids = null;
      stems.forEach(function (s) { var code = terms[shard(s)][s], d = code ? decode(code) : []; ids = ids ? both(ids, d) : d; });
      found = ids.map(what).filter(function (w) {
        return (query.theme === '' || String(w.theme) === query.theme) && (query.place === '' || String(w.place) === query.place)
          && (query.year === '' || String(w.year) === query.year);
      });
      /* Pages first, then the narratives, the newest year first. */
      found.sort(function (a, b) { return (b.year === null) - (a.year === null) || (b.year || 0) - (a.year || 0) || a.id - b.id; });
      return page(mine, 10, 16);
    }).then(function () {
      R.time = performance.now() - began;
      R.files = R.loaded.slice();
    }, function () { say(form.dataset.failed); });
  }

  /* Shows up to `want` more results, loading at most `budget` files of texts; with a phrase, drops those without it. */
  function page(mine, want, budget) {
    var batch = [], need = [];
    for (var k = shown; k < found.length && batch.length < want; k++) {
      var c = Math.floor(found[k].id / meta.chunk);
      if (!texts[c] && need.indexOf(c) < 0) { if (need.length >= budget) break; need.push(c); }
      batch.push(found[k]);
    }
    return Promise.all(need.map(function (c) { return load('d-' + c, false).then(function () { return inflate(c); }); })).then(function () {
      if (mine !== run) return;
      var kept = batch.filter(function (w) {
        var doc = text(w.id), all = ' ' + words(doc[0] + ' ' + doc[1]).join(' ') + ' ';
        return query.parsed.phrases.every(function (p) { return all.indexOf(' ' + p.join(' ') + ' ') >= 0; });
      });
      Array.prototype.splice.apply(found, [shown, batch.length].concat(kept));
      kept.forEach(show);
      shown += kept.length;
      want -= kept.length; budget -= need.length;
      if (want > 0 && budget > 0 && shown < found.length) return page(mine, want, budget);
      more.hidden = shown >= found.length;
      var checked = !query.parsed.phrases.length || shown >= found.length, n = checked ? found.length : shown;
      var line = n === 0 ? form.dataset.none : !checked ? form.dataset.some : n === 1 ? form.dataset.one : form.dataset.many;
      say(line.replace('%n', n).replace('%q', query.text).replace('%f', filters()));
    });
  }
  function inflate(c) {
    if (typeof texts[c] !== 'string') return;
    var bin = atob(texts[c]), bytes = new Uint8Array(bin.length);
    for (var k = 0; k < bin.length; k++) bytes[k] = bin.charCodeAt(k);
    return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).text()
      .then(function (t) { texts[c] = JSON.parse(t); }, function () { texts[c] = []; });
  }
  function text(id) { return (texts[Math.floor(id / meta.chunk)] || [])[id % meta.chunk] || ['', '']; }

  function filters() {
    var f = [];
    ['thema', 'gemeente', 'jaar'].forEach(function (name) {
      var s = form.elements[name];
      if (s && s.value !== '') f.push(s.options[s.selectedIndex].text);
    });
    return f.length ? ' (' + f.join(', ') + ')' : '';
  }
  function say(t) { status.textContent = t; }
  function el(n, cls) { var e = document.createElement(n); if (cls) e.className = cls; return e; }

  function show(w) {
    var doc = text(w.id), item = el('li'), heading = el('h2'), link = el('a');
    var place = w.place === null ? null : meta.municipalities[w.place][0];
    link.href = w.href;
    link.textContent = doc[0] || place + ' · ' + w.year;
    heading.appendChild(link); item.appendChild(heading);
    var about = [place, w.year, w.theme >= 0 ? meta.themes[w.theme][1] : null].filter(function (x) { return x !== null; });
    if (about.length) { var p = el('p', 'result-meta'); p.textContent = about.join(' · '); item.appendChild(p); }
    var snippet = el('p', 'snippet'); mark(snippet, doc[1]); item.appendChild(snippet);
    list.appendChild(item);
  }
  /* Some 220 characters from just before the first word that matches, each match marked. */
  function mark(into, t) {
    var re = /[\p{L}\p{N}\p{M}'\u2019]+/gu, m, hits = [];
    while ((m = re.exec(t))) {
      if (words(m[0]).some(function (w) { return query.parsed.stems.indexOf(stem(w)) >= 0; })) hits.push([m.index, m.index + m[0].length]);
    }
    var from = hits.length ? Math.max(0, hits[0][0] - 80) : 0;
    if (from > 0) from = t.indexOf(' ', from) + 1 || from;
    var to = Math.min(t.length, from + 220), at = from;
    if (to < t.length) to = t.lastIndexOf(' ', to) > from ? t.lastIndexOf(' ', to) : to;
    into.appendChild(document.createTextNode(from > 0 ? '… ' : ''));
    hits.forEach(function (h) {
      if (h[0] < at || h[1] > to) return;
      into.appendChild(document.createTextNode(t.slice(at, h[0])));
      var b = el('mark'); b.textContent = t.slice(h[0], h[1]); into.appendChild(b); at = h[1];
    });
    into.appendChild(document.createTextNode(t.slice(at, to) + (to < t.length ? ' …' : '')));
  }

  function start() {
    form = document.getElementById('search-form');
    if (!form || !meta) return;
    status = document.getElementById('search-status'); list = document.getElementById('search-results'); more = document.getElementById('search-more');
    meta.groups.forEach(function (g) { groups.push({ theme: g[0], year: g[1], start: g[2], places: bits(g[3], 0) }); });
    var last = groups[groups.length - 1];
    pages = last ? last.start + last.places.length : 0;
    form.hidden = false;
    document.getElementById('search-fallback').hidden = true;
    form.addEventListener('submit', search);
    more.addEventListener('click', function () { page(run, 10, 16); });
    var params = new URLSearchParams(location.search);
    ['q', 'thema', 'gemeente', 'jaar'].forEach(function (name) { if (params.has(name) && form.elements[name]) form.elements[name].value = params.get(name); });
    if (params.get('q')) search();
  }
})();
"""#
}
