/* global window */
'use strict';
/**
 * ONE `API` (1.2) or `API_1484_11` (2004) object for the whole visit, as Moodle 4.3's player
 * keeps it (mod/scorm/datamodels/scorm_12.js SCORMapi1_2, scorm_13.js SCORMapi1_3, both made once
 * per page by M.scorm_api.init with the defaults of every SCO). Written by hand after Moodle's
 * code, not with scorm-again: the point is an independent, stricter implementation. Every call
 * that sets an error code goes to the player's API log (moodle-player.js).
 */
(function () {
  var M = window.MOODLE;
  var D = window.MoodleDatamodel;
  var is2004 = M.edition === 'scorm2004';
  var MODEL = is2004 ? D.scorm2004 : D.scorm12;
  var P = window.MoodlePlayer;
  var R = window.MoodleRules;
  var modelOf = R.modelOf;
  var levels = R.levels;
  var countOf = function (path) { return counts.get(path) || 0; };
  var active = M.start;
  var cmi = new Map();
  var counts = new Map();
  var initialized = false;
  var terminated = false;
  var errorCode = '0';
  // 1.2: datamodel[scoid][element].defaultvalue, which CollectData() overwrites with what it posted.
  var sentBySco = {};
  // 1.2: CollectData() clones a datamodel entry per posted objective/interaction element; the next
  // initdatamodel() of that SCO evals them on a `cmi` without those objects and throws (issue 9 §4).
  var clonedBySco = {};

  function place(el, value) {
    levels(el).forEach(function (l) { if (Number(l.index) === countOf(l.path)) counts.set(l.path, countOf(l.path) + 1); });
    cmi.set(el, value);
  }

  function initdatamodel(scoid) {
    if (!is2004 && clonedBySco[scoid]) throw new TypeError("Cannot read properties of undefined (reading '" + clonedBySco[scoid] + "')");
    active = scoid;
    cmi = new Map();
    counts = new Map();
    // 1.2 starts from datamodel[scoid] defaults, which CollectData() updated with what it posted.
    var def = !is2004 && sentBySco[scoid] ? sentBySco[scoid] : M.def[scoid];
    Object.keys(MODEL).forEach(function (el) {
      if (/\.n\.|\._count$/.test(el)) return;
      var m = MODEL[el];
      cmi.set(el, m.def ? (el in def ? def[el] : '') : m.value !== undefined ? m.value : '');
    });
    (M.collections[scoid] || []).forEach(function (pair) { place(pair[0], pair[1]); });
    var status = is2004 ? 'cmi.completion_status' : 'cmi.core.lesson_status';
    if (cmi.get(status) === '') cmi.set(status, 'not attempted');
    if (!sentBySco[scoid]) sentBySco[scoid] = Object.assign({}, M.def[scoid]);
  }

  function getValue(el) {
    var ok = is2004 ? initialized && !terminated : initialized;
    if (!ok) return fail(is2004 ? (terminated ? '123' : '122') : '301', '');
    if (el === '') return fail(is2004 ? '301' : '201', '');
    var model = modelOf(el);
    var m = MODEL[model];
    if (!m) {
      if (is2004 && el.indexOf('adl.nav.request_valid.') === 0) return 'unknown';
      var keyword = /\._(children|count)$/.exec(model);
      var parent = keyword && MODEL[model.slice(0, -keyword[0].length)];
      return fail(is2004 ? (parent ? '301' : '401') : parent ? (keyword[1] === 'children' ? '202' : '203') : '201', '');
    }
    if (m.mod === 'w') return fail(is2004 ? '405' : '404', '');
    if (/\._count$/.test(el)) return String(countOf(el.slice(0, -7)));
    if (!cmi.has(el)) {
      if (!is2004) return '';
      // GetValue walks `cmi` as far as it exists: a missing member of an existing item is 403, a missing item 301.
      return fail(levels(el).every(function (l) { return Number(l.index) < countOf(l.path); }) ? '403' : '301', '');
    }
    var value = cmi.get(el);
    // GetValue: "(typeof eval(subelement) != 'undefined') && (eval(subelement) != null)", else 403.
    if (value === null || value === undefined) return fail('403', '');
    return String(value);
  }

  function setValue(el, value) {
    value = String(value);
    var ok = is2004 ? initialized && !terminated : initialized;
    if (!ok) return fail(is2004 ? (terminated ? '133' : '132') : '301', 'false');
    if (el === '') return fail(is2004 ? '351' : '201', 'false');
    var model = modelOf(el);
    var m = MODEL[model];
    if (!m) return fail(is2004 ? '401' : '201', 'false');
    if (m.mod === 'r') return fail(is2004 ? '404' : /\._(children|count)$/.test(model) ? '402' : '403', 'false');
    var bad = is2004 ? '406' : '405';
    var found = value.match(new RegExp(m.format === 'CMIFeedback' ? '^.*$' : m.format));
    if (!found || (is2004 && found.join('').length === 0 && value.length > 0)) return fail(bad, 'false');
    if (el !== model) {
      var code = is2004 ? R.collection2004(cmi, counts, el, model, value) : levels(el).some(function (l) { return Number(l.index) > countOf(l.path); }) ? '201' : '0';
      if (code !== '0') return fail(code, 'false');
    }
    if (m.range) {
      if (!R.within(m.range, value * 1.0)) return fail(is2004 ? '407' : '405', 'false');
      value = value * 1.0;
    }
    var first = levels(el)[0];
    if (!is2004 && first && first.path === 'cmi.objectives' && Number(first.index) === countOf(first.path)) R.createObjective(MODEL, cmi, 'cmi.objectives.' + first.index);
    place(el, el === 'cmi.comments' ? cmi.get(el) + value : value);
    return 'true';
  }

  /** CollectData() walks `cmi` in property order: the objects Moodle creates first are posted first. */
  function rank(el) {
    if (is2004) {
      var groups = ['cmi.comments_from_learner.', 'cmi.interactions.', 'cmi.learner_preference.', 'cmi.objectives.', 'cmi.score.'];
      for (var i = 0; i < groups.length; i++) if (el.indexOf(groups[i]) === 0) return i;
      return groups.length;
    }
    // SCORMapi1_2 initdatamodel() makes cmi.core.score before it assigns cmi.core.lesson_status:
    // the score is stored first (issue 9 §3).
    if (el.indexOf('cmi.core.score.') === 0) return 0;
    if (el.indexOf('cmi.core.') === 0) return 1;
    if (el.indexOf('cmi.student_preference.') === 0) return 2;
    // Objectives and interactions are siblings (`cmi.objectives_0`) made when first set, after every
    // object of initdatamodel(); among them their creation (Map) order decides.
    return /^cmi\.(objectives|interactions)\.\d/.test(el) ? 4 : 3;
  }

  function collect() {
    var out = [];
    var sent = sentBySco[active];
    Array.from(cmi.entries()).sort(function (a, b) { return rank(a[0]) - rank(b[0]); }).forEach(function (entry) {
      var el = entry[0];
      var v = entry[1];
      var m = MODEL[modelOf(el)];
      if (!m || m.mod === 'r' || (!is2004 && el === 'cmi.core.session_time')) return;
      var dynamic = el !== modelOf(el);
      if (is2004) {
        // scorm_13.js CollectData compares with the launch default and never updates it: every commit
        // posts everything changed since Initialize.
        var d = dynamic || !m.def ? m.value : M.def[active][el];
        if (d !== undefined && d === v) return;
      } else {
        var before = el in sent ? sent[el] : dynamic ? m.value : undefined;
        if (before !== undefined && String(before) === String(v) && typeof before === typeof v) return;
        sent[el] = v;
        if (dynamic && !clonedBySco[active]) clonedBySco[active] = el.indexOf('cmi.objectives.') === 0 ? 'score' : 'objectives';
      }
      if (v !== null && v !== undefined) out.push([el, String(v)]);
    });
    return out;
  }

  function storeData(finishing) {
    if (finishing && !is2004) {
      // SCORMapi1_2 StoreData(cmi, true): "not attempted" becomes "completed", and with "mastery
      // score overrides status" (on by default) the score decides passed/failed.
      if (cmi.get('cmi.core.lesson_status') === 'not attempted') cmi.set('cmi.core.lesson_status', 'completed');
      var mastery = cmi.get('cmi.student_data.mastery_score');
      var raw = cmi.get('cmi.core.score.raw');
      if (cmi.get('cmi.core.lesson_mode') === 'normal' && cmi.get('cmi.core.credit') === 'credit' && mastery !== '' && raw !== '') {
        cmi.set('cmi.core.lesson_status', parseFloat(raw) >= parseFloat(mastery) ? 'passed' : 'failed');
      }
    }
    var result = P.post('/mod/scorm/datamodel.php', new URLSearchParams(collect()).toString(), 'application/x-www-form-urlencoded', active).split('\n');
    return result[0] === 'true';
  }

  function fail(code, returned) { errorCode = code; return returned; }

  function initialize(param) {
    if (!is2004) initdatamodel(P.current());
    if (param !== '') return fail('201', 'false');
    if (initialized) return fail(is2004 ? '103' : '101', 'false');
    // scorm_13.js Initialize: "(!Initialized) && (!Terminated)", and nothing resets Terminated when
    // the player opens the next SCO: every SCO after the first Terminate of a visit gets 104.
    if (terminated) return fail('104', 'false');
    if (is2004) initdatamodel(P.current());
    initialized = true;
    return 'true';
  }

  function terminate(param) {
    if (param !== '') return fail('201', 'false');
    if (!initialized || terminated) return fail(is2004 ? (terminated ? '113' : '112') : '301', 'false');
    if (!is2004) initialized = false;
    if (!storeData(true)) return fail('101', 'false');
    if (is2004) {
      initialized = false;
      terminated = true;
    }
    return 'true';
  }

  function commit(param) {
    if (param !== '') return fail('201', 'false');
    var ok = is2004 ? initialized && !terminated : initialized;
    if (!ok) return fail(is2004 ? (terminated ? '143' : '142') : '301', 'false');
    return storeData(false) ? 'true' : fail('101', 'false');
  }

  function logged(call, fn) {
    return function () {
      var args = Array.prototype.slice.call(arguments);
      errorCode = '0';
      var result;
      try {
        result = fn.apply(null, args);
      } catch (e) {
        P.record(call, args, e.name, e.message);
        throw e;
      }
      if (errorCode !== '0') P.record(call, args, errorCode);
      return result;
    };
  }

  var api = is2004
    ? { Initialize: initialize, Terminate: terminate, GetValue: getValue, SetValue: setValue, Commit: commit }
    : { LMSInitialize: initialize, LMSFinish: terminate, LMSGetValue: getValue, LMSSetValue: setValue, LMSCommit: commit };
  Object.keys(api).forEach(function (name) { api[name] = logged(name, api[name]); });
  var lastError = function () { return errorCode; };
  var errorString = function (code) { return P.errorString(code); };
  var diagnostic = function (code) { return code || errorCode; };
  if (is2004) Object.assign(api, { GetLastError: lastError, GetErrorString: errorString, GetDiagnostic: diagnostic, version: '1.0' });
  else Object.assign(api, { LMSGetLastError: lastError, LMSGetErrorString: errorString, LMSGetDiagnostic: diagnostic });
  window[is2004 ? 'API_1484_11' : 'API'] = api;
  
})();
