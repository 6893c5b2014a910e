import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { portfolioHtml } from '../../../../electron/core/portfolio/portfolio-html';
import { framework, samplePortfolio } from './portfolio-sample';

const HOSTILE = '</style><script>alert("x")</script><img src=x onerror=alert(1)> & </div></article><a href="https://evil.example">klik</a>';

/** The document as a browser parses it. */
function parse(html: string) {
  const window = new Window();
  window.document.write(html);
  return window.document;
}

describe('the portfolio print document (HTML for the PDF)', () => {
  it('shows a hostile reflection as the text it is: no element, script, style break or link comes from it', () => {
    const html = portfolioHtml(samplePortfolio(HOSTILE), framework, 'nl-BE');
    const doc = parse(html);
    expect(doc.querySelectorAll('script, img, iframe, object, embed')).toHaveLength(0);
    expect(doc.querySelectorAll('style')).toHaveLength(1);
    expect([...doc.querySelectorAll('a')].every((a) => a.getAttribute('href')!.startsWith('#'))).toBe(true);
    expect(doc.querySelector('#reflectie-start-r-start .own')!.textContent).toBe(HOSTILE);
    // The learner's name too: it heads the document.
    expect(doc.querySelector('.cover')!.textContent).toContain('Noor <b> · Mini');
    expect(html.match(/<\/style>/g)).toHaveLength(1);
  });

  it('loads nothing: no remote URL anywhere, and a policy that forbids it besides', () => {
    const html = portfolioHtml(samplePortfolio('Gewoon.'), framework, 'nl-BE');
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?(https?:|\/\/|file:)/i);
    expect(html).not.toMatch(/url\(\s*["']?(https?:|\/\/|file:)/i);
    expect(parse(html).querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
  });

  it('opens with a table of contents whose every link leads to a part of the document', () => {
    const doc = parse(portfolioHtml(samplePortfolio('Gewoon.'), framework, 'nl-BE'));
    const links = [...doc.querySelectorAll('nav a')];
    expect(links.map((a) => a.textContent)).toEqual([
      'Voortgang per kernthema en hefboom',
      'Reflecties',
      'Start: Wat zag je?',
      'Onderzoeken: Wat ontdekte een kind?',
      'Kijkwijzers',
      'Onderzoeken: Kijkwijzer onderzoeken',
      'Toetsen',
    ]);
    for (const a of links) expect(doc.getElementById(a.getAttribute('href')!.slice(1)), a.textContent).not.toBeNull();
  });

  it('draws the framework diagram inline, with each lever\'s progress in words', () => {
    const doc = parse(portfolioHtml(samplePortfolio('Gewoon.'), framework, 'nl-BE'));
    const svg = doc.querySelector('figure svg')!;
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).toEqual(
      expect.arrayContaining(['Onderzoeken', '1 van 1 module afgerond (100 %)', 'Expressie', '0 van 1 module afgerond (0 %)']),
    );
    expect(doc.querySelector('figcaption')!.textContent).toContain('kernthema’s met hun hefbomen');
  });

  it('is written in English when the app is', () => {
    const doc = parse(portfolioHtml(samplePortfolio('Gewoon.'), framework, 'en'));
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('h1')!.textContent).toBe('My portfolio');
    expect(doc.body.textContent).toContain('Made on 4 May 2026');
    expect(doc.body.textContent).toContain('first Nog niet (2 March 2026), now Vaak (20 April 2026)');
    expect(doc.body.textContent).toContain('Other version (from 1 April 2026)');
  });
});
