import { describe, expect, it } from 'vitest';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { portfolioMarkdown } from '../../../../electron/core/portfolio/portfolio-markdown';
import { samplePortfolio } from './portfolio-sample';

type Node = { type: string; value?: string; children?: Node[] };
/** Markdown as a GFM reader (GitHub, most editors) sees it. */
const parse = (md: string) => unified().use(remarkParse).use(remarkGfm).parse(md) as Node;
const textOf = (n: Node): string => n.value ?? (n.children ?? []).map(textOf).join('');

describe('the portfolio as Markdown', () => {
  it('holds the same content as the PDF: progress, reflections with their versions, ratings and quizzes', () => {
    const md = portfolioMarkdown(samplePortfolio('Mijn eerste zin.\nMijn tweede zin.'), 'nl-BE');
    expect(md).toContain('# Mijn portfolio');
    expect(md).toContain('| Hefboom: Onderzoeken | 1 van 1 module afgerond (100 %) |');
    expect(md).toContain('#### Wat zag je?\n\n_Laatst geschreven op 3 mei 2026_\n\nMijn eerste zin.\\\nMijn tweede zin.');
    expect(md).toContain('_Nog korter dan het minimum: telt in de module nog niet als geschreven._');
    expect(md).toContain('_Andere versie (van 1 april 2026)_\n\nOp de laptop: \\*anders\\*.');
    expect(md).toContain('### Kijkwijzer onderzoeken\n\nModule: Onderzoeken · Bij: Onderzoeken\n');
    expect(md).toContain('| Er ligt materiaal klaar. | eerst Nog niet (2 maart 2026), nu Vaak (20 april 2026) | klei \\| zand |');
    expect(md).toContain('| Onderzoeken | 80 % (nodig: 75 %) | geslaagd | 4 van 5 | 2 |');
  });

  it('keeps a reflection the words the learner typed: no heading, list, hidden link, emphasis or HTML comes out of it', () => {
    const hostile = '# Geen kop\n- geen lijst\n1. geen lijst\n> geen citaat\n[geen link](https://evil.example) <b>geen html</b> *geen nadruk* `geen code` ~~weg~~\n    geen codeblok\n===';
    const md = portfolioMarkdown(samplePortfolio(hostile), 'nl-BE');
    const tree = parse(md);
    const section = tree.children!.findIndex((n) => n.type === 'heading' && textOf(n) === 'Wat zag je?');
    // The heading, the date line, then the reflection: one paragraph of plain text and hard breaks only.
    const paragraph = tree.children![section + 2]!;
    expect(paragraph.type).toBe('paragraph');
    const kinds = new Set<string>();
    const links: Node[] = [];
    const walk = (n: Node) => {
      kinds.add(n.type);
      if (n.type === 'link') links.push(n);
      n.children?.forEach(walk);
    };
    walk(paragraph);
    expect([...kinds].sort()).toEqual(['break', 'link', 'paragraph', 'text']);
    // GFM shows the bare URL the learner typed as a link to itself; "[geen link](…)" stays text.
    expect(links.map(textOf)).toEqual(['https://evil.example']);
    expect(textOf(paragraph).replace(/\u00a0/g, ' ')).toBe(hostile.replace(/\n/g, ''));
  });

  it('is written in English when the app is', () => {
    const md = portfolioMarkdown(samplePortfolio('Text.'), 'en');
    expect(md).toContain('# My portfolio');
    expect(md).toContain('| Onderzoeken | 80 % (needed: 75 %) | passed | 4 of 5 | 2 |');
  });
});
