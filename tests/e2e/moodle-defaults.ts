import type { MoodleActivity, MoodleSco } from './moodle-tracks';

/**
 * What one launch of a SCO starts from in the Moodle-like test LMS: the `def` values and the
 * objectives and interactions Moodle's player hands its API object for that SCO.
 */

/** The tracks of objectives and interactions, to rebuild those collections (scorm_reconstitute_array_element). */
function collections(tracks: Record<string, string>): [string, string][] {
  return Object.entries(tracks)
    .filter(([element]) => /^cmi\.(objectives|interactions)\.\d+\./.test(element))
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));
}

/** What one launch of a SCO starts from: datamodels/scorm_12lib.php and scorm_13lib.php get_scorm_default(). */
export function launchDefaults(activity: MoodleActivity, sco: MoodleSco, user: string, tracks: Record<string, string>) {
  const t = (element: string, otherwise: string | null = '') => tracks[element] ?? otherwise;
  if (activity.edition === 'scorm12') {
    const status = t('cmi.core.lesson_status');
    const def: Record<string, string | null> = {
      'cmi.core.student_id': user,
      'cmi.core.student_name': `Student, ${user}`,
      'cmi.core.credit': 'credit',
      'cmi.core.entry': status === '' ? 'ab-initio' : t('cmi.core.exit') === 'suspend' ? 'resume' : '',
      'cmi.core.lesson_mode': 'normal',
      'cmi.launch_data': '',
      'cmi.student_data.mastery_score': sco.masteryScore,
      'cmi.student_data.max_time_allowed': '',
      'cmi.student_data.time_limit_action': '',
      'cmi.core.total_time': t('cmi.core.total_time', '00:00:00'),
      'cmi.core.lesson_location': t('cmi.core.lesson_location'),
      'cmi.core.lesson_status': status,
      'cmi.core.score.raw': t('cmi.core.score.raw'),
      'cmi.core.score.max': t('cmi.core.score.max'),
      'cmi.core.score.min': t('cmi.core.score.min'),
      'cmi.core.exit': t('cmi.core.exit'),
      'cmi.suspend_data': t('cmi.suspend_data'),
      'cmi.comments': t('cmi.comments'),
      'cmi.student_preference.language': t('cmi.student_preference.language'),
      'cmi.student_preference.audio': t('cmi.student_preference.audio', '0'),
      'cmi.student_preference.speed': t('cmi.student_preference.speed', '0'),
      'cmi.student_preference.text': t('cmi.student_preference.text', '0'),
    };
    return { def, collections: collections(tracks) };
  }
  // RTE 4.2.8, as get_scorm_default() applies it: only a SCO that exited with "suspend" gets its
  // earlier data back; anything else starts ab-initio.
  const suspended = tracks['cmi.exit'] === 'suspend';
  const s = (element: string, otherwise: string | null) => (suspended ? t(element, otherwise) : otherwise);
  // Elements never stored are null, so GetValue answers 403 "Data Model Element Value Not
  // Initialized" for them, as Moodle 4.3 logs it on a first launch (issue 9 §7).
  const def: Record<string, string | null> = {
    'cmi.learner_id': user,
    'cmi.learner_name': `Student, ${user}`,
    'cmi.mode': 'normal',
    'cmi.entry': suspended ? 'resume' : 'ab-initio',
    'cmi.exit': s('cmi.exit', ''),
    'cmi.credit': 'credit',
    'cmi.completion_status': s('cmi.completion_status', 'unknown'),
    'cmi.completion_threshold': null,
    'cmi.learner_preference.audio_level': s('cmi.learner_preference.audio_level', '1'),
    'cmi.learner_preference.language': s('cmi.learner_preference.language', ''),
    'cmi.learner_preference.delivery_speed': s('cmi.learner_preference.delivery_speed', '1'),
    'cmi.learner_preference.audio_captioning': s('cmi.learner_preference.audio_captioning', '0'),
    'cmi.location': s('cmi.location', null),
    'cmi.max_time_allowed': '',
    'cmi.progress_measure': s('cmi.progress_measure', null),
    'cmi.scaled_passing_score': sco.scaledPassingScore,
    'cmi.score.scaled': s('cmi.score.scaled', null),
    'cmi.score.raw': s('cmi.score.raw', null),
    'cmi.score.min': s('cmi.score.min', null),
    'cmi.score.max': s('cmi.score.max', null),
    'cmi.success_status': s('cmi.success_status', 'unknown'),
    'cmi.suspend_data': s('cmi.suspend_data', null),
    'cmi.time_limit_action': '',
    'cmi.total_time': t('cmi.total_time', 'PT0H0M0S'),
    'cmi.launch_data': '',
  };
  // get_scorm_default(): the manifest's objectives (with an objectiveID) become cmi.objectives.N.id
  // on every launch, before the SCO sets anything.
  const preloaded: [string, string][] = sco.objectiveIds.map((id, n) => [`cmi.objectives.${n}.id`, id]);
  const stored = suspended ? collections(tracks) : [];
  const keys = new Set(stored.map(([element]) => element));
  return { def, collections: [...preloaded.filter(([element]) => !keys.has(element)), ...stored].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })) };
}
