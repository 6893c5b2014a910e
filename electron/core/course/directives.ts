import { attributeAt, startOf, type ModuleContext } from './context';
import { checkIdFormat } from './ids';
import { closest } from './issues';
import { plainText, type ContainerDirective, type Directive } from './markdown';

export type Place = 'section' | 'quiz' | 'scenario';

interface DirectiveSpec {
  form: 'leaf' | 'container';
  /** Where the directive may stand: directly in a section, inside a quiz, or inside a scenario. */
  place: Place;
  attributes: readonly string[];
  required: readonly string[];
  /** The `[…]` title; only sections require one, so a missing one is reported as section.no-title. */
  label: 'none' | 'optional' | 'required';
  /** Noun used in messages ("this reflection"). */
  kind: string;
  example: string;
}

const question = (kind: string, example: string, extra: string[] = []): DirectiveSpec => ({
  form: 'container',
  place: 'quiz',
  attributes: ['id', ...extra],
  required: ['id', ...extra],
  label: 'none',
  kind,
  example,
});

export const DIRECTIVES: Record<string, DirectiveSpec> = {
  section: {
    form: 'leaf',
    place: 'section',
    attributes: ['id'],
    required: ['id'],
    label: 'required',
    kind: 'section',
    example: '::section[Title]{#my-section}',
  },
  quote: {
    form: 'container',
    place: 'section',
    attributes: ['by', 'role'],
    required: ['by'],
    label: 'none',
    kind: 'quote',
    example: ':::quote{by="Name" role="role"}',
  },
  callout: {
    form: 'container',
    place: 'section',
    attributes: ['type'],
    required: ['type'],
    label: 'optional',
    kind: 'callout',
    example: ':::callout[Title]{type="info"}',
  },
  video: {
    form: 'container',
    place: 'section',
    attributes: ['src', 'title'],
    required: ['src', 'title'],
    label: 'none',
    kind: 'video',
    example: ':::video{src="media/film.mp4" title="Title"}',
  },
  quiz: {
    form: 'container',
    place: 'section',
    attributes: ['id', 'title', 'pass', 'retry'],
    required: ['id', 'title', 'pass'],
    label: 'none',
    kind: 'quiz',
    example: '::::quiz{#q-my-module title="Test je kennis" pass=75 retry}',
  },
  reflection: {
    form: 'container',
    place: 'section',
    attributes: ['id', 'min', 'max'],
    required: ['id'],
    label: 'none',
    kind: 'reflection',
    example: ':::reflection{#r-my-module min=50 max=1500}',
  },
  checklist: {
    form: 'container',
    place: 'section',
    attributes: ['id', 'title', 'scale', 'note'],
    required: ['id', 'title', 'scale'],
    label: 'none',
    kind: 'checklist',
    example: ':::checklist{#k-my-module title="Kijkwijzer" scale="Nog niet|Soms|Vaak|Altijd" note}',
  },
  scenario: {
    form: 'container',
    place: 'section',
    attributes: ['id', 'scored'],
    required: ['id'],
    label: 'none',
    kind: 'scenario',
    example: ':::scenario{#s-my-scenario scored}',
  },
  step: {
    form: 'container',
    place: 'scenario',
    attributes: [],
    required: [],
    label: 'none',
    kind: 'step',
    example: ':::step',
  },
  single: question('question', ':::single{#q-my-question}'),
  multiple: question('question', ':::multiple{#q-my-question}'),
  truefalse: question('question', ':::truefalse{#q-my-question answer="waar"}', ['answer']),
  matching: question('question', ':::matching{#q-my-question}'),
  ordering: question('question', ':::ordering{#q-my-question}'),
};

const namesFor = (place: Place) => Object.keys(DIRECTIVES).filter((n) => DIRECTIVES[n]!.place === place);

function written(node: Directive, name = node.name): string {
  if (node.type === 'leafDirective') return `::${name}`;
  if (node.type === 'textDirective') return `:${name}`;
  return `:::${name}`;
}

/**
 * Checks that a directive is known, in the right form and place, and has exactly the allowed
 * attributes. Returns its attributes when it may be compiled, or undefined after reporting why not.
 */
export function readDirective(ctx: ModuleContext, node: Directive, place: Place): Record<string, string> | undefined {
  const spec = DIRECTIVES[node.name];
  const at = startOf(node);
  if (!spec) {
    const valid = namesFor(place);
    const guess = closest(node.name, Object.keys(DIRECTIVES));
    ctx.issues.error('directive.unknown', at, {
      name: node.name,
      valid: valid.join(','),
      guess: guess ?? '',
      written: written(node),
      form: node.type === 'textDirective' ? 'text' : node.type === 'leafDirective' ? 'leaf' : 'container',
    });
    return undefined;
  }
  const form = node.type === 'leafDirective' ? 'leaf' : node.type === 'containerDirective' ? 'container' : 'text';
  if (form !== spec.form) {
    const example = `${spec.example}${spec.form === 'container' ? ' … :::' : ''}`;
    ctx.issues.error('directive.form', at, { name: node.name, written: written(node), example });
    return undefined;
  }
  if (spec.place !== place) {
    ctx.issues.error('directive.misplaced', at, { name: node.name, ...misplacedRule(spec.place, place) });
    return undefined;
  }

  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries(node.attributes ?? {})) {
    if (!spec.attributes.includes(key)) {
      const guess = key === 'class' ? undefined : closest(key, spec.attributes);
      const attribute = key === 'class' ? `.${value ?? ''}` : key;
      ctx.issues.error('directive.attribute-unknown', attributeAt(ctx, node, attribute), {
        name: node.name,
        attribute,
        valid: spec.attributes.join(','),
        guess: guess ?? '',
      });
    } else attributes[key] = value ?? '';
  }
  for (const key of spec.required) {
    if (key in attributes) continue;
    if (key === 'id') ctx.issues.error('id.missing', at, { name: node.name, example: spec.example });
    else ctx.issues.error('directive.attribute-missing', at, { name: node.name, attribute: key, example: spec.example });
  }
  checkLabel(ctx, node, spec);
  if (attributes.id !== undefined) {
    const where = attributeAt(ctx, node, 'id');
    if (checkIdFormat(ctx.issues, attributes.id, where, spec.kind)) ctx.ids.claim(ctx.issues, attributes.id, spec.kind, where);
  }
  return attributes;
}

/** Why a directive cannot stand where it was found: its own place names the fix. */
function misplacedRule(own: Place, found: Place): { rule: string; inside?: string } {
  if (own === 'quiz') return { rule: 'outside-quiz' };
  if (own === 'scenario') return { rule: 'outside-scenario' };
  return found === 'quiz' ? { rule: 'inside-quiz' } : { rule: 'nested', inside: found };
}

function checkLabel(ctx: ModuleContext, node: Directive, spec: DirectiveSpec): void {
  const label = labelOf(node);
  if (spec.label === 'required' && !label) {
    ctx.issues.error('section.no-title', startOf(node), {});
  } else if (spec.label === 'none' && label !== undefined) {
    ctx.issues.error('directive.label-unexpected', startOf(node), { name: node.name });
  }
}

/** The `[label]` of a directive as plain text; undefined when there is none. */
export function labelOf(node: Directive): string | undefined {
  if (node.type === 'containerDirective') {
    const first = node.children[0];
    return first?.type === 'paragraph' && first.data?.directiveLabel ? plainText(first) : undefined;
  }
  return node.children.length ? plainText(node.children) : undefined;
}

/** The children of a container without its `[label]` paragraph. */
export function bodyOf(node: ContainerDirective): ContainerDirective['children'] {
  const first = node.children[0];
  return first?.type === 'paragraph' && first.data?.directiveLabel ? node.children.slice(1) : node.children;
}
