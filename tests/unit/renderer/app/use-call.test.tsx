// @vitest-environment happy-dom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

const answers: { args: unknown; resolve(v: unknown): void; reject(e: unknown): void }[] = [];
vi.mock('../../../../renderer/app/client', () => ({
  call: (_name: string, args: unknown) => new Promise((resolve, reject) => answers.push({ args, resolve, reject })),
  CallError: class extends Error {},
}));

const { useCall } = await import('../../../../renderer/app/use-call');

afterEach(() => {
  cleanup();
  answers.length = 0;
});

describe('useCall', () => {
  it('loads, then shows the answer for the arguments the screen has now, never a late answer for older ones', async () => {
    const { result, rerender } = renderHook(({ courseId }) => useCall('course/get', { courseId }), { initialProps: { courseId: 'a' } });
    expect(result.current.data).toBeNull();
    rerender({ courseId: 'b' });
    await waitFor(() => expect(answers).toHaveLength(2));
    await act(async () => answers[1]!.resolve({ id: 'b' }));
    await act(async () => answers[0]!.resolve({ id: 'a' }));
    expect(result.current.data).toEqual({ id: 'b' });
    expect(answers.map((a) => a.args)).toEqual([{ courseId: 'a' }, { courseId: 'b' }]);
  });

  it('gives the error as data, and asks again on reload', async () => {
    const { result } = renderHook(() => useCall('course/list', {}));
    await waitFor(() => expect(answers).toHaveLength(1));
    await act(async () => answers[0]!.reject(new Error('weg')));
    expect(result.current.error?.message).toBe('weg');
    act(() => result.current.reload());
    await waitFor(() => expect(answers).toHaveLength(2));
    expect(result.current.error).toBeNull();
    await act(async () => answers[1]!.resolve([]));
    expect(result.current.data).toEqual([]);
  });

  it('does not ask again when the screen re-renders with equal arguments', async () => {
    const { rerender } = renderHook(({ courseId }) => useCall('course/get', { courseId }), { initialProps: { courseId: 'a' } });
    rerender({ courseId: 'a' });
    rerender({ courseId: 'a' });
    await waitFor(() => expect(answers).toHaveLength(1));
  });
});
