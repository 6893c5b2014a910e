import type { Block } from '../../contract';
import type { ModuleContext } from '../context';
import type { ContainerDirective } from '../markdown';
import { compileChecklist } from './checklist';
import { compileQuiz } from './quiz';
import { compileReflection } from './reflection';
import { compileScenario } from './scenario';
import { compileCallout, compileQuote } from './text';
import { compileVideo } from './media';

type BlockCompiler = (ctx: ModuleContext, node: ContainerDirective, attrs: Record<string, string>) => Block;

const COMPILERS: Record<string, BlockCompiler> = {
  quote: compileQuote,
  callout: compileCallout,
  video: compileVideo,
  quiz: compileQuiz,
  reflection: compileReflection,
  checklist: compileChecklist,
  scenario: compileScenario,
};

/** Compiles a container directive that `readDirective` accepted as a section block. */
export function compileDirectiveBlock(
  ctx: ModuleContext,
  node: ContainerDirective,
  attrs: Record<string, string>,
): Block | undefined {
  return COMPILERS[node.name]?.(ctx, node, attrs);
}

export { compileImage, standaloneImage } from './media';
