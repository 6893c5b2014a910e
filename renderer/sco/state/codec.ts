/**
 * The suspend_data codec, shared with core: the one contract module the renderer may import as a
 * value (it is pure and dependency-free; eslint.config.mjs allows exactly this file).
 */
export { blocksOf, decodeState, emptyState, encodeState, STATE_VERSION } from '../../../electron/shared/sco-state';
export type { QuizAnswer, ScoState } from '../../../electron/shared/sco-state';
