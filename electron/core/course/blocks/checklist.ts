import type { ListItem } from 'mdast';
import type { ChecklistBlock } from '../../contract';
import { attributeAt, startOf, type ModuleContext } from '../context';
import { bodyOf } from '../directives';
import { checkIdFormat } from '../ids';
import type { Where } from '../issues';
import { plainText, type ContainerDirective } from '../markdown';
import { checkTitle, firstList, flagAttribute, isBlank, rejectNestedDirectives } from './content';

const NOTE_MAX_LENGTH = 200;
const SCALE_MIN = 2;
const SCALE_MAX = 6;
const ITEM_ID = /\s*\{#([^}]*)\}\s*$/;

export function compileChecklist(ctx: ModuleContext, node: ContainerDirective, attrs: Record<string, string>): ChecklistBlock {
  const id = attrs.id ?? '';
  const body = bodyOf(node);
  rejectNestedDirectives(ctx, body, 'checklist');
  const { before, list, after } = firstList(body);
  if (!list) {
    ctx.issues.error('checklist.empty', startOf(node), { checklist: id });
  }
  if (!isBlank(after)) {
    ctx.issues.error('checklist.unexpected-content', startOf(after[0]!), { checklist: id });
  }

  const scale = (attrs.scale ?? '').split('|').map((s) => s.trim());
  if (attrs.scale !== undefined && (scale.length < SCALE_MIN || scale.length > SCALE_MAX || scale.some((s) => !s))) {
    ctx.issues.error(
      'checklist.scale', attributeAt(ctx, node, 'scale'), { checklist: id, scale: attrs.scale, min: SCALE_MIN, max: SCALE_MAX },
    );
  }
  const allowNote = flagAttribute(ctx, node, 'note', attrs.note);
  checkTitle(ctx, node, attrs.title);

  const block: ChecklistBlock = {
    kind: 'checklist',
    id,
    title: attrs.title?.trim() ?? '',
    scale,
    items: (list?.children ?? []).map((item, i) => compileItem(ctx, item, i, id)),
    allowNote,
    noteMaxLength: NOTE_MAX_LENGTH,
  };
  if (!isBlank(before)) block.introHtml = ctx.html(before);
  return block;
}

function compileItem(ctx: ModuleContext, item: ListItem, index: number, checklist: string): { id: string; text: string } {
  const full = plainText(item);
  const match = ITEM_ID.exec(full);
  const text = match ? full.slice(0, match.index).trim() : full;
  if (!match) {
    ctx.issues.error('checklist.item-id-missing', startOf(item), { checklist, item: index + 1 });
    return { id: '', text };
  }
  const id = match[1]!.trim();
  const at = idPosition(item, match[0].trim().length);
  if (checkIdFormat(ctx.issues, id, at, 'checklist statement')) ctx.ids.claim(ctx.issues, id, 'checklist statement', at);
  return { id, text };
}

/** The `{#id}` closes the statement, so it starts its own length before the item's end. */
function idPosition(item: ListItem, length: number): Where {
  const end = item.children.at(-1)?.position?.end;
  return end ? { line: end.line, column: Math.max(1, end.column - length) } : startOf(item);
}
