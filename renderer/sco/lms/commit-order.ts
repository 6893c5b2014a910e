import type { ScormEdition } from '../../../electron/core/contract/sco';
import { STATUS_ELEMENTS, type CmiValue } from './elements';

/**
 * Moodle's 1.2 runtime posts `cmi.core.score.*` before `cmi.core.lesson_status` within one commit
 * (mod/scorm/datamodels/scorm_12.js: StoreData → CollectData walks `cmi.core` in creation order,
 * and `cmi.core.score` is created before the data-model loop assigns `lesson_status`), and
 * mod/scorm/locallib.php `scorm_insert_track` updates grades, and with them activity completion,
 * as soon as `cmi.core.score.raw` is stored: from the status stored before it, so a module that
 * turns passed shows complete only at the next launch (issue 9, seen 3). A 1.2 commit that changes
 * the status therefore carries no score: the scores (the SCO's and its objectives') follow in a
 * commit of their own. Returns the values to set, commit by commit.
 */
export function commitBatches(edition: ScormEdition, values: CmiValue[]): CmiValue[][] {
  if (edition !== 'scorm12' || !values.some(([element]) => element === STATUS_ELEMENTS.lessonStatus)) return [values];
  const isScore = ([element]: CmiValue) => element.includes('.score.');
  const scores = values.filter(isScore);
  return scores.length > 0 ? [values.filter((v) => !isScore(v)), scores] : [values];
}
