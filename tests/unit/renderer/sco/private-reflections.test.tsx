// @vitest-environment happy-dom
import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeState } from '../../../../renderer/sco/state/codec';
import { visit } from '../../../../renderer/sco/state/actions';
import { reflectionKey } from '../../../../renderer/sco/state/storage';
import { closePage, fixture, flatCmi, launch, lmsApi, MemoryStorage, recordSets, REFLECTION_SECTION, stopAll, track, update } from '../../../helpers/renderer/sco/render';
import { playQuiz, RIGHT, visitAll } from '../../../helpers/renderer/sco/quiz-fixture';

afterEach(() => {
  stopAll();
  vi.restoreAllMocks();
});

const SECRET = 'Ik twijfelde of ik Yusuf wel genoeg uitdaag; hij zit vaak alleen.';

async function writeReflection(text: string) {
  const field = screen.getByRole('textbox', { name: /Denk aan een moment/ });
  fireEvent.change(field, { target: { value: text } });
  await act(async () => fireEvent.blur(field));
}

describe.each(['scorm12', 'scorm2004'] as const)('private reflections in %s', (edition) => {
  it('never appear in any CMI value; the LMS only learns the reflection was answered', async () => {
    const pkg = fixture({ edition, reflections: 'private' });
    const api = lmsApi(edition, edition === 'scorm12' ? { core: { student_id: 'student-42' } } : { learner_id: 'student-42' });
    const sets = recordSets(api);
    const storage = new MemoryStorage();
    const l = await launch(pkg, { api, storage });
    await update(l, (s) => visit(s, REFLECTION_SECTION));
    expect(screen.getByText(/Je tekst blijft alleen in deze browser/)).toBeTruthy();
    await writeReflection(SECRET);
    await update(l, visitAll(pkg));
    await update(l, playQuiz(pkg, RIGHT));
    await closePage(l);

    const everything = JSON.stringify(api.renderCommitCMI(true)) + JSON.stringify(sets);
    expect(everything).not.toContain('Yusuf');
    expect(sets.length).toBeGreaterThan(20);
    const cmi = flatCmi(api);
    expect(decodeState(cmi['cmi.suspend_data'])?.r).toEqual({ 'r-onderzoeken-praktijk': 1 });
    expect(api.cmi.interactions.childArray).toHaveLength(5);
    const key = reflectionKey({ learnerId: 'student-42', courseId: pkg.course.id, moduleId: pkg.module.id }, 'r-onderzoeken-praktijk');
    expect(storage.getItem(key)).toBe(SECRET);
  });
});

describe('private reflections in the browser', () => {
  it('come back for the same learner and stay hidden from another learner on the same computer', async () => {
    const pkg = fixture({ edition: 'scorm2004', reflections: 'private' });
    const storage = new MemoryStorage();
    const first = lmsApi('scorm2004', { learner_id: 'amira' });
    const l = await launch(pkg, { api: first, storage });
    await update(l, (s) => visit(s, REFLECTION_SECTION));
    await writeReflection(SECRET);
    await closePage(l);

    const cmi = (first.renderCommitCMI(true) as { cmi: object }).cmi;
    track(await launch(pkg, { api: lmsApi('scorm2004', cmi), storage }));
    expect((screen.getByRole('textbox', { name: /Denk aan een moment/ }) as HTMLTextAreaElement).value).toBe(SECRET);
    stopAll();

    track(await launch(pkg, { api: lmsApi('scorm2004', { learner_id: 'jonas' }), storage }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /^Kijk naar je eigen praktijk/ })));
    expect((screen.getByRole('textbox', { name: /Denk aan een moment/ }) as HTMLTextAreaElement).value).toBe('');
  });

  it('download as a Markdown file with the prompt and the text, and print only the reflections', async () => {
    const pkg = fixture({ edition: 'scorm2004', reflections: 'private' });
    const l = track(await launch(pkg, { api: lmsApi('scorm2004') }));
    await update(l, (s) => visit(s, REFLECTION_SECTION));
    await writeReflection(SECRET);

    let blob: Blob | undefined;
    let fileName = '';
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:leerpad-test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      fileName = this.download;
    });
    fireEvent.click(screen.getAllByRole('button', { name: 'Download mijn reflecties' })[0]!);
    expect(fileName).toBe('reflecties-hefboom-onderzoeken.md');
    const md = await blob!.text();
    expect(md).toContain('# Mijn reflecties: Hefboom 1: onderzoeken');
    expect(md).toContain('## Denk aan een moment uit je eigen klas');
    expect(md).toContain(SECRET);
    expect(md).toContain('## Kijkwijzer onderzoeken');

    const print = vi.fn();
    window.print = print;
    await act(async () => fireEvent.click(screen.getAllByRole('button', { name: 'Afdrukken' })[0]!));
    expect(print).toHaveBeenCalledOnce();
    const printable = document.querySelector('.print-only')!;
    expect(printable.textContent).toContain(SECRET);
    expect(printable.textContent).toContain('Denk aan een moment uit je eigen klas');
  });
});
