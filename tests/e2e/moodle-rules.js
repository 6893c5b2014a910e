/* global window */
'use strict';
/**
 * The rules of Moodle's SetValue/GetValue that go beyond one value's pattern, as pure functions over
 * the API's `cmi` (a Map of element → value) and its collection counts: the order and
 * dependencies of SCORM 2004 collections and the per-type check of interaction responses
 * (mod/scorm/datamodels/scorm_13.js SetValue, CRcheckValueNodes, CRremovePrefixes).
 */
(function () {
  var D = window.MoodleDatamodel;

  var modelOf = function (el) { return String(el).replace(/[._](\d+)\./g, '.n.'); };
  /** The collections an element sits in: `cmi.interactions.0.objectives.1.id` → two levels. */
  function levels(el) {
    var parts = el.split('.');
    var out = [];
    for (var i = 1; i < parts.length - 1; i++) {
      if (/^\d+$/.test(parts[i + 1])) out.push({ path: parts.slice(0, i + 1).join('.'), index: parts[i + 1] });
    }
    return out;
  }
  var within = function (range, n) { var r = range.split('#'); return n >= Number(r[0]) && (r[1] === '*' || n <= Number(r[1])); };

  /** A new objective (`cmi.objectives.3`) gets its sub-elements' defaults (scorm_13.js SetValue, scorm_12.js LMSSetValue). */
  function createObjective(MODEL, cmi, item) {
    Object.keys(MODEL).forEach(function (m) {
      if (m.indexOf('cmi.objectives.n.') === 0 && MODEL[m].value !== undefined) cmi.set(item + m.slice(16), MODEL[m].value);
    });
  }

  /** CRremovePrefixes(): {lang=…}, {case_matters=…}, {order_matters=…} before a pattern node. */
  var stripPrefixes = function (node) { return node.replace(/^(\{(lang|case_matters|order_matters)=[^}]+\})+/, ''); };

  /** learner_response and CRcheckValueNodes(): delimiters are the literal strings [,] [.] [:] (RTE 4.2.9). */
  function checkNodes(type, value, pattern) {
    var spec = D.responses2004[type];
    var delimiter = pattern && spec.crdelimiter !== undefined ? spec.crdelimiter : spec.delimiter;
    var nodes = delimiter ? value.split(delimiter) : [value];
    if (nodes.length > (pattern && spec.crmax ? spec.crmax : spec.max)) return '351';
    var format = new RegExp(pattern && spec.crformat ? spec.crformat : spec.format);
    for (var i = 0; i < nodes.length; i++) {
      var node = pattern ? stripPrefixes(nodes[i]) : nodes[i];
      if (spec.delimiter2) {
        var pair = node.split(spec.delimiter2);
        if (pair.length !== 2 || !format.test(pair[0]) || !new RegExp(spec.format2).test(pair[1])) return '406';
      } else if (!format.test(node) && !(pattern && value === '' && type !== 'true-false')) return '406';
      if (spec.unique && node !== '' && nodes.indexOf(nodes[i]) < i) return '406';
    }
    return '0';
  }

  /** scorm_13.js SetValue for an element inside a collection: order, dependencies, write-once ids. */
  function collection2004(cmi, counts, el, model, value) {
    var countOf = function (path) { return counts.get(path) || 0; };
    var lv = levels(el);
    for (var i = 0; i < lv.length; i++) {
      if (/^0\d/.test(lv[i].index) || Number(lv[i].index) > countOf(lv[i].path)) return '351';
      if (i < lv.length - 1 && Number(lv[i].index) >= countOf(lv[i].path)) return '408';
    }
    var last = lv[lv.length - 1];
    var item = last.path + '.' + last.index;
    var exists = Number(last.index) < countOf(last.path);
    var interaction = lv[0].path === 'cmi.interactions' ? 'cmi.interactions.' + lv[0].index : null;
    var type = interaction && cmi.get(interaction + '.type');
    var duplicate = function () {
      for (var n = 0; n < countOf(last.path); n++) if (String(n) !== last.index && cmi.get(last.path + '.' + n + '.id') === value) return true;
      return false;
    };
    if (model === 'cmi.objectives.n.id' || model === 'cmi.interactions.n.objectives.n.id') {
      if (exists && model === 'cmi.objectives.n.id') return cmi.get(el) === value ? '0' : '351';
      if (duplicate()) return '351';
      if (!exists && model === 'cmi.objectives.n.id') createObjective(D.scorm2004, cmi, item);
      return '0';
    }
    if (model === 'cmi.interactions.n.id') return '0';
    if (model === 'cmi.interactions.n.correct_responses.n.pattern') {
      if (!type) return '408';
      if (!exists && D.responses2004[type].max === 1 && type !== 'long-fill-in' && Number(last.index) > 0) return '351';
      return checkNodes(type, value, true);
    }
    if (!exists && lv.length === 1 && (last.path === 'cmi.objectives' || last.path === 'cmi.interactions')) return '408';
    if (model === 'cmi.interactions.n.learner_response') return type ? checkNodes(type, value, false) : '408';
    if (model === 'cmi.interactions.n.type' && cmi.get(item + '.type') !== value) counts.delete(item + '.correct_responses');
    return '0';
  }

  window.MoodleRules = { modelOf: modelOf, levels: levels, within: within, createObjective: createObjective, collection2004: collection2004 };
})();
