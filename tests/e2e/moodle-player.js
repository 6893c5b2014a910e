/* global window, document, XMLHttpRequest */
'use strict';
/**
 * Moodle's player page around the API object (moodle-api.js): the table of contents launching SCOs
 * into one frame (module.js), the POSTs to datamodel.php (request.js DoRequest) and the API log,
 * kept in `window.moodleApiLog`, listed on the page and sent to the server.
 */
(function () {
  var M = window.MOODLE;
  var is2004 = M.edition === 'scorm2004';
  var log = [];
  var current = M.start;

  /** request.js DoRequest: a synchronous POST; while the page is dismissed Chrome forbids that, and Moodle sends a beacon. */
  function post(path, body, type, scoid) {
    var url = path + '?' + new URLSearchParams({ a: M.activity, user: M.user, scoid: scoid, attempt: M.attempt });
    try {
      var xhr = new XMLHttpRequest();
      xhr.open('POST', url, false);
      xhr.setRequestHeader('Content-Type', type);
      xhr.send(body);
      return xhr.status === 200 ? xhr.responseText : String(xhr.status);
    } catch {
      return navigator.sendBeacon(url, new Blob([body], { type: type })) ? 'true\n0' : 'false\n101';
    }
  }

  // GetErrorString() of scorm_12.js / scorm_13.js.
  var STRINGS = {
    0: 'No error',
    101: 'General exception',
    103: 'Already Initialized',
    104: 'Content Instance Terminated',
    112: 'Termination Before Initialization',
    113: 'Termination After Termination',
    122: 'Retrieve Data Before Initialization',
    123: 'Retrieve Data After Termination',
    132: 'Store Data Before Initialization',
    133: 'Store Data After Termination',
    142: 'Commit Before Initialization',
    143: 'Commit After Termination',
    201: is2004 ? 'General Argument Error' : 'Invalid argument error',
    202: 'Element cannot have children',
    203: 'Element not an array - cannot have count',
    301: is2004 ? 'General Get Failure' : 'Not initialized',
    351: 'General Set Failure',
    391: 'General Commit Failure',
    401: is2004 ? 'Undefined Data Model Element' : 'Not implemented error',
    402: 'Invalid set value, element is a keyword',
    403: is2004 ? 'Data Model Element Value Not Initialized' : 'Element is read only',
    404: is2004 ? 'Data Model Element Is Read Only' : 'Element is write only',
    405: is2004 ? 'Data Model Element Is Write Only' : 'Incorrect data type',
    406: 'Data Model Element Type Mismatch',
    407: 'Data Model Element Value Out Of Range',
    408: 'Data Model Dependency Not Established',
  };

  function record(call, args, code, message) {
    var entry = { sco: current, call: call, element: args[0] === undefined ? '' : String(args[0]), value: args[1] === undefined ? null : String(args[1]), code: code, message: message || STRINGS[code] || '' };
    log.push(entry);
    var item = document.createElement('li');
    item.textContent = entry.sco + ': ' + call + '(' + [entry.element, entry.value].filter(function (x) { return x; }).join(', ') + ') → ' + code + ' ' + entry.message;
    document.getElementById('api-log').append(item);
    post('/mod/scorm/log', JSON.stringify(entry), 'text/plain;charset=UTF-8', current);
  }

  /** The player's table of contents (module.js scorm_activate_item): the frame leaves the old SCO, then loads the next. */
  function launch(scoid) {
    var frame = document.getElementById('scorm_object');
    var go = function () {
      current = scoid;
      document.querySelectorAll('#scorm_toc button').forEach(function (b) {
        if (b.dataset.sco === scoid) b.setAttribute('aria-current', 'page');
        else b.removeAttribute('aria-current');
      });
      frame.src = M.scoes.filter(function (s) { return s.id === scoid; })[0].href;
    };
    if (!frame.getAttribute('src')) return go();
    frame.addEventListener('load', go, { once: true });
    frame.src = 'about:blank';
  }
  function start() {
    document.querySelectorAll('#scorm_toc button').forEach(function (b) {
      b.addEventListener('click', function () { launch(b.dataset.sco); });
    });
    launch(M.start);
  }

  window.moodleApiLog = log;
  window.MoodlePlayer = {
    current: function () { return current; },
    post: post,
    record: record,
    errorString: function (code) { return STRINGS[code] || ''; },
    start: start,
  };
})();
