import { describe, expect, it } from 'vitest';
import { GUIDE_LANGUAGES, PACKAGINGS, REFLECTION_MODES, SCORM_EDITIONS, TARGET_LMSES, type Packaging, type UploadGuide } from '../../../../../electron/core/contract';
import { uploadGuide, type GuideFacts } from '../../../../../electron/core/scorm/guide';
import { guideEn } from '../../../../../electron/core/scorm/guide/texts-en';
import { guideNl } from '../../../../../electron/core/scorm/guide/texts-nl';
import { COURSE_DIR, course } from '../../../../helpers/core/scorm/packages';


function facts(over: Partial<GuideFacts> = {}): GuideFacts {
  return {
    lms: 'moodle',
    packaging: 'course-sco',
    edition: 'scorm12',
    reflections: 'private',
    courseTitle: 'Proefcursus Zeta',
    fileName: 'zeta-1.0.0-scorm12.zip',
    modules: [
      { id: 'm-een', title: 'Eerste stap', scored: true, file: '01-m-een-scorm12.zip' },
      { id: 'm-twee', title: 'Tweede stap', scored: false, file: '02-m-twee-scorm12.zip' },
      { id: 'm-drie', title: 'Derde stap', scored: true, file: '03-m-drie-scorm12.zip' },
    ],
    ...over,
  };
}

const all = (g: UploadGuide) => [g.title, ...g.sections.flatMap((s) => [s.heading, ...s.steps])].join('\n');
const section = (g: UploadGuide, heading: string) => g.sections.find((s) => s.heading === heading)?.steps.join('\n') ?? '';

function* combinations() {
  for (const lms of TARGET_LMSES) for (const packaging of PACKAGINGS) for (const edition of SCORM_EDITIONS) for (const reflections of REFLECTION_MODES) {
    yield facts({ lms, packaging, edition, reflections });
  }
}

describe('the upload guide: what the lecturer does in the LMS, generated from the package', () => {
  it('has the same sections and the same number of steps in Dutch and English, for every LMS, packaging and edition', () => {
    for (const f of combinations()) {
      const nl = uploadGuide(f, 'nl-BE');
      const en = uploadGuide(f, 'en');
      const what = `${f.lms} ${f.packaging} ${f.edition} ${f.reflections}`;
      expect(nl.sections.map((s) => s.steps.length), what).toEqual(en.sections.map((s) => s.steps.length));
      expect(nl.sections.length, what).toBeGreaterThanOrEqual(3);
      expect(nl.sections.every((s) => s.steps.length > 0), what).toBe(true);
      for (const g of [nl, en]) {
        // An unfilled placeholder or a bare catalogue key would be shown to the lecturer as is.
        expect(all(g), what).not.toMatch(/\{\{|\}\}|\b(moodle|canvas|generic|common)\.[a-z]/);
        expect(g).toMatchObject({ lms: f.lms, packaging: f.packaging, edition: f.edition });
      }
    }
  });

  it('is written in Dutch by default and in English on request', () => {
    expect(uploadGuide(facts()).language).toBe('nl-BE');
    expect(uploadGuide(facts()).title).toBe('Zo zet je zeta-1.0.0-scorm12.zip in Moodle');
    expect(uploadGuide(facts(), 'en').title).toBe('Putting zeta-1.0.0-scorm12.zip into Moodle');
  });

  describe('Moodle', () => {
    it('course SCO: add a SCORM package with Moodle\'s Dutch labels, hide Moodle\'s course structure, grade the one SCO, never force a new attempt', () => {
      const g = uploadGuide(facts());
      expect(section(g, 'Het pakket toevoegen')).toContain('"Activiteit of bron toevoegen" en dan "SCORM-pakket"');
      expect(section(g, 'Het pakket toevoegen')).toContain('sleep zeta-1.0.0-scorm12.zip naar "Verpakkingsbestand"');
      const settings = section(g, 'Instellingen van de activiteit');
      expect(settings).toContain('"Weergave cursusstructuur": "Verborgen"');
      expect(settings).toContain('"Beoordelingsmethode": "Hoogste cijfer"');
      expect(settings).toContain('"Verplicht nieuwe poging": "Nee"');
      expect(settings).toContain('"Aantal pogingen": "Onbeperkt aantal pogingen"');
      expect(section(g, 'Voltooiing')).toContain('"Vereist status" en vink "Geslaagd" en "Voltooid" aan');
      expect(section(g, 'Voltooiing')).toContain('alle 3 modules');
      expect(section(g, 'Wat de student ziet')).toContain('het menu met de modules van "Proefcursus Zeta" (3)');
      expect(section(g, 'Wat de student ziet')).toContain('het gemiddelde van de modules met een toets (2 van de 3)');
    });

    it('SCO per module: average grade and "all SCOs" completion, because "highest grade" shows the best single module', () => {
      const g = uploadGuide(facts({ packaging: 'sco-per-module' }));
      expect(all(g)).toContain('"Beoordelingsmethode": "Gemiddeld cijfer"');
      expect(all(g)).toContain('"Vereis alle scos om hun voltooiingsstatus te melden": aan');
      expect(all(g)).toContain('"Weergave cursusstructuur": "Aan de zijkant"');
      expect(all(g)).not.toContain('"Hoogste cijfer".');
      expect(section(g, 'Wat de student ziet')).toContain('twee keer opent in hetzelfde bezoek');
      expect(section(g, 'Wat de student ziet')).toContain('"Start" opent de eerste module die nog niet af is');
      expect(all(uploadGuide(facts({ packaging: 'sco-per-module', edition: 'scorm2004' })))).toContain('alleen de eerste module die een student per bezoek opent');
    });

    it('package per module: unzip first, then one activity per inner package, in the order of the file names', () => {
      const g = uploadGuide(facts({ packaging: 'package-per-module' }));
      const steps = g.sections[0]!.steps;
      expect(steps.join('\n')).toContain('zeta-1.0.0-scorm12.zip bevat 3 pakketten, één per module. Pak het uit');
      expect(steps.slice(-3)).toEqual(['01-m-een-scorm12.zip: "Eerste stap"', '02-m-twee-scorm12.zip: "Tweede stap"', '03-m-drie-scorm12.zip: "Derde stap"']);
      expect(section(g, 'Instellingen van de activiteit')).toContain('Modules zonder toets sturen geen score');
      expect(uploadGuide(facts({ packaging: 'package-per-module', modules: [facts().modules[0]!] })).sections[0]!.steps.join()).toContain('bevat 1 pakket, voor één module');
    });

    it('says what the lecturer should set around Moodle\'s 1.2 completion lag, and only for 1.2', () => {
      expect(section(uploadGuide(facts()), 'Voltooiing')).toContain('Moodle berekent de voltooiing uit de status van vóór elke bewaring');
      expect(section(uploadGuide(facts({ edition: 'scorm2004' })), 'Voltooiing')).not.toContain('vóór elke bewaring');
    });

    it('without a quiz in the package, does not promise a grade', () => {
      const g = uploadGuide(facts({ modules: facts().modules.map((m) => ({ ...m, scored: false })) }));
      expect(all(g)).toContain('Er zit geen toets in dit pakket');
      expect(all(g)).not.toContain('Hoogste cijfer');
      expect(section(g, 'Wat de student ziet')).not.toContain('cijfer');
    });

    it('tells where reflections sent to Moodle are read, and that private ones stay with the student', () => {
      expect(section(uploadGuide(facts({ reflections: 'lms' })), 'Opvolgen')).toContain('"Rapporten" en dan "Interacties"');
      expect(section(uploadGuide(facts()), 'Opvolgen')).toContain('Reflecties blijven privé');
    });

    it('uses Moodle\'s English labels in English', () => {
      const g = uploadGuide(facts({ packaging: 'sco-per-module' }), 'en');
      expect(all(g)).toContain('"Add an activity or resource", then "SCORM package"');
      expect(all(g)).toContain('"Grading method": "Average grade"');
      expect(all(g)).toContain('"Require all SCOs to return completion status": on');
    });
  });

  describe('Canvas', () => {
    it('uploads through the SCORM tool of hosted Canvas, as a graded assignment when there is a quiz', () => {
      const g = uploadGuide(facts({ lms: 'canvas' }));
      const add = section(g, 'Opladen in Canvas');
      expect(add).toContain('alleen in de gehoste Canvas van Instructure');
      expect(add).toContain('Open "SCORM" in het cursusmenu en kies zeta-1.0.0-scorm12.zip');
      expect(add).toContain('Vink "Import as a graded assignment" aan');
      expect(all(uploadGuide(facts({ lms: 'canvas', modules: [{ id: 'x', title: 'X', scored: false }] })))).toContain('laat "Import as a graded assignment" uit');
    });

    it('says to try SCORM 2004 first, and again when a 1.2 package stays blank; calls 2004 the edition Canvas plays best', () => {
      expect(all(uploadGuide(facts({ lms: 'canvas' })))).toContain('probeer eerst een export met SCORM 2004');
      expect(all(uploadGuide(facts({ lms: 'canvas' })))).toContain('exporteer dan opnieuw met SCORM 2004');
      expect(all(uploadGuide(facts({ lms: 'canvas', edition: 'scorm2004' })))).toContain('de versie die Canvas het best speelt');
    });
  });

  it('for another LMS: import as a SCORM package of the edition, resume the same attempt, complete at completed or passed', () => {
    const g = uploadGuide(facts({ lms: 'generic', edition: 'scorm2004', fileName: 'zeta-2004.zip' }));
    expect(g.title).toBe('Zo zet je zeta-2004.zip in je leerplatform');
    expect(all(g)).toContain('Voeg zeta-2004.zip toe als SCORM-pakket (SCORM 2004 4th edition)');
    expect(all(g)).toContain('verdergaan in dezelfde poging');
    expect(all(g)).toContain('"completed" of "passed"');
  });

  describe('nothing course-specific is written in the guide\'s texts', () => {
    it('no course or module title of the courses folder appears in the catalogues', () => {
      const kkgk = course(COURSE_DIR);
      const catalogues = JSON.stringify([guideNl, guideEn]);
      for (const title of [kkgk.title, ...kkgk.modules.map((m) => m.title)]) expect(catalogues).not.toContain(title);
    });

    it('course, module and file names come from the package, verbatim, even when they look like placeholders', () => {
      const odd = facts({ courseTitle: '{{file}} $t(title)', packaging: 'package-per-module', modules: [{ id: 'a', title: '<b>{{count}}</b>', scored: true, file: '01-a.zip' }] });
      for (const language of GUIDE_LANGUAGES) {
        const text = all(uploadGuide(odd, language));
        expect(text).toContain('01-a.zip: "<b>{{count}}</b>"');
      }
      expect(all(uploadGuide({ ...odd, packaging: 'course-sco' as Packaging }))).toContain('"{{file}} $t(title)"');
    });
  });
});
