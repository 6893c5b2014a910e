import { blocksOf } from '../../../shared/sco-state';
import { finding, type Finding } from './finding';
import type { ScoPackage } from '../../contract';
import type { PackageView } from './package-view';
import { charLength, htmlText } from './plain-text';

/** SCORM 1.2 CMIIdentifier: no white space or unprintable characters, at most 255 (RTE 3.4.2.7.1). */
const ID_MAX = { scorm12: 255, scorm2004: 4000 } as const;
/** SCORM 2004 cmi.interactions.n.description: localized_string_type, SPM 250 (RTE 4.2.9.1). */
const DESCRIPTION_MAX = 250;
/** SCORM 1.2 student_response is a CMIFeedback of at most 255 characters (RTE 3.4.2.7.5). */
const RESPONSE_MAX_12 = 255;

interface Interaction {
  id: string;
  kind: 'question' | 'reflection';
  description: string;
}

/** The interactions the runtime writes for a module: one per question, then one per reflection in `lms` mode. */
function interactionsOf(pkg: ScoPackage): Interaction[] {
  const questions = blocksOf(pkg.module, 'quiz').flatMap((q) => q.questions.map((x) => ({ id: x.id, kind: 'question' as const, description: htmlText(x.promptHtml) })));
  const reflections =
    pkg.reflections === 'lms' ? blocksOf(pkg.module, 'reflection').map((r) => ({ id: r.id, kind: 'reflection' as const, description: r.promptText })) : [];
  return [...questions, ...reflections];
}

export function interactionRules(view: PackageView): Finding[] {
  const out: Finding[] = [];
  const edition = view.edition;
  // A course SCO reports every module's interactions in one cmi.interactions: ids must differ across modules too.
  for (const sco of view.scos) {
    const seen = new Set<string>();
    for (const pkg of sco.modules) out.push(...moduleInteractionRules(pkg, edition, seen));
  }
  return out;
}

function moduleInteractionRules(pkg: ScoPackage, edition: PackageView['edition'], seen: Set<string>): Finding[] {
  const out: Finding[] = [];
  const module = pkg.module;
  for (const i of interactionsOf(pkg)) {
    // Some LMSs reject a second cmi.interactions.n.id with the same value; others merge the records.
    if (seen.has(i.id)) {
      out.push(
        finding(
          'error',
          'interactions.duplicate-id',
          i.id,
          { id: i.id, module: module.id, file: module.file },
        ),
      );
    }
    seen.add(i.id);
    if (/\s/.test(i.id) || charLength(i.id) > ID_MAX[edition] || /[^\x20-\x7e]/.test(i.id)) {
      out.push(
        finding(
          'error',
          'interactions.id-format',
          i.id,
          {
            id: i.id,
            module: module.id,
            edition,
            type: edition === 'scorm12' ? 'CMIIdentifier' : 'long_identifier_type',
            max: ID_MAX[edition],
            file: module.file,
          },
        ),
      );
    }
    if (edition === 'scorm2004' && charLength(i.description) > DESCRIPTION_MAX) {
      out.push(
        finding(
          'warning',
          'interactions.description-long',
          i.id,
          { kind: i.kind, id: i.id, module: module.id, length: charLength(i.description), max: DESCRIPTION_MAX, file: module.file },
        ),
      );
    }
  }
  if (edition === 'scorm12' && pkg.reflections === 'lms') {
    for (const r of blocksOf(module, 'reflection').filter((x) => x.maxLength > RESPONSE_MAX_12)) {
      out.push(
        finding(
          'info',
          'interactions.reflection-truncated',
          r.id,
          { reflection: r.id, max: r.maxLength, kept: RESPONSE_MAX_12 },
        ),
      );
    }
  }
  return out;
}
