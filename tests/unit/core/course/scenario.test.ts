import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScenarioBlock, ValidationIssue } from '../../../../electron/core/contract';
import { loadCourse } from '../../../../electron/core/course';
import { tempCourse } from '../../../helpers/core/course/fixtures';

const at = (i: ValidationIssue) => `${i.code}@${i.line ?? '-'}:${i.column ?? '-'}`;
/** The body starts on line 14 (see tempCourse). */
const load = (body: string) => loadCourse(tempCourse(body));
const check = (body: string) => load(body).issues.map(at);
const scenarioOf = (body: string) =>
  load(body).course?.modules[0]?.sections[0]?.blocks.find((b): b is ScenarioBlock => b.kind === 'scenario');

const TWO_STEPS = `::::scenario{#s-boom scored}
Een kleuter schildert een paarse boom.

- [x] Je vraagt wat hij ziet.
  > Hij vertelt over de herfst: zijn expressie krijgt ruimte.
- [ ] Je zegt dat bomen groen zijn.
  > Hij legt het penseel neer: zijn beeld telt niet.

:::step
Hij vertelt dat de bladeren vallen.

- [ ] Je gaat verder met je rondgang.
  > Het gesprek stopt waar het kon groeien.
- [x] Je vraagt waar de bladeren naartoe gaan.
  > Hij zoekt woorden en denkt verder.
:::
::::
`;

describe('scenario', () => {
  it('compiles a scored scenario with a second step; choice ids run on over the steps', () => {
    const s = scenarioOf(TWO_STEPS);
    expect(load(TWO_STEPS).issues).toEqual([]);
    expect(s?.scored).toBe(true);
    expect(s?.situationText).toBe('Een kleuter schildert een paarse boom.');
    expect(s?.steps.map((step) => step.choices.map((c) => `${c.id}${c.best ? '*' : ''}`))).toEqual([
      ['a*', 'b'],
      ['c', 'd*'],
    ]);
    expect(s?.steps[1]?.situationHtml).toBe('<p>Hij vertelt dat de bladeren vallen.</p>');
    expect(s?.steps[0]?.choices[1]?.consequenceHtml).toContain('zijn beeld telt niet');
  });

  it('accepts an unscored scenario whose choices carry no marks', () => {
    const body = ':::scenario{#s-open}\nEen ouder vraagt raad.\n\n- Je luistert.\n  > Ze vertelt meer.\n- Je geeft meteen raad.\n  > Ze knikt en zwijgt.\n:::\n';
    expect(check(body)).toEqual([]);
    expect(scenarioOf(body)?.steps[0]?.choices.every((c) => !c.best)).toBe(true);
  });

  it('requires a consequence under every choice, pointing at the choice', () => {
    const body = ':::scenario{#s-a}\nSituatie.\n\n- Keuze een.\n  > Gevolg.\n- Keuze twee.\n:::\n';
    const { issues } = load(body);
    expect(issues.map(at)).toEqual(['scenario.no-consequence@19:1']);
    expect(issues[0]?.message).toBe("choice 2 in step 1 of scenario 's-a' has no consequence");
  });

  it('wants two to four choices', () => {
    const one = ':::scenario{#s-a}\nSituatie.\n\n- Alleen.\n  > Gevolg.\n:::\n';
    const five = `:::scenario{#s-b}\nSituatie.\n\n${'- Keuze.\n  > Gevolg.\n'.repeat(5)}:::\n`;
    expect(check(one)).toEqual(['scenario.choice-count@17:1']);
    expect(check(five)).toEqual(['scenario.choice-count@17:1']);
  });

  it('scored: every choice marked and exactly one best per step; unscored: no marks', () => {
    const noBest = ':::scenario{#s-a scored}\nSituatie.\n\n- [ ] Een.\n  > G.\n- [ ] Twee.\n  > G.\n:::\n';
    const unmarked = ':::scenario{#s-a scored}\nSituatie.\n\n- [x] Een.\n  > G.\n- Twee.\n  > G.\n:::\n';
    const marked = ':::scenario{#s-a}\nSituatie.\n\n- [x] Een.\n  > G.\n- Twee.\n  > G.\n:::\n';
    expect(check(noBest)).toEqual(['scenario.best-count@17:1']);
    expect(check(unmarked)).toEqual(['scenario.choice-unmarked@19:1']);
    const { issues } = load(marked);
    expect(issues.map(at)).toEqual(['scenario.choice-marked@17:1']);
    expect(issues[0]?.hint).toMatch(/add scored to the opening line/);
  });

  it('needs a situation before the choices and nothing after them', () => {
    const body = ':::scenario{#s-a}\n- Een.\n  > G.\n- Twee.\n  > G.\n\nLosse tekst.\n:::\n';
    expect(check(body)).toEqual(['scenario.no-situation@14:1', 'scenario.unexpected-content@20:1']);
    expect(check(':::scenario{#s-a}\nAlleen een situatie.\n:::\n')).toEqual(['scenario.no-choices@14:1']);
  });

  it('allows one second step, only inside a scenario, and checks it like the first', () => {
    const three = TWO_STEPS.replace('::::\n', ':::step\nNog een.\n\n- A.\n  > G.\n- B.\n  > G.\n:::\n::::\n');
    expect(check(three)).toEqual(['scenario.too-many-steps@30:1']);
    expect(check(TWO_STEPS.replace('  > Hij zoekt woorden en denkt verder.\n', ''))).toEqual(['scenario.no-consequence@27:1']);
    const { issues } = load(':::step\nLos.\n:::\n');
    expect(issues.map(at)).toEqual(['directive.misplaced@14:1']);
    expect(issues[0]?.hint).toMatch(/inside a ::::scenario block/);
  });

  it('accepts the examples of the authoring guide as written', () => {
    const guide = fs.readFileSync(path.resolve(__dirname, '../../../../courses/README.md'), 'utf8');
    const examples = [...guide.matchAll(/```markdown\n(:{3,4}scenario[\s\S]*?)```/g)].map((m) => m[1]!);
    expect(examples).toHaveLength(2);
    for (const example of examples) expect(check(example)).toEqual([]);
    expect(scenarioOf(examples[1]!)?.steps[1]?.choices.map((c) => c.id)).toEqual(['c', 'd']);
  });

  it('claims its id in the course namespace and rejects other blocks inside it', () => {
    const body = ':::scenario{#een-start}\nSituatie.\n\n- Een.\n  > G.\n- Twee.\n  > G.\n:::\n';
    expect(check(body)).toEqual(['id.duplicate@14:13']);
    const nested = '::::scenario{#s-a}\nSituatie.\n\n:::quote{by="X"}\nTekst.\n:::\n\n- Een.\n  > G.\n- Twee.\n  > G.\n::::\n';
    expect(check(nested)).toEqual(['directive.misplaced@17:1']);
  });
});
