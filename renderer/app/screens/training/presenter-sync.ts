import { useEffect, useRef, useState } from 'react';
import { parseTimer, type TimerState } from './presenter-timer';

/** What the notes window shows: sent by the presenter view on every change, plain text only. */
export interface NotesFeed {
  trainingTitle: string;
  moduleTitle: string;
  /** 1-based. */
  position: number;
  count: number;
  slideTitle: string;
  nextTitle: string | null;
  /** Lines for the trainer's eyes only: guiding questions, the right answer, the best choice. */
  cues: string[];
  timer: TimerState;
  blank: boolean;
}

type Message = { type: 'feed'; feed: NotesFeed } | { type: 'ask' } | { type: 'ended' };

/** One channel per session, so two sessions presented in two tabs keep their own notes. */
export const channelName = (trainingId: string) => `leerpad-presenter:${trainingId}`;

const MAX_TEXT = 2000;
const MAX_CUES = 60;
const text = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_TEXT;
const count = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 10_000;

/** A message from the channel as the notes window may use it; anything else is dropped. */
export function readFeed(raw: unknown): NotesFeed | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const f = raw as Record<string, unknown>;
  if (!text(f.trainingTitle) || !text(f.moduleTitle) || !text(f.slideTitle) || !count(f.position) || !count(f.count)) return null;
  if (f.nextTitle !== null && !text(f.nextTitle)) return null;
  if (!Array.isArray(f.cues) || f.cues.length > MAX_CUES || !f.cues.every(text)) return null;
  if (typeof f.blank !== 'boolean') return null;
  return {
    trainingTitle: f.trainingTitle,
    moduleTitle: f.moduleTitle,
    position: f.position,
    count: f.count,
    slideTitle: f.slideTitle,
    nextTitle: f.nextTitle,
    cues: f.cues,
    timer: parseTimer(f.timer),
    blank: f.blank,
  };
}

function openChannel(trainingId: string): BroadcastChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(channelName(trainingId));
}

/**
 * The presenter view's side: sends the feed whenever it changes and again when a notes window opens
 * and asks; says "ended" when the presenter view closes.
 */
export function usePublishFeed(trainingId: string, feed: NotesFeed | null) {
  const latest = useRef(feed);
  const channel = useRef<BroadcastChannel | null>(null);
  useEffect(() => {
    const c = openChannel(trainingId);
    channel.current = c;
    if (!c) return;
    c.onmessage = (e: MessageEvent<unknown>) => {
      const m = e.data as Partial<Message> | null;
      if (m?.type === 'ask' && latest.current) c.postMessage({ type: 'feed', feed: latest.current } satisfies Message);
    };
    return () => {
      c.postMessage({ type: 'ended' } satisfies Message);
      c.close();
      channel.current = null;
    };
  }, [trainingId]);
  useEffect(() => {
    latest.current = feed;
    if (feed) channel.current?.postMessage({ type: 'feed', feed } satisfies Message);
  }, [feed]);
}

export type NotesState = { state: 'waiting' } | { state: 'ended' } | { state: 'live'; feed: NotesFeed };

/** The notes window's side: asks for the current feed on opening, then follows the presenter view. */
export function useNotesFeed(trainingId: string): NotesState {
  const [current, setCurrent] = useState<NotesState>({ state: 'waiting' });
  useEffect(() => {
    const c = openChannel(trainingId);
    if (!c) return;
    c.onmessage = (e: MessageEvent<unknown>) => {
      const m = e.data as Partial<Message> | null;
      if (m?.type === 'ended') setCurrent({ state: 'ended' });
      if (m?.type === 'feed') {
        const feed = readFeed((m as { feed?: unknown }).feed);
        if (feed) setCurrent({ state: 'live', feed });
      }
    };
    c.postMessage({ type: 'ask' } satisfies Message);
    return () => c.close();
  }, [trainingId]);
  return current;
}
