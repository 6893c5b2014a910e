import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { studiedag, trainingApp } from './training-app';

describe("the presenter view's content of a module (training/module)", () => {
  it('gives the sections as compiled, the reflection prompts, and the quiz with answers and what a tally counts', async () => {
    const { call } = trainingApp();
    const t = await call('training/create', studiedag([]));
    const m = await call('training/module', { id: t.id, moduleId: 'hefboom-onderzoeken' });
    expect(m).toMatchObject({ trainingId: t.id, courseId: 'mini', moduleId: 'hefboom-onderzoeken', title: 'Hefboom 1: onderzoeken', minutes: 15, scenarioIds: [] });
    expect(m.mediaBaseUrl).toBe('/sco/mini/hefboom-onderzoeken/');
    expect(m.sections.length).toBeGreaterThan(0);
    expect(m.sections.flatMap((s) => s.blocks.map((b) => b.kind))).toContain('prose');
    expect(m.prompts).toEqual([expect.objectContaining({ reflectionId: 'r-onderzoeken', promptText: expect.any(String) })]);
    expect(m.questions.map((q) => [q.question.id, q.question.type, q.tallyOptionIds])).toEqual([
      ['q-onderzoeken-doel', 'single', expect.arrayContaining(['a', 'b'])],
      ['q-onderzoeken-vormen', 'multiple', expect.arrayContaining(['a', 'b'])],
      ['q-onderzoeken-dialoog', 'truefalse', ['true', 'false']],
      ['q-onderzoeken-koppel', 'matching', ['correct', 'incorrect']],
      ['q-onderzoeken-volgorde', 'ordering', ['correct', 'incorrect']],
    ]);
    const single = m.questions[0]!.question;
    expect(single.type === 'single' && single.options.filter((o) => o.correct)).toHaveLength(1);
  });

  it('lets a scenario be discussed with a note and tallied choice by choice, over both steps', async () => {
    const { call, refusal } = trainingApp();
    const t = await call('training/create', { ...studiedag([]), courseId: 'scenario-mini', moduleIds: ['paarse-boom'] });
    const m = await call('training/module', { id: t.id, moduleId: 'paarse-boom' });
    expect(m.scenarioIds).toEqual(['s-paarse-boom']);
    const scenario = m.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'scenario');
    expect(scenario?.kind === 'scenario' && scenario.steps.map((s) => s.choices.map((c) => [c.id, c.best]))).toEqual([
      [
        ['a', true],
        ['b', false],
      ],
      [
        ['c', false],
        ['d', true],
      ],
    ]);
    await call('training/note', { id: t.id, moduleId: 'paarse-boom', promptId: 's-paarse-boom', seq: 1, text: 'Eerst vragen, dan pas oordelen.' });
    await call('training/tally', { id: t.id, moduleId: 'paarse-boom', questionId: 's-paarse-boom', optionId: 'd', count: 4 });
    expect(await refusal('training/tally', { id: t.id, moduleId: 'paarse-boom', questionId: 's-paarse-boom', optionId: 'e', count: 1 })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refusal('training/module', { id: t.id, moduleId: 'start' })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it("takes the room's choices in a scenario home in the session notes, every choice of both steps with its count and the best ones marked", async () => {
    const { call } = trainingApp();
    const t = await call('training/create', { ...studiedag([]), courseId: 'scenario-mini', moduleIds: ['paarse-boom'] });
    await call('training/tally', { id: t.id, moduleId: 'paarse-boom', questionId: 's-paarse-boom', optionId: 'a', count: 5 });
    await call('training/tally', { id: t.id, moduleId: 'paarse-boom', questionId: 's-paarse-boom', optionId: 'd', count: 4 });
    const file = await call('training/export-notes', { id: t.id, format: 'md' });
    const md = fs.readFileSync(file.path, 'utf8');
    expect(md).toContain('### Keuzes bij de casus');
    expect(md).toMatch(/- a\) [^\n]+: 5 keer gekozen \(beste keuze\)\n- b\) [^\n]+: 0 keer gekozen\n- c\) [^\n]+: 0 keer gekozen\n- d\) [^\n]+: 4 keer gekozen \(beste keuze\)\n/);
    expect(md).not.toContain('### Groepsquiz');
  });
});
