/**
 * Content checks for the course "Kleine kinderen, grote kansen".
 *
 * The course was written from one source, the brochure "Hoe samen kinderarmoede aanpakken? Resultaten van een
 * transitietraject" (see courses/kleine-kinderen-grote-kansen/SOURCES.md). These tests guard two things:
 *
 * 1. every key fact of that source (each number, name, organisation and framework term) still appears somewhere in
 *    the learner-facing text of the modules, so an edit cannot silently drop one;
 * 2. none of the patterns that betrayed invented facts during the fact check creeps back in.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block, CourseDocument, ModuleDocument, Question } from '../../../electron/core/contract';
import { loadCourse } from '../../../electron/core/course';

const COURSE_DIR = path.resolve(__dirname, '../../../courses/kleine-kinderen-grote-kansen');

// ---------------------------------------------------------------------------------------------------------------
// Turning the compiled course into plain text
// ---------------------------------------------------------------------------------------------------------------

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Plain text of compiled HTML: inline tags vanish, block tags become spaces, entities are decoded. */
function textOf(html: string | undefined): string {
  if (!html) return '';
  return html
    .replace(/<\/?(?:strong|em|b|i|a|code|span|del|sup|sub)\b[^>]*>/gi, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
      if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
      if (code.startsWith('#')) return String.fromCodePoint(parseInt(code.slice(1), 10));
      return ENTITIES[code.toLowerCase()] ?? whole;
    });
}

/** Link targets in compiled HTML. */
const hrefsOf = (html: string | undefined): string[] =>
  [...(html ?? '').matchAll(/href="([^"]*)"/g)].map((m) => m[1] ?? '');

function questionTexts(q: Question): string[] {
  const out = [textOf(q.promptHtml), textOf(q.explanationHtml)];
  if (q.type === 'single' || q.type === 'multiple')
    for (const o of q.options) out.push(textOf(o.html), textOf(o.feedbackHtml));
  if (q.type === 'matching') for (const p of q.pairs) out.push(p.left, p.right);
  if (q.type === 'ordering') for (const i of q.items) out.push(i.text);
  return out;
}

/** Every piece of text a learner can read in a block, with where it came from. */
function blockTexts(b: Block): string[] {
  switch (b.kind) {
    case 'prose':
      return [textOf(b.html)];
    case 'quote':
      return [textOf(b.html), b.by, b.role ?? ''];
    case 'callout':
      return [b.title ?? '', textOf(b.html)];
    case 'image':
      return [b.alt, b.caption ?? ''];
    case 'video':
      return [b.title, textOf(b.transcriptHtml)];
    case 'quiz':
      return [b.title, ...b.questions.flatMap(questionTexts)];
    case 'reflection':
      return [textOf(b.promptHtml), ...b.guidingQuestions];
    case 'checklist':
      return [b.title, textOf(b.introHtml), ...b.items.map((i) => i.text)];
    case 'scenario':
      return b.steps.flatMap((s) => [textOf(s.situationHtml), ...s.choices.flatMap((c) => [c.text, textOf(c.consequenceHtml)])]);
  }
}

interface Passage {
  file: string;
  text: string;
}

function passagesOf(m: ModuleDocument): Passage[] {
  const texts = [m.title, ...m.goals];
  for (const s of m.sections) {
    texts.push(s.title);
    for (const b of s.blocks) texts.push(...blockTexts(b));
  }
  return texts.filter((t) => t.trim() !== '').map((text) => ({ file: m.file, text }));
}

function hrefsOfModule(m: ModuleDocument): string[] {
  const out: string[] = [];
  for (const s of m.sections)
    for (const b of s.blocks) {
      if (b.kind === 'prose' || b.kind === 'quote' || b.kind === 'callout') out.push(...hrefsOf(b.html));
      if (b.kind === 'quiz')
        for (const q of b.questions) {
          out.push(...hrefsOf(q.promptHtml), ...hrefsOf(q.explanationHtml));
          if (q.type === 'single' || q.type === 'multiple')
            for (const o of q.options) out.push(...hrefsOf(o.html), ...hrefsOf(o.feedbackHtml));
        }
      if (b.kind === 'reflection') out.push(...hrefsOf(b.promptHtml));
      if (b.kind === 'checklist') out.push(...hrefsOf(b.introHtml));
    }
  return out;
}

/** Lower case, curly quotes straightened, all whitespace (including non-breaking spaces) collapsed to one space. */
const normalise = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `phrase` occurs in `text` as a whole phrase: not glued to a letter or digit on either side. */
const hasPhrase = (text: string, phrase: string): boolean =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(normalise(phrase))}(?![\\p{L}\\p{N}])`, 'u').test(text);

function load(): CourseDocument {
  const { course, issues } = loadCourse(COURSE_DIR);
  const errors = issues.filter((i) => i.severity === 'error');
  if (!course || errors.length > 0)
    throw new Error(`the course does not compile: ${errors.map((e) => `${e.file}: ${e.message}`).join('; ')}`);
  return course;
}

const course = load();
const passages = course.modules.flatMap(passagesOf);
const allText = normalise(passages.map((p) => p.text).join(' \n '));

// ---------------------------------------------------------------------------------------------------------------
// 1. Key facts of the source
// ---------------------------------------------------------------------------------------------------------------

/** A fact of the source and the ways the Dutch may spell it; any one alternative suffices. */
interface KeyFact {
  fact: string;
  any: string[];
}

const fact = (name: string, ...alternatives: string[]): KeyFact => ({
  fact: name,
  any: alternatives.length > 0 ? alternatives : [name],
});

const KEY_FACTS: KeyFact[] = [
  // The traject and its framework
  fact('Kleine Kinderen, Grote Kansen'),
  fact("2 kernthema's", "2 kernthema's", "twee kernthema's"),
  fact('7 hefbomen', '7 hefbomen', 'zeven hefbomen'),
  fact('Kwaliteitsvolle interacties'),
  fact('Beeldvorming'),
  fact('Onderzoeken'),
  fact('Expressie'),
  fact('Warme relaties'),
  fact('Rijke taal'),
  fact('Inzichten'),
  fact('Handelen en reflecteren'),
  fact('Geraakt worden'),
  fact('overkoepelend kader', 'overkoepelend kader', 'overkoepelende kader'),
  fact('kinderrechtenkader'),
  fact('Kinderrechtenverdrag van de Verenigde Naties'),
  fact('het Kind en zijn rechten centraal stellen'),
  fact('recht op ontwikkeling'),
  fact('participatie'),
  fact('non-discriminatie'),
  fact('kwetsbare groepen kinderen'),
  fact('goede levensomstandigheden, volwaardige kansen en zorgzame bescherming'),
  fact('gelijke (start)kansen'),
  fact(
    'niet extra dingen doen, maar de dingen anders doen',
    'niet om extra dingen te doen, maar om de dingen anders te doen',
  ),
  fact('Onderzoek toont aan: wie meer participeert en gehoord wordt, voelt zich merkelijk beter', 'merkelijk beter'),
  fact('kijkwijzers en checklists', 'kijkwijzers en checklists'),
  fact('vier concepten', 'vier concepten', '4 concepten'),
  fact('12 brillen om naar armoede te kijken', '12 brillen om naar armoede te kijken', 'twaalf brillen om naar armoede te kijken'),
  fact('inspiratieboek'),
  fact('De leraar maakt het verschil in de strijd tegen kinderarmoede'),
  fact('gezinsondersteuners'),
  // Kansen, kwaliteit en transitie
  fact('hoe beter de kwaliteit, hoe groter het effect', 'hoe beter de kwaliteit', 'hoe hoger de kwaliteit'),
  fact('transitie'),
  fact('schoolrijp'),
  fact('kindrijp'),
  fact('superdiversiteit'),
  fact('voorschoolse ervaringen'),
  fact('investeringsgedachte'),
  fact('Onderzoek toont aan: blijvende, positieve impact van kwaliteitsvolle kinderopvang', 'blijvende, positieve impact'),
  // Cocreatie in het onderwijsluik
  fact('onderwijsluik'),
  fact('cocreatie'),
  fact('Lerend Netwerk'),
  fact('alle Vlaamse bacheloropleidingen kleuteronderwijs', 'bacheloropleidingen kleuteronderwijs'),
  fact('pedagogische begeleidingsdiensten'),
  fact('Departement Onderwijs en Vorming'),
  fact('Netwerk tegen Armoede'),
  fact('Kind en Gezin'),
  fact('Beweging van Mensen met een Laag Inkomen en Kinderen'),
  fact('UNICEF België'),
  fact('Welzijnszorg'),
  fact('VBJK'),
  fact('Centrum voor Vernieuwing in de Basisvoorzieningen voor Jonge Kinderen'),
  fact('Minderhedenforum'),
  fact('VVOB'),
  fact('Onderwijscentrum Gent'),
  fact('Onderwijsbeleid Stad Antwerpen'),
  fact('Onderwijscentrum Brussel'),
  fact('Kinderrechtencommissariaat'),
  fact('Klasse'),
  fact('Arteveldehogeschool'),
  fact('Odisee'),
  fact('Universiteit Gent', 'Universiteit Gent', 'UGent'),
  fact('1+1=3'),
  // People
  fact('Els Mertens'),
  fact('Hilde Crevits'),
  fact('Katrien Verhegge'),
  fact('Piet Van Avermaet'),
  fact('Bruno Vanobbergen'),
  fact('Juf Jelke'),
  fact('Hans Vanderspikken'),
  fact('Katrien Van Laere'),
  fact('Brecht Peleman'),
  fact('Jo Vandeurzen'),
  fact('viceminister-president van de Vlaamse Regering'),
  fact('Vlaams minister van Welzijn, Volksgezondheid en Gezin'),
  fact('administrateur-generaal van Kind en Gezin'),
  fact('kinderrechtencommissaris'),
  fact('hoofdredacteur van Klasse'),
  // De klas van juf Jelke, video's en videocoaching
  fact('De klas van juf Jelke'),
  fact('zeven specialisten', 'zeven specialisten', '7 specialisten'),
  fact("vier video's", "vier video's", "4 video's"),
  fact('videocoaching'),
  fact('zelfreflectie'),
  // 0 tot 3 jaar: samen evalueren
  fact('0 tot 3 jaar'),
  fact('Koning Boudewijnstichting'),
  fact('Samen evalueren voor meer impact in de strijd tegen kinderarmoede'),
  fact('lokaal geïntegreerd gezinsbeleid'),
  fact('Huizen van het Kind'),
  fact('lokale loketten kinderopvang'),
  fact('evaluatie en monitoring'),
  fact('20 praktijkorganisaties', '20 praktijkorganisaties', 'twintig praktijkorganisaties'),
  fact('stappenplan voor zelfevaluatie'),
  fact('begeleidingstraject voor KOALA'),
  // KOALA en beleid
  fact('KOALA'),
  fact('Kind- en OuderActiviteiten voor Lokale Armoedebestrijding'),
  fact('18 gemeentes', '18 gemeentes', '18 gemeenten', 'achttien gemeentes'),
  fact('meer dan 522 bijkomende plaatsen', 'meer dan 522'),
  fact('30 miljoen euro'),
  fact('één derde', 'één derde', 'een derde'),
  fact('Fonds Bernard, Gonda en Emily Vergnes'),
  fact('publiek-private samenwerking'),
  fact('10 jaar', '10 jaar', 'tien jaar'),
  fact('Kinderarmoedefonds'),
  fact("'Kinderarmoede begint vroeg. Dit kan uw bestuur eraan doen.'", 'Kinderarmoede begint vroeg'),
  fact('Vlaams Actieplan Armoedebestrijding'),
  // Internationaal
  fact('OESO'),
  fact('Starting Strong'),
  fact('15 jaar', 'meer dan 15 jaar', 'meer dan vijftien jaar'),
  fact('2017'),
  fact('Early childhood education and care'),
  fact('ECEC'),
  fact('Europese Commissie'),
  fact('transatlantic forum'),
  // Websites
  fact('www.grotekansen.be'),
  fact('www.kbs-frb.be'),
  fact('klasse.be'),
];

describe('key facts of the source in the course "Kleine kinderen, grote kansen"', () => {
  it('compiles into 16 modules with text to check', () => {
    expect(course.modules).toHaveLength(16);
    expect(allText.length).toBeGreaterThan(50_000);
  });

  it('lists each fact once', () => {
    const names = KEY_FACTS.map((f) => normalise(f.fact));
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it.each(KEY_FACTS.map((f) => [f.fact, f] as const))('mentions %s', (name, f) => {
    const found = f.any.some((alt) => hasPhrase(allText, alt));
    expect(
      found,
      `key fact missing from the course: "${name}" (looked for: ${f.any.map((a) => `"${a}"`).join(' | ')})`,
    ).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 2. Tell-tale signs of invented facts
// ---------------------------------------------------------------------------------------------------------------

/** Sentences of a passage, for reporting where a pattern was found. */
const sentencesOf = (text: string): string[] =>
  text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+(?=[A-Z"'‘“(ÉÈ])/u)
    .map((s) => s.trim())
    .filter(Boolean);

/** Every sentence in the course matching `re`, as "file: sentence". */
function sentencesMatching(re: RegExp): string[] {
  const hits: string[] = [];
  for (const p of passages)
    for (const s of sentencesOf(p.text)) if (re.test(s)) hits.push(`${p.file}: ${s}`);
  return hits;
}

/** The source names these years only: 2017 (the OECD book). */
const YEARS_IN_SOURCE = new Set(['2017']);

/** Speakers of the source and the one role each is given in the course (the source's own wording). */
const ROLES: Record<string, string> = {
  'Els Mertens': 'opleidingshoofd Kleuteronderwijs Campus Brussel, Odisee, Lid van het projectteam',
  'Hilde Crevits': 'viceminister-president van de Vlaamse Regering en Vlaams minister van Onderwijs',
  'Katrien Verhegge': 'administrateur-generaal van Kind en Gezin',
  'Piet Van Avermaet': 'professor vakgroep Taalkunde UGent, Lid van het projectteam',
  'Bruno Vanobbergen': 'kinderrechtencommissaris',
  'Juf Jelke': "uit 'De klas van juf Jelke'",
  'Hans Vanderspikken': 'hoofdredacteur van Klasse',
  'Katrien Van Laere & Brecht Peleman':
    'VBJK, Centrum voor Vernieuwing in de Basisvoorzieningen voor Jonge Kinderen / Universiteit Gent',
  'Jo Vandeurzen': 'Vlaams minister van Welzijn, Volksgezondheid en Gezin',
};

/** Hosts the source names; a link or web address to anything else was not in the source. */
const HOSTS_IN_SOURCE = ['grotekansen.be', 'kbs-frb.be', 'klasse.be', 'oecd.org', 'ec.europa.eu', 'europe-kbf.eu'];
const knownHost = (host: string) => HOSTS_IN_SOURCE.some((h) => host === h || host.endsWith(`.${h}`));

describe('no invented facts in the course "Kleine kinderen, grote kansen"', () => {
  it('has no percentages (the source has none; pass marks live in the quiz attributes)', () => {
    const percentSign = sentencesMatching(/%/);
    // "Je slaagt vanaf 75 procent" introduces a quiz: the number must be that quiz's own pass mark.
    const procent = sentencesMatching(/\d+\s*procent|procent\s+van/i).filter(
      (s) => !/je slaagt vanaf 75 procent/i.test(s),
    );
    expect([...percentSign, ...procent]).toEqual([]);
  });

  it('states every "slaag vanaf N procent" with the pass mark of that module\'s quiz', () => {
    for (const m of course.modules) {
      const quiz = m.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'quiz');
      const stated = passagesOf(m)
        .flatMap((p) => [...p.text.matchAll(/slaagt vanaf (\d+) procent/gi)])
        .map((x) => Number(x[1]));
      for (const n of stated) expect(n, m.file).toBe(quiz?.kind === 'quiz' ? quiz.pass : NaN);
    }
  });

  it('names no years other than those in the source', () => {
    const years = sentencesMatching(/(?<![\p{L}\p{N}])(1[89]\d\d|20\d\d)(?![\p{L}\p{N}])/u).filter((s) =>
      [...s.matchAll(/(?<![\p{L}\p{N}])(1[89]\d\d|20\d\d)(?![\p{L}\p{N}])/gu)].some((y) => !YEARS_IN_SOURCE.has(y[1] ?? '')),
    );
    expect(years).toEqual([]);
  });

  it('only claims research findings the source reports (quality childcare; participation and well-being)', () => {
    const claim =
      /\b(onderzoek|studies|studie)\s+(toont|tonen|wijst|wijzen|bewijst|bewijzen|bevestigt)\b|\b(toont|tonen)\s+(het\s+)?(onderzoek|studies)\b|\buit\s+(onderzoek|studies|een studie)\s+(blijkt|bleek)|\bvolgens\s+(onderzoek|studies|wetenschappers)\b|\bvermeldt\s+(ook\s+)?onderzoek\b|\bwetenschappelijk\w*\b|\bonderzoekers\b/i;
    const allowed = (s: string) => /kinderopvang/i.test(s) || /particip|gehoord/i.test(s);
    expect(sentencesMatching(claim).filter((s) => !allowed(s))).toEqual([]);
  });

  it('mentions money only as the 30 million euro of KOALA', () => {
    const money = sentencesMatching(/\beuro\b|€|\bmiljoen\b|\bmiljard\b/i).filter((s) => !/30 miljoen euro/i.test(s));
    expect(money).toEqual([]);
  });

  it('does not list or describe the four concepts or the 12 lenses, which the source only names', () => {
    const listing = sentencesMatching(
      /\b(vier|4) concepten\s*(:|zijn\b|heten\b|namelijk\b)|\b(12|twaalf) brillen( om naar armoede te kijken)?\s*(zijn|heten|namelijk)\b|\b(eerste|tweede|derde|vierde) (concept|bril)\b/i,
    );
    expect(listing).toEqual([]);
  });

  it('attributes every quote to a speaker of the source, with the role the source gives', () => {
    const wrong: string[] = [];
    for (const m of course.modules)
      for (const s of m.sections)
        for (const b of s.blocks)
          if (b.kind === 'quote' && ROLES[b.by] !== (b.role ?? ''))
            wrong.push(`${m.file}: by="${b.by}" role="${b.role ?? ''}"`);
    expect(wrong).toEqual([]);
  });

  it('links and refers only to websites the source names', () => {
    const unknown: string[] = [];
    for (const m of course.modules) {
      for (const href of hrefsOfModule(m)) {
        if (!/^https?:/i.test(href)) continue;
        const host = new URL(href).hostname.toLowerCase();
        if (!knownHost(host)) unknown.push(`${m.file}: ${href}`);
      }
      for (const p of passagesOf(m))
        for (const w of p.text.matchAll(/\b(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:be|org|eu|com|net|nl|int)\b/gi))
          if (!knownHost(w[0].toLowerCase().replace(/^www\./, ''))) unknown.push(`${m.file}: ${w[0]}`);
    }
    expect(unknown).toEqual([]);
  });
});
