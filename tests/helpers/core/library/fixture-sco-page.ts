/*
 * The SCO pages of the library fixtures: small real pages, as a third-party authoring tool would
 * write them, that find the LMS API in a parent window (SCORM RTE 3.3.6.1 / 1.2 RTE 3.3.6.1),
 * initialise, show what the LMS handed them, write a location, suspend data, a score and a status
 * on button clicks, commit each time, and finish on pagehide. One shared script (common/sco.js)
 * serves 1.2 and 2004: it uses whichever API it finds.
 */

export const SCO_SCRIPT_FILE = 'common/sco.js';

/** The shared script. Reads data-* attributes of <body>: data-sco (a name), data-pass (a raw score that passes). */
export const SCO_SCRIPT = `(function () {
  'use strict';
  function find(name) {
    for (var w = window, hops = 0; w && hops < 10; hops++) {
      // A cross-origin window throws on property access; its parent may still hold the API.
      try { if (w[name]) return w[name]; } catch (e) { /* keep climbing */ }
      if (w.parent === w) break;
      w = w.parent;
    }
    try { return (window.opener && window.opener[name]) || null; } catch (e) { return null; }
  }
  var api2004 = find('API_1484_11');
  var api12 = api2004 ? null : find('API');
  var status = document.getElementById('status');
  function say(text) { status.textContent = text; }
  if (!api2004 && !api12) { say('Geen LMS gevonden (no LMS API found)'); return; }
  var is2004 = !!api2004;
  var api = api2004 || api12;
  var call = {
    init: function () { return is2004 ? api.Initialize('') : api.LMSInitialize(''); },
    get: function (k) { return is2004 ? api.GetValue(k) : api.LMSGetValue(k); },
    set: function (k, v) { return is2004 ? api.SetValue(k, v) : api.LMSSetValue(k, v); },
    commit: function () { return is2004 ? api.Commit('') : api.LMSCommit(''); },
    finish: function () { return is2004 ? api.Terminate('') : api.LMSFinish(''); }
  };
  var el = is2004
    ? { location: 'cmi.location', suspend: 'cmi.suspend_data', raw: 'cmi.score.raw', launch: 'cmi.launch_data', entry: 'cmi.entry' }
    : { location: 'cmi.core.lesson_location', suspend: 'cmi.suspend_data', raw: 'cmi.core.score.raw', launch: 'cmi.launch_data', entry: 'cmi.core.entry' };
  if (String(call.init()) !== 'true') { say('Initialisatie mislukt (initialize failed)'); return; }
  var page = Number(call.get(el.location)) || 1;
  var visits = 0;
  try { visits = JSON.parse(call.get(el.suspend) || '{}').visits || 0; } catch (e) { visits = 0; }
  var finished = false;
  function show() {
    document.getElementById('page').textContent = String(page);
    document.getElementById('entry').textContent = call.get(el.entry);
    document.getElementById('launch-data').textContent = call.get(el.launch);
    document.getElementById('query').textContent = location.search + location.hash;
  }
  function save(done) {
    call.set(el.location, String(page));
    call.set(el.suspend, JSON.stringify({ visits: visits, page: page }));
    var ok = String(call.commit()) === 'true';
    say(ok ? done : 'Opslaan mislukt (commit failed)');
  }
  document.getElementById('next').addEventListener('click', function () {
    page += 1;
    visits += 1;
    if (!is2004) call.set('cmi.core.lesson_status', 'incomplete');
    else call.set('cmi.completion_status', 'incomplete');
    save('Pagina ' + page + ' bewaard (saved)');
    show();
  });
  document.getElementById('finish').addEventListener('click', function () {
    var raw = Number(document.getElementById('score').value);
    var pass = Number(document.body.getAttribute('data-pass') || 50);
    call.set(el.raw, String(raw));
    if (is2004) {
      call.set('cmi.score.min', '0');
      call.set('cmi.score.max', '100');
      call.set('cmi.score.scaled', String(raw / 100));
      call.set('cmi.completion_status', 'completed');
      call.set('cmi.success_status', raw >= pass ? 'passed' : 'failed');
    } else {
      call.set('cmi.core.score.min', '0');
      call.set('cmi.core.score.max', '100');
      call.set('cmi.core.lesson_status', raw >= pass ? 'passed' : 'failed');
    }
    save('Score ' + raw + ' bewaard (saved)');
  });
  // 2004 only (RTE 4.4): the SCO asks the LMS for the next activity and ends its session; the LMS moves on.
  var onward = document.getElementById('onward');
  if (!is2004) onward.hidden = true;
  onward.addEventListener('click', function () {
    finished = true;
    call.set('cmi.completion_status', 'completed');
    call.set('cmi.exit', 'normal');
    call.set('adl.nav.request', 'continue');
    call.finish();
    say('Doorgestuurd (continue requested)');
  });
  window.addEventListener('pagehide', function () {
    if (finished) return;
    finished = true;
    call.set(is2004 ? 'cmi.exit' : 'cmi.core.exit', 'suspend');
    call.commit();
    call.finish();
  });
  show();
  say('Klaar (ready)');
})();
`;

/** One SCO page; `scriptPath` is the shared script relative to the page. */
export function scoPage(opts: { title: string; scriptPath: string; pass?: number }): string {
  return `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><title>${opts.title}</title></head>
<body data-pass="${opts.pass ?? 50}">
<main>
<h1>${opts.title}</h1>
<p>Pagina <span id="page">1</span> · entry <span id="entry"></span> · launch data <span id="launch-data"></span> · query <span id="query"></span></p>
<p><button type="button" id="next">Volgende pagina</button></p>
<p><label for="score">Score</label> <input id="score" type="number" min="0" max="100" value="80"> <button type="button" id="finish">Afronden</button></p>
<p><button type="button" id="onward">Naar het volgende onderdeel</button></p>
<p id="status" role="status"></p>
</main>
<script src="${opts.scriptPath}"></script>
</body>
</html>
`;
}

/** An asset: a page that never talks to the LMS. */
export function assetPage(title: string): string {
  return `<!doctype html>\n<html lang="nl">\n<head><meta charset="utf-8"><title>${title}</title></head>\n<body><main><h1>${title}</h1><p>Achtergrondinformatie.</p></main></body>\n</html>\n`;
}
