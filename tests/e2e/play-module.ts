import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import type { ChecklistBlock, CourseDocument, ModuleDocument, Question, QuizBlock } from '../../electron/core/contract';
import { loadCourse } from '../../electron/core/course';
import { ROOT } from './harness';

export const COURSE_ID = 'kleine-kinderen-grote-kansen';

export const playedCourse: CourseDocument = loadCourse(path.join(ROOT, 'courses', COURSE_ID)).course!;
/** The module the player tests play: it has a quiz, a reflection and a kijkwijzer. */
export const playedModule: ModuleDocument = playedCourse.modules.find((m) => m.id === 'hefboom-onderzoeken')!;

/** Question by question, through the SCO's own UI, as a learner does. */

/**
 * The SCO's frame in the app's player, once its first heading shows. Two frames deep: the app frames
 * the LMS host page on the content origin, which frames the SCO (same origin as the host).
 */
export async function playerScoFrame(page: Page, courseId: string, moduleId: string): Promise<Frame> {
  await page.frameLocator('iframe.player-frame').frameLocator('iframe').getByRole('heading', { level: 1 }).waitFor();
  const frame = page.frames().find((f) => f.url().includes(`/sco/${encodeURIComponent(courseId)}/${encodeURIComponent(moduleId)}/`));
  if (!frame) throw new Error(`no SCO frame for ${courseId}/${moduleId}`);
  return frame;
}

/** From the library, as a learner does: open the course, then the module; resolves with the SCO's frame. */
export async function openModuleFromLibrary(page: Page, module: ModuleDocument = playedModule): Promise<Frame> {
  await page.getByRole('link', { name: 'Open de cursus' }).click();
  await page.getByRole('heading', { name: 'Kleine kinderen, grote kansen', level: 1 }).waitFor();
  const item = page.locator('li', { has: page.getByRole('heading', { name: module.title, exact: true }) });
  await item.getByRole('link').click();
  return playerScoFrame(page, COURSE_ID, module.id);
}

const exact = (text: string) => new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);

export function quizOf(module: ModuleDocument): QuizBlock {
  for (const s of module.sections) for (const b of s.blocks) if (b.kind === 'quiz') return b;
  throw new Error(`module ${module.id} has no quiz`);
}

export function sectionIndexOf(module: ModuleDocument, kind: 'quiz' | 'reflection' | 'checklist'): number {
  return module.sections.findIndex((s) => s.blocks.some((b) => b.kind === kind));
}

function group(frame: Frame, index: number, total: number) {
  return frame.getByRole('group', { name: new RegExp(`^Vraag ${index + 1} van ${total}`) });
}

/** Answers one question right, or deliberately wrong (no partial credit either), and checks it. */
export async function answer(frame: Frame, q: Question, index: number, total: number, right: boolean) {
  const g = group(frame, index, total);
  switch (q.type) {
    case 'single': {
      const option = q.options.find((o) => o.correct === right) ?? q.options[0]!;
      await g.getByRole('radio', { name: exact(option.text) }).check();
      break;
    }
    case 'multiple': {
      const pick = right ? q.options.filter((o) => o.correct) : [q.options.find((o) => !o.correct) ?? q.options[0]!];
      for (const o of pick) await g.getByRole('checkbox', { name: exact(o.text) }).check();
      break;
    }
    case 'truefalse':
      await g.getByRole('radio', { name: (q.answer === right ? 'Waar' : 'Niet waar'), exact: true }).check();
      break;
    case 'matching': {
      const rights = q.pairs.map((p) => p.right);
      for (const [i, p] of q.pairs.entries()) {
        const target = right ? p.right : rights[(i + 1) % rights.length]!;
        await g.getByRole('combobox', { name: new RegExp(`^${p.left.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).selectOption({ label: target });
      }
      break;
    }
    case 'ordering': {
      // Wrong: every step moved one place on (reversed, an odd list keeps its middle step in place and earns partial credit).
      const texts = q.items.map((i) => i.text);
      const wanted = right ? texts : [...texts.slice(1), texts[0]!];
      for (let target = 0; target < wanted.length; target++) {
        for (let guard = 0; guard < wanted.length; guard++) {
          const texts = await g.locator('.order-text').allTextContents();
          if (texts.indexOf(wanted[target]!) <= target) break;
          await g.getByRole('button', { name: `Omhoog: ${wanted[target]}` }).click();
        }
      }
      break;
    }
  }
  await frame.getByRole('button', { name: `Controleer vraag ${index + 1}` }).click();
  await g.locator('xpath=..').getByRole('heading', { level: 4 }).waitFor();
}

/** Goes through the module with "Volgende" until the given section is shown (every one passed is seen). */
export async function nextUntil(frame: Frame, module: ModuleDocument, target: number) {
  for (let i = 0; i < 40; i++) {
    const current = await frame.getByRole('heading', { level: 2 }).filter({ hasText: module.sections[target]!.title }).count();
    if (current > 0) return;
    await frame.getByRole('button', { name: /^Volgende: |^Naar de samenvatting/ }).click();
  }
  throw new Error(`section ${target} not reached`);
}

/** Every scenario of the module decided with the best choice at each step, as a learner who works through everything does. */
export async function decideScenarios(frame: Frame, module: ModuleDocument) {
  const nav = frame.getByRole('navigation', { name: 'Onderdelen van deze module' });
  for (const section of module.sections) {
    for (const block of section.blocks) {
      if (block.kind !== 'scenario') continue;
      await nav.getByRole('button', { name: new RegExp(section.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).click();
      for (const step of block.steps) {
        const choice = step.choices.find((c) => c.best) ?? step.choices[0]!;
        const radio = frame.getByRole('radio', { name: choice.text, exact: true });
        await radio.check();
        await radio.locator('xpath=ancestor::fieldset[1]/..').getByRole('button', { name: 'Kies' }).click();
        await radio.locator('xpath=ancestor::fieldset[1]').and(frame.locator('fieldset[disabled]')).waitFor();
      }
    }
  }
}

/** A route change as the app's own links make it (hash routes), without going through every screen between. */
export async function go(page: Page, hash: string) {
  await page.evaluate((h) => ((globalThis as unknown as { location: { hash: string } }).location.hash = h), hash);
}

export async function openModule(page: Page, m: ModuleDocument): Promise<Frame> {
  await go(page, `#/play/${COURSE_ID}/${m.id}`);
  return playerScoFrame(page, COURSE_ID, m.id);
}

export const checklistOf = (m: ModuleDocument): ChecklistBlock => {
  const block = m.sections[sectionIndexOf(m, 'checklist')]!.blocks.find((b) => b.kind === 'checklist');
  if (block?.kind !== 'checklist') throw new Error(`module ${m.id} has no kijkwijzer`);
  return block;
};

/** Types the module's reflection in the SCO, as a learner does, and waits until the SCO says it is saved. */
export async function writeReflection(page: Page, m: ModuleDocument, text: string): Promise<Frame> {
  const frame = await openModule(page, m);
  await nextUntil(frame, m, sectionIndexOf(m, 'reflection'));
  await frame.getByRole('textbox', { name: /.+/ }).first().fill(text);
  await frame.getByText('Bewaard', { exact: true }).first().waitFor();
  return frame;
}

/** Rates every statement of the module's kijkwijzer in the SCO; `scaleIndexOf(item)` picks the answer on the scale. */
export async function rate(frame: Frame, m: ModuleDocument, scaleIndexOf: (item: number) => number) {
  await frame.getByRole('navigation', { name: 'Onderdelen van deze module' }).getByRole('button', { name: new RegExp(m.sections[sectionIndexOf(m, 'checklist')]!.title) }).click();
  const k = checklistOf(m);
  for (const [i, item] of k.items.entries()) {
    await frame.getByRole('group', { name: item.text }).getByRole('radio', { name: k.scale[scaleIndexOf(i)]!, exact: true }).check();
  }
}
