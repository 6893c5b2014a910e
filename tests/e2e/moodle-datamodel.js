/* global window */
/* eslint-disable no-useless-escape -- the patterns are copied verbatim from Moodle, escapes and all */
'use strict';
/**
 * Moodle 4.3's SCORM data models, for the Moodle-like test LMS (moodle-api.js). Every pattern is
 * copied from mod/scorm/datamodels/scorm_13.js and scorm_12.js (SCORMapi1_3 / SCORMapi1_2) so the
 * test LMS refuses exactly what Moodle refuses, e.g. a 2004 `time (second,10,2)` with three decimals.
 */
(function () {
  // scorm_13.js, "Standard Data Type Definition".
  var CMIString250 = '^[\\u0000-\\uFFFF]{0,250}$';
  var CMIString1000 = '^[\\u0000-\\uFFFF]{0,1000}$';
  var CMIString4000 = '^[\\u0000-\\uFFFF]{0,4000}$';
  var CMIString64000 = '^[\\u0000-\\uFFFF]{0,64000}$';
  var CMILang = '^([a-zA-Z]{2,3}|i|x)(\-[a-zA-Z0-9\-]{2,8})?$|^$';
  var CMILangString250 = '^(\{lang=([a-zA-Z]{2,3}|i|x)(\-[a-zA-Z0-9\-]{2,8})?\})?([^\{].{0,250}$)?';
  var CMILangString250cr = '^((\{lang=([a-zA-Z]{2,3}|i|x)?(\-[a-zA-Z0-9\-]{2,8})?\})?(.{0,250})?)?$';
  var CMILangString4000 = '^(\{lang=([a-zA-Z]{2,3}|i|x)(\-[a-zA-Z0-9\-]{2,8})?\})?([^\{].{0,4000}$)?';
  var CMITime = '^(19[7-9]{1}[0-9]{1}|20[0-2]{1}[0-9]{1}|203[0-8]{1})((-(0[1-9]{1}|1[0-2]{1}))((-(0[1-9]{1}|[1-2]{1}[0-9]{1}|3[0-1]{1}))(T([0-1]{1}[0-9]{1}|2[0-3]{1})((:[0-5]{1}[0-9]{1})((:[0-5]{1}[0-9]{1})((\\.[0-9]{1,2})((Z|([+|-]([0-1]{1}[0-9]{1}|2[0-3]{1})))(:[0-5]{1}[0-9]{1})?)?)?)?)?)?)?)?$';
  var CMITimespan = '^P(\\d+Y)?(\\d+M)?(\\d+D)?(T(((\\d+H)(\\d+M)?(\\d+(\.\\d{1,2})?S)?)|((\\d+M)(\\d+(\.\\d{1,2})?S)?)|((\\d+(\.\\d{1,2})?S))))?$';
  var CMISInteger = '^-?([0-9]+)$';
  var CMIDecimal = '^-?([0-9]{1,5})(\\.[0-9]{1,18})?$';
  var CMIShortIdentifier = '^[\\w\.]{1,250}$';
  var CMILongIdentifier = '^(?:(?!urn:)\\S{1,4000}|urn:[A-Za-z0-9-]{1,31}:\\S{1,4000})$';
  var CMICStatus = '^completed$|^incomplete$|^not attempted$|^unknown$';
  var CMISStatus = '^passed$|^failed$|^unknown$';
  var CMIExit = '^time-out$|^suspend$|^logout$|^normal$|^$';
  var CMIType = '^true-false$|^choice$|^(long-)?fill-in$|^matching$|^performance$|^sequencing$|^likert$|^numeric$|^other$';
  var CMIResult = '^correct$|^incorrect$|^unanticipated$|^neutral$|^-?([0-9]{1,4})(\\.[0-9]{1,18})?$';
  var NAVEvent = '^previous$|^continue$|^exit$|^exitAll$|^abandon$|^abandonAll$|^suspendAll$|^\{target=\\S{0,200}[a-zA-Z0-9]\}choice|jump$';

  // scorm_13.js `learner_response` / `correct_responses`: per interaction type, the node format,
  // the delimiter between nodes and their maximum count ("pre" prefixes are stripped before).
  var responses2004 = {
    'true-false': { format: '^true$|^false$', max: 1, delimiter: '' },
    choice: { format: CMIShortIdentifier, max: 36, delimiter: '[,]', unique: true },
    'fill-in': { format: CMILangString250, crformat: CMILangString250cr, max: 10, delimiter: '[,]' },
    'long-fill-in': { format: CMILangString4000, max: 1, delimiter: '' },
    matching: { format: CMIShortIdentifier, format2: CMIShortIdentifier, max: 36, delimiter: '[,]', delimiter2: '[.]' },
    performance: { format: '^$|' + CMIShortIdentifier, format2: CMIDecimal + '|^$|' + CMIShortIdentifier, max: 250, delimiter: '[,]', delimiter2: '[.]' },
    sequencing: { format: CMIShortIdentifier, max: 36, delimiter: '[,]' },
    likert: { format: CMIShortIdentifier, max: 1, delimiter: '' },
    numeric: { format: CMIDecimal, max: 1, crmax: 2, delimiter: '', crdelimiter: '[:]' },
    other: { format: CMIString4000, max: 1, delimiter: '' },
  };

  // scorm_13.js `datamodel`: format, mod (r, w, rw), range "min#max"; `def` names the per-SCO default Moodle loads.
  var scorm2004 = {
    'cmi._children': { mod: 'r', value: '_version,comments_from_learner,comments_from_lms,completion_status,credit,entry,exit,interactions,launch_data,learner_id,learner_name,learner_preference,location,max_time_allowed,mode,objectives,progress_measure,scaled_passing_score,score,session_time,success_status,suspend_data,time_limit_action,total_time' },
    'cmi._version': { mod: 'r', value: '1.0' },
    'cmi.comments_from_learner._count': { mod: 'r' },
    'cmi.comments_from_learner.n.comment': { format: CMILangString4000, mod: 'rw' },
    'cmi.comments_from_learner.n.location': { format: CMIString250, mod: 'rw' },
    'cmi.comments_from_learner.n.timestamp': { format: CMITime, mod: 'rw' },
    'cmi.interactions._children': { mod: 'r', value: 'id,type,objectives,timestamp,correct_responses,weighting,learner_response,result,latency,description' },
    'cmi.interactions._count': { mod: 'r' },
    'cmi.interactions.n.id': { format: CMILongIdentifier, mod: 'rw' },
    'cmi.interactions.n.type': { format: CMIType, mod: 'rw' },
    'cmi.interactions.n.objectives._count': { mod: 'r' },
    'cmi.interactions.n.objectives.n.id': { format: CMILongIdentifier, mod: 'rw' },
    'cmi.interactions.n.timestamp': { format: CMITime, mod: 'rw' },
    'cmi.interactions.n.correct_responses._count': { mod: 'r' },
    'cmi.interactions.n.correct_responses.n.pattern': { format: 'CMIFeedback', mod: 'rw' },
    'cmi.interactions.n.weighting': { format: CMIDecimal, mod: 'rw' },
    'cmi.interactions.n.learner_response': { format: 'CMIFeedback', mod: 'rw' },
    'cmi.interactions.n.result': { format: CMIResult, mod: 'rw' },
    'cmi.interactions.n.latency': { format: CMITimespan, mod: 'rw' },
    'cmi.interactions.n.description': { format: CMILangString250, mod: 'rw' },
    'cmi.learner_preference.audio_level': { format: CMIDecimal, range: '0#*', mod: 'rw', def: true },
    'cmi.learner_preference.language': { format: CMILang, mod: 'rw', def: true },
    'cmi.learner_preference.delivery_speed': { format: CMIDecimal, range: '0#*', mod: 'rw', def: true },
    'cmi.learner_preference.audio_captioning': { format: CMISInteger, range: '-1#1', mod: 'rw', def: true },
    'cmi.objectives._children': { mod: 'r', value: 'progress_measure,completion_status,success_status,description,score,id' },
    'cmi.objectives._count': { mod: 'r' },
    'cmi.objectives.n.id': { format: CMILongIdentifier, mod: 'rw' },
    'cmi.objectives.n.score.scaled': { format: CMIDecimal, range: '-1#1', mod: 'rw', value: null },
    'cmi.objectives.n.score.raw': { format: CMIDecimal, mod: 'rw', value: null },
    'cmi.objectives.n.score.min': { format: CMIDecimal, mod: 'rw', value: null },
    'cmi.objectives.n.score.max': { format: CMIDecimal, mod: 'rw', value: null },
    'cmi.objectives.n.success_status': { format: CMISStatus, mod: 'rw', value: 'unknown' },
    'cmi.objectives.n.completion_status': { format: CMICStatus, mod: 'rw', value: 'unknown' },
    'cmi.objectives.n.progress_measure': { format: CMIDecimal, range: '0#1', mod: 'rw', value: null },
    'cmi.objectives.n.description': { format: CMILangString250, mod: 'rw' },
    'cmi.score._children': { mod: 'r', value: 'max,raw,scaled,min' },
    'cmi.score.scaled': { format: CMIDecimal, range: '-1#1', mod: 'rw', def: true },
    'cmi.score.raw': { format: CMIDecimal, mod: 'rw', def: true },
    'cmi.score.min': { format: CMIDecimal, mod: 'rw', def: true },
    'cmi.score.max': { format: CMIDecimal, mod: 'rw', def: true },
    'cmi.completion_status': { format: CMICStatus, mod: 'rw', def: true },
    'cmi.completion_threshold': { mod: 'r', def: true },
    'cmi.credit': { mod: 'r', def: true },
    'cmi.entry': { mod: 'r', def: true },
    'cmi.exit': { format: CMIExit, mod: 'w', def: true },
    'cmi.launch_data': { mod: 'r', def: true },
    'cmi.learner_id': { mod: 'r', def: true },
    'cmi.learner_name': { mod: 'r', def: true },
    'cmi.location': { format: CMIString1000, mod: 'rw', def: true },
    'cmi.max_time_allowed': { mod: 'r', def: true },
    'cmi.mode': { mod: 'r', def: true },
    'cmi.progress_measure': { format: CMIDecimal, range: '0#1', mod: 'rw', def: true },
    'cmi.scaled_passing_score': { format: CMIDecimal, range: '-1#1', mod: 'r', def: true },
    'cmi.session_time': { format: CMITimespan, mod: 'w', value: 'PT0H0M0S' },
    'cmi.success_status': { format: CMISStatus, mod: 'rw', def: true },
    'cmi.suspend_data': { format: CMIString64000, mod: 'rw', def: true },
    'cmi.time_limit_action': { mod: 'r', def: true },
    'cmi.total_time': { mod: 'r', def: true },
    'adl.nav.request': { format: NAVEvent, mod: 'rw', value: '_none_' },
  };

  // scorm_12.js. CMIString256/4096 come from scorm_12.php: these are the limits with the admin
  // setting "scorm12standard" on, which the field notes tell us to design for.
  var CMIString256 = '^[\\u0000-\\uFFFF]{0,255}$';
  var CMIString4096 = '^[\\u0000-\\uFFFF]{0,4096}$';
  var CMITime12 = '^([0-2]{1}[0-9]{1}):([0-5]{1}[0-9]{1}):([0-5]{1}[0-9]{1})(\.[0-9]{1,2})?$';
  var CMITimespan12 = '^([0-9]{2,4}):([0-9]{2}):([0-9]{2})(\.[0-9]{1,2})?$';
  var CMIDecimal12 = '^-?([0-9]{0,3})(\.[0-9]*)?$';
  var CMIIdentifier12 = '^[\\u0021-\\u007E]{0,255}$';
  var CMIStatus = '^passed$|^completed$|^failed$|^incomplete$|^browsed$';
  var CMIStatus2 = '^passed$|^completed$|^failed$|^incomplete$|^browsed$|^not attempted$';
  var CMIExit12 = '^time-out$|^suspend$|^logout$|^$';
  var CMIType12 = '^true-false$|^choice$|^fill-in$|^matching$|^performance$|^sequencing$|^likert$|^numeric$';
  var CMIResult12 = '^correct$|^wrong$|^unanticipated$|^neutral$|^([0-9]{0,3})?(\.[0-9]*)?$';

  var scorm12 = {
    'cmi._children': { mod: 'r', value: 'core,suspend_data,launch_data,comments,objectives,student_data,student_preference,interactions' },
    'cmi._version': { mod: 'r', value: '3.4' },
    'cmi.core._children': { mod: 'r', value: 'student_id,student_name,lesson_location,credit,lesson_status,entry,score,total_time,lesson_mode,exit,session_time' },
    'cmi.core.student_id': { mod: 'r', def: true },
    'cmi.core.student_name': { mod: 'r', def: true },
    'cmi.core.lesson_location': { format: CMIString256, mod: 'rw', def: true },
    'cmi.core.credit': { mod: 'r', def: true },
    'cmi.core.lesson_status': { format: CMIStatus, mod: 'rw', def: true },
    'cmi.core.entry': { mod: 'r', def: true },
    'cmi.core.score._children': { mod: 'r', value: 'raw,min,max' },
    'cmi.core.score.raw': { format: CMIDecimal12, range: '0#100', mod: 'rw', def: true },
    'cmi.core.score.max': { format: CMIDecimal12, range: '0#100', mod: 'rw', def: true },
    'cmi.core.score.min': { format: CMIDecimal12, range: '0#100', mod: 'rw', def: true },
    'cmi.core.total_time': { mod: 'r', def: true },
    'cmi.core.lesson_mode': { mod: 'r', def: true },
    'cmi.core.exit': { format: CMIExit12, mod: 'w', def: true },
    'cmi.core.session_time': { format: CMITimespan12, mod: 'w', value: '00:00:00' },
    'cmi.suspend_data': { format: CMIString4096, mod: 'rw', def: true },
    'cmi.launch_data': { mod: 'r', def: true },
    'cmi.comments': { format: CMIString4096, mod: 'rw', def: true },
    'cmi.objectives._children': { mod: 'r', value: 'id,score,status' },
    'cmi.objectives._count': { mod: 'r' },
    'cmi.objectives.n.id': { format: CMIIdentifier12, mod: 'rw' },
    'cmi.objectives.n.score.raw': { format: CMIDecimal12, range: '0#100', mod: 'rw', value: '' },
    'cmi.objectives.n.score.min': { format: CMIDecimal12, range: '0#100', mod: 'rw', value: '' },
    'cmi.objectives.n.score.max': { format: CMIDecimal12, range: '0#100', mod: 'rw', value: '' },
    'cmi.objectives.n.status': { format: CMIStatus2, mod: 'rw' },
    'cmi.student_data.mastery_score': { mod: 'r', def: true },
    'cmi.student_data.max_time_allowed': { mod: 'r', def: true },
    'cmi.student_data.time_limit_action': { mod: 'r', def: true },
    'cmi.student_preference.audio': { format: CMISInteger, range: '-1#100', mod: 'rw', def: true },
    'cmi.student_preference.language': { format: CMIString256, mod: 'rw', def: true },
    'cmi.student_preference.speed': { format: CMISInteger, range: '-100#100', mod: 'rw', def: true },
    'cmi.student_preference.text': { format: CMISInteger, range: '-1#1', mod: 'rw', def: true },
    'cmi.interactions._children': { mod: 'r', value: 'id,objectives,time,type,correct_responses,weighting,student_response,result,latency' },
    'cmi.interactions._count': { mod: 'r' },
    'cmi.interactions.n.id': { format: CMIIdentifier12, mod: 'w' },
    'cmi.interactions.n.objectives._count': { mod: 'r' },
    'cmi.interactions.n.objectives.n.id': { format: CMIIdentifier12, mod: 'w' },
    'cmi.interactions.n.time': { format: CMITime12, mod: 'w' },
    'cmi.interactions.n.type': { format: CMIType12, mod: 'w' },
    'cmi.interactions.n.correct_responses._count': { mod: 'r' },
    'cmi.interactions.n.correct_responses.n.pattern': { format: CMIString256, mod: 'w' },
    'cmi.interactions.n.weighting': { format: CMIDecimal12, range: '-100#100', mod: 'w' },
    'cmi.interactions.n.student_response': { format: CMIString256, mod: 'w' },
    'cmi.interactions.n.result': { format: CMIResult12, mod: 'w' },
    'cmi.interactions.n.latency': { format: CMITimespan12, mod: 'w' },
  };

  window.MoodleDatamodel = { scorm2004: scorm2004, scorm12: scorm12, responses2004: responses2004 };
})();
