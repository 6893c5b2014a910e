import type { ScenarioBlock } from '../../../../../electron/core/contract/course';
import type { ScoPackage } from '../../../../../electron/core/contract/sco';
import { fixture } from '../../../../helpers/renderer/sco/render';

/** A scored scenario with a second step: best choices a (step 1) and d (step 2). */
export const SCORED: ScenarioBlock = {
  kind: 'scenario',
  id: 's-paarse-boom',
  scored: true,
  situationText: 'Amir schildert een paarse boom en toont hem trots.',
  steps: [
    {
      situationHtml: '<p>Amir schildert een paarse boom en toont hem trots.</p>',
      choices: [
        { id: 'a', html: 'Je vraagt: "Vertel eens over je boom?"', text: 'Je vraagt: "Vertel eens over je boom?"', best: true, consequenceHtml: '<p>Amir vertelt over de herfst: zijn beeld krijgt ruimte.</p>' },
        { id: 'b', html: 'Je zegt dat bomen groen zijn.', text: 'Je zegt dat bomen groen zijn.', best: false, consequenceHtml: '<p>Amir neemt een groen potlood: zijn eigen beeld telt niet meer.</p>' },
      ],
    },
    {
      situationHtml: '<p>Even later vraagt Amir of hij nog een boom mag schilderen.</p>',
      choices: [
        { id: 'c', html: 'Je zegt dat het tijd is om op te ruimen.', text: 'Je zegt dat het tijd is om op te ruimen.', best: false, consequenceHtml: '<p>Het idee blijft liggen.</p>' },
        { id: 'd', html: 'Je legt nieuw papier klaar.', text: 'Je legt nieuw papier klaar.', best: true, consequenceHtml: '<p>Hij schildert een hele reeks herfstbomen.</p>' },
      ],
    },
  ],
};

/** An unscored scenario: every choice is a way to go, none is best. */
export const OPEN: ScenarioBlock = {
  kind: 'scenario',
  id: 's-ouder-vraagt',
  scored: false,
  situationText: 'Een ouder vraagt of haar kind al mag lezen.',
  steps: [
    {
      situationHtml: '<p>Een ouder vraagt of haar kind al mag lezen.</p>',
      choices: [
        { id: 'a', html: 'Je vraagt wat ze thuis ziet.', text: 'Je vraagt wat ze thuis ziet.', best: false, consequenceHtml: '<p>Ze vertelt over de prentenboeken thuis.</p>' },
        { id: 'b', html: 'Je geeft een folder mee.', text: 'Je geeft een folder mee.', best: false, consequenceHtml: '<p>Ze leest hem later, of niet.</p>' },
      ],
    },
  ],
};

/** The all-blocks module with both scenarios in its first section (which has no quiz: sections and interactions stay as they were). */
export function scenarioPackage(overrides: Parameters<typeof fixture>[0] = {}): ScoPackage {
  const pkg = fixture(overrides);
  pkg.module.sections[0]!.blocks.push(structuredClone(SCORED), structuredClone(OPEN));
  return pkg;
}
