/**
 * The portfolio document in Dutch (nl-BE), the source language; the learner reads it, prints it or hands it
 * in for their stage. Values come in as {{params}}: the learner's name and texts are never part of a template.
 */
export const portfolioNl = {
  title: 'Mijn portfolio',
  byline: '{{name}} · {{course}}',
  madeOn: 'Gemaakt op {{date}}',
  contents: 'Inhoud',
  footer: 'Pagina {{page}} van {{pages}}',
  progress: {
    heading: 'Voortgang per kernthema en hefboom',
    mapCaption: 'Het kader: de kernthema’s met hun hefbomen, en hoeveel modules je per onderdeel afrondde.',
    overall: { one: 'Alles samen: {{done}} van {{total}} module afgerond ({{percent}} %).', other: 'Alles samen: {{done}} van {{total}} modules afgerond ({{percent}} %).' },
    umbrella: 'Overkoepelend: {{title}}',
    theme: 'Kernthema',
    lever: 'Hefboom',
    done: { one: '{{done}} van {{total}} module afgerond ({{percent}} %)', other: '{{done}} van {{total}} modules afgerond ({{percent}} %)' },
    noModules: 'nog geen modules',
    part: 'Onderdeel',
    column: 'Voortgang',
  },
  reflections: {
    heading: 'Reflecties',
    none: 'Er staan geen reflecties in dit portfolio.',
    updated: 'Laatst geschreven op {{date}}',
    short: 'Nog korter dan het minimum: telt in de module nog niet als geschreven.',
    version: 'Andere versie (van {{date}})',
    emptyNow: 'Deze reflectie is nu leeg; de vroegere tekst staat hieronder.',
  },
  checklists: {
    heading: 'Kijkwijzers',
    none: 'Je hebt nog geen kijkwijzer ingevuld.',
    levers: 'Bij: {{levers}}',
    statement: 'Uitspraak',
    rating: 'Mijn inschatting',
    note: 'Notitie',
    once: '{{latest}} ({{date}})',
    changed: 'eerst {{first}} ({{firstDate}}), nu {{latest}} ({{latestDate}})',
  },
  quizzes: {
    heading: 'Toetsen',
    none: 'Je hebt nog geen toets gemaakt.',
    module: 'Module',
    score: 'Score',
    result: 'Resultaat',
    questions: 'Juiste vragen',
    attempts: 'Pogingen',
    passed: 'geslaagd',
    notPassed: 'nog niet geslaagd',
    notTaken: 'nog niet gemaakt',
    noScore: 'nog geen score',
    scoreOf: '{{score}} % (nodig: {{pass}} %)',
    correct: '{{correct}} van {{total}}',
  },
  module: 'Module: {{title}}',
};

export type PortfolioTexts = typeof portfolioNl;
