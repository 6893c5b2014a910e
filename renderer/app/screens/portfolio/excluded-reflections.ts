import { useCallback, useState } from 'react';

/**
 * Which reflections the learner keeps out of an export, remembered in this browser's localStorage per
 * profile and course: a private note stays out next time too. Only ids are stored, never text.
 */
const keyOf = (learnerId: string, courseId: string) => `leerpad:portfolio-excluded:${learnerId}:${courseId}`;

function read(key: string): Set<string> {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    return new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  } catch {
    return new Set();
  }
}

export function useExcludedReflections(learnerId: string, courseId: string) {
  const key = keyOf(learnerId, courseId);
  const [excluded, setExcluded] = useState(() => read(key));
  const setIncluded = useCallback(
    (reflectionId: string, include: boolean) => {
      setExcluded((before) => {
        const next = new Set(before);
        if (include) next.delete(reflectionId);
        else next.add(reflectionId);
        try {
          localStorage.setItem(key, JSON.stringify([...next]));
        } catch {
          // Storage full or off: the choice holds for this visit, which is what the export uses.
        }
        return next;
      });
    },
    [key],
  );
  return { excluded, setIncluded };
}
