import { useEffect, useState } from 'react';
import type { CallArgs, PackagingAdvice } from '../../../../electron/core/contract';
import { call } from '../../client';

export type AdviceTarget = CallArgs<'scorm/packaging-advice'>;

export interface GivenAdvice {
  advice: PackagingAdvice;
  /** What the advice was asked for: while a newer answer is on its way, its reasons still match it. */
  target: AdviceTarget;
}

/**
 * Core's packaging advice for the export as the lecturer has set it up, asked again whenever the
 * course, modules, edition, reflections or LMS change. Null until the first answer, or when asking
 * failed: the export then goes out with core's own recommendation.
 */
export function usePackagingAdvice(target: AdviceTarget | null): GivenAdvice | null {
  const [given, setGiven] = useState<GivenAdvice | null>(null);
  // One key for the whole target, so the effect runs when a value changes, not when an equal object is rebuilt.
  const key = target ? JSON.stringify(target) : null;
  useEffect(() => {
    if (key === null) return;
    const asked = JSON.parse(key) as AdviceTarget;
    let live = true;
    call('scorm/packaging-advice', asked).then(
      (advice) => live && setGiven({ advice, target: asked }),
      () => live && setGiven(null),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return given;
}
