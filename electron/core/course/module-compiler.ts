import type { Root, RootContent } from 'mdast';
import type { Block, ModuleDocument, Section } from '../contract';
import { compileDirectiveBlock, compileImage, standaloneImage } from './blocks';
import { startOf, type ModuleContext } from './context';
import { bodyOf, labelOf, readDirective } from './directives';
import { createHtmlRenderer } from './html';
import type { FileIssues, Where } from './issues';
import { countWords, parseMarkdown, plainText } from './markdown';
import { readFrontMatter } from './front-matter';
import type { ModuleEnv } from './module-env';
import { readingMinutes } from '../../shared/reading-time';
import { sanitizeTree } from './sanitize';
import { checkStudyTime } from './study-time';


/** Compiles one module file. Returns undefined when the front matter is unusable; issues say why. */
export function compileModule(file: string, text: string, issues: FileIssues, env: ModuleEnv): ModuleDocument | undefined {
  const root = parseMarkdown(text);
  const minutesAt: { at?: Where } = {};
  const meta = readFrontMatter(root, issues, env, minutesAt);
  const ctx: ModuleContext = {
    issues,
    ids: env.ids,
    html: notYet,
    inlineHtml: notYet,
    lines: text.split(/\r?\n/),
    links: env.links,
    stems: env.stems,
    media: new Set(),
  };
  // The renderer needs the link definitions that the sanitising pass collects, so it is set after that pass.
  const renderer = createHtmlRenderer(sanitizeTree(ctx, root, text));
  ctx.html = renderer.block;
  ctx.inlineHtml = renderer.inline;
  const { sections, wordCount } = compileSections(ctx, root);
  if (!meta) return undefined;
  const module: ModuleDocument = { ...meta, file, wordCount, sections, media: [...ctx.media].sort() };
  checkStudyTime(module, issues, minutesAt.at ?? {});
  return module;
}

function notYet(): never {
  throw new Error('HTML rendered before the module was sanitised');
}

function compileSections(ctx: ModuleContext, root: Root): { sections: Section[]; wordCount: number } {
  const sections: Section[] = [];
  const sectionStarts: Where[] = [];
  // Content before the first section is still compiled (into a section nobody sees) so its own errors show up too.
  let current: Section = { id: '', title: '', words: 0, readingMinutes: 0, blocks: [] };
  let prose: RootContent[] = [];
  let firstQuiz: { line?: number } | undefined;
  let reportedBeforeFirst = false;

  const flushProse = () => {
    if (prose.length === 0) return;
    current.blocks.push({ kind: 'prose', html: ctx.html(prose) });
    if (current.id) current.words += countWords(plainText(prose));
    prose = [];
  };
  const push = (block: Block, countText?: string) => {
    flushProse();
    current.blocks.push(block);
    if (countText && current.id) current.words += countWords(countText);
  };

  for (const node of root.children) {
    if (node.type === 'yaml' || node.type === 'definition' || node.type === 'footnoteDefinition') continue;
    if (node.type === 'leafDirective' && node.name === 'section') {
      flushProse();
      const attrs = readDirective(ctx, node, 'section');
      current = { id: attrs?.id ?? '', title: labelOf(node) ?? '', words: 0, readingMinutes: 0, blocks: [] };
      sections.push(current);
      sectionStarts.push(startOf(node));
      continue;
    }
    if (sections.length === 0 && !reportedBeforeFirst) {
      reportedBeforeFirst = true;
      ctx.issues.error('section.before-first', startOf(node), {});
    }
    if (node.type === 'containerDirective' || node.type === 'leafDirective') {
      const attrs = readDirective(ctx, node, 'section');
      if (!attrs || node.type !== 'containerDirective') continue;
      if (node.name === 'quiz') {
        if (firstQuiz) {
          ctx.issues.error('quiz.too-many', startOf(node), { firstLine: firstQuiz.line ?? 0 });
        } else firstQuiz = startOf(node);
      }
      const block = compileDirectiveBlock(ctx, node, attrs);
      const counted = node.name === 'quote' || node.name === 'callout' ? plainText(bodyOf(node)) : undefined;
      if (block) push(block, counted);
      continue;
    }
    const image = node.type === 'paragraph' ? standaloneImage(node) : undefined;
    if (image) push(compileImage(image));
    else prose.push(node);
  }
  flushProse();

  sections.forEach((s, i) => {
    s.readingMinutes = readingMinutes(s.words);
    // A warning, not an error: the module still plays, but the learner would page through a blank screen.
    if (s.blocks.length === 0)
      ctx.issues.warning('section.empty', sectionStarts[i], { section: s.id });
  });
  return { sections, wordCount: sections.reduce((n, s) => n + s.words, 0) };
}
