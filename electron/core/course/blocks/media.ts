import type { Image, Paragraph } from 'mdast';
import type { Block } from '../../contract';
import { attributeAt, startOf, type ModuleContext } from '../context';
import { bodyOf } from '../directives';
import type { ContainerDirective } from '../markdown';
import { isBlank, rejectNestedDirectives } from './content';

/** A paragraph that holds nothing but one image is an image block; an image inside text stays prose. */
export function standaloneImage(p: Paragraph): Image | undefined {
  const rest = p.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  const [only] = rest;
  return rest.length === 1 && only?.type === 'image' ? only : undefined;
}

/** Alt text and the file were checked by the sanitising pass; `url` is already the course path. */
export function compileImage(image: Image): Block {
  const block: Block = { kind: 'image', src: image.url, alt: image.alt?.trim() ?? '' };
  if (image.title?.trim()) block.caption = image.title.trim();
  return block;
}

export function compileVideo(ctx: ModuleContext, node: ContainerDirective, attrs: Record<string, string>): Block {
  const body = bodyOf(node);
  rejectNestedDirectives(ctx, body, 'video');
  let src = '';
  if (attrs.src !== undefined)
    src = ctx.links.check(ctx.issues, attrs.src, attributeAt(ctx, node, 'src'), 'video', ctx.media, true);
  if (attrs.title !== undefined && !attrs.title.trim()) {
    ctx.issues.error(
      'directive.attribute-invalid', attributeAt(ctx, node, 'title'), { attribute: 'title', value: attrs.title, rule: 'empty' },
    );
  }
  if (isBlank(body)) {
    ctx.issues.error('video.no-transcript', startOf(node), { src: attrs.src ?? '' });
  }
  return { kind: 'video', src, title: attrs.title?.trim() ?? '', transcriptHtml: ctx.html(body) };
}
