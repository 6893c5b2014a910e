/** The things the params `kind`, `firstKind`, `inside` and `what` name, with their article, as they read inside a sentence. */
export const courseKinds = {
  theme: { en: 'the theme', nl: 'het kernthema' },
  lever: { en: 'the lever', nl: 'de hefboom' },
  umbrella: { en: 'the umbrella', nl: 'het overkoepelende kader' },
  module: { en: 'the module', nl: 'de module' },
  section: { en: 'the section', nl: 'de sectie' },
  quote: { en: 'the quote', nl: 'het citaat' },
  callout: { en: 'the callout', nl: 'het kader' },
  video: { en: 'the video', nl: 'de video' },
  image: { en: 'the image', nl: 'de afbeelding' },
  link: { en: 'the link', nl: 'de link' },
  quiz: { en: 'the quiz', nl: 'de toets' },
  question: { en: 'the question', nl: 'de vraag' },
  reflection: { en: 'the reflection', nl: 'de reflectie' },
  checklist: { en: 'the checklist', nl: 'de kijkwijzer' },
  'checklist statement': { en: 'the checklist statement', nl: 'de uitspraak' },
} as const;
