import i18next from 'i18next';
import { DEFAULT_LANGUAGE, type GuideLanguage, type TargetLms, type UploadGuide } from '../../contract';
import { canvasPlan } from './canvas-plan';
import type { GuideFacts } from './facts';
import { genericPlan } from './generic-plan';
import { moodlePlan } from './moodle-plan';
import type { PlannedSection } from './plan';
import { guideEn } from './texts-en';
import { guideNl } from './texts-nl';

export { guideFacts, type GuideFacts, type GuideSource } from './facts';

const PLANS: Record<TargetLms, (facts: GuideFacts) => PlannedSection[]> = { moodle: moodlePlan, canvas: canvasPlan, generic: genericPlan };

// An instance of its own: core must not share (or change the language of) the renderer's global one.
const catalogue = i18next.createInstance();
void catalogue.init({
  resources: { 'nl-BE': { translation: guideNl }, en: { translation: guideEn } },
  lng: DEFAULT_LANGUAGE,
  fallbackLng: false,
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  returnEmptyString: false,
});

/**
 * What the lecturer does in the LMS with a package, in their language: the plan per LMS and
 * packaging picks the steps, the catalogue words them, the facts fill them in.
 */
export function uploadGuide(facts: GuideFacts, language: GuideLanguage = DEFAULT_LANGUAGE): UploadGuide {
  const t = catalogue.getFixedT(language);
  const text = (key: string, params: Record<string, string | number>): string => {
    // A missing text is Leerpad's bug, not the lecturer's: fail loudly rather than show a key.
    if (!catalogue.exists(key, { lng: language, count: params.count as number })) throw new Error(`The upload guide has no ${language} text '${key}'.`);
    // Values go in `replace`: a module title can never be taken for a t() option.
    return t(key, { replace: params, count: params.count as number });
  };
  const common = {
    file: facts.fileName,
    course: facts.courseTitle,
    count: facts.modules.length,
    scored: facts.modules.filter((m) => m.scored).length,
  };
  const params = { ...common, edition: text(`edition.${facts.edition}`, common), lms: text(`lmsName.${facts.lms}`, common) };
  return {
    lms: facts.lms,
    packaging: facts.packaging,
    edition: facts.edition,
    language,
    title: text('title', params),
    sections: PLANS[facts.lms](facts)
      .filter((s) => s.steps.length > 0)
      .map((s) => ({ heading: text(s.heading, params), steps: s.steps.map((p) => text(p.key, { ...params, ...p.params })) })),
  };
}
