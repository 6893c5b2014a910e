import { defineMessages } from '../define';

/** The course validator's texts (electron/core/course): what blocks show: raw HTML, images, links, quotes, callouts, videos. */
export const courseBlockMessages = defineMessages({
  'html.dropped': {
    en: {
      message: "raw HTML '{{html}}' is not shown to learners",
      hint: 'write it in Markdown (**bold**, *italic*, lists, links) or as a directive',
    },
    nl: {
      message: "de HTML-code '{{html}}' wordt niet getoond aan lerenden",
      hint: 'schrijf het in Markdown (**vet**, *cursief*, lijstjes, links) of als blok',
    },
  },
  'image.no-alt': {
    en: {
      message: "the image '{{url}}' has no alternative text",
      hint: 'describe what the image shows between the brackets: ![what you see](media/…)',
    },
    nl: {
      message: "de afbeelding '{{url}}' heeft geen alternatieve tekst",
      hint: 'beschrijf tussen de vierkante haken wat er op de afbeelding te zien is: ![wat je ziet](media/…)',
    },
  },
  'link.external': {
    en: {
      message: "{{what}} '{{url}}' is not a file in the course",
      hint: 'put the file in media/ and write media/<name>; learners may be offline',
    },
    nl: {
      message: "{{what}} '{{url}}' is geen bestand in de cursus",
      hint: 'zet het bestand in media/ en schrijf media/<naam>; lerenden zijn misschien offline',
    },
  },
  'link.protocol': {
    en: {
      message: "{{what}} '{{url}}' uses a kind of address that is not allowed",
      hint: 'use an https:// address or a file in media/',
    },
    nl: {
      message: "{{what}} '{{url}}' gebruikt een soort adres dat niet toegelaten is",
      hint: 'gebruik een https://-adres of een bestand in media/',
    },
  },
  'link.outside-course': {
    en: {
      message: "{{what}} '{{url}}' points outside the course folder",
      hint: 'write the path from the course folder, e.g. media/{{fileName}}',
    },
    nl: {
      message: "{{what}} '{{url}}' verwijst naar een plaats buiten de cursusmap",
      hint: 'schrijf het pad vanaf de cursusmap, bv. media/{{fileName}}',
    },
  },
  'link.broken': {
    en: {
      message: "{{what}} '{{url}}' points to a file that does not exist",
      hint: "{{guess}}check the file name '{{path}}', including capitals and extension",
    },
    nl: {
      message: "{{what}} '{{url}}' verwijst naar een bestand dat niet bestaat",
      hint: "{{guess}}controleer de bestandsnaam '{{path}}', ook hoofdletters en extensie",
    },
  },
  'quote.empty': {
    en: {
      message: 'this quote has no text',
      hint: 'write the quoted words between the :::quote line and the closing :::',
    },
    nl: {
      message: 'dit citaat heeft geen tekst',
      hint: 'schrijf de geciteerde woorden tussen de regel :::quote en de afsluitende :::',
    },
  },
  'callout.empty': {
    en: {
      message: 'this callout has no text',
      hint: 'write the text between the :::callout line and the closing :::',
    },
    nl: {
      message: 'dit kader heeft geen tekst',
      hint: 'schrijf de tekst tussen de regel :::callout en de afsluitende :::',
    },
  },
  'video.no-transcript': {
    en: {
      message: "the video '{{src}}' has no transcript",
      hint: 'write everything that is said and shown between the :::video line and the closing :::, for learners who cannot hear or see it',
    },
    nl: {
      message: "de video '{{src}}' heeft geen uitgeschreven tekst",
      hint: 'schrijf tussen de regel :::video en de afsluitende ::: alles wat er gezegd en getoond wordt, voor wie de video niet kan horen of zien',
    },
  },
});
