// @vitest-environment happy-dom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NOTICE_MS, useTransientNotice } from '../../../../../../renderer/app/screens/training/use-transient-notice';

describe("the presenter bar's passing message", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('shows a message, then clears the line after its time', () => {
    const { result } = renderHook(() => useTransientNotice());
    expect(result.current[0]).toBe('');
    act(() => result.current[1]('De notities staan op het andere scherm.'));
    expect(result.current[0]).toBe('De notities staan op het andere scherm.');
    act(() => vi.advanceTimersByTime(NOTICE_MS - 1));
    expect(result.current[0]).toBe('De notities staan op het andere scherm.');
    act(() => vi.advanceTimersByTime(1));
    expect(result.current[0]).toBe('');
  });

  it('gives the same message shown again its full time anew', () => {
    const { result } = renderHook(() => useTransientNotice());
    act(() => result.current[1]('Het venster ging niet open.'));
    act(() => vi.advanceTimersByTime(NOTICE_MS - 1000));
    act(() => result.current[1]('Het venster ging niet open.'));
    act(() => vi.advanceTimersByTime(NOTICE_MS - 1));
    expect(result.current[0]).toBe('Het venster ging niet open.');
    act(() => vi.advanceTimersByTime(1));
    expect(result.current[0]).toBe('');
  });
});
