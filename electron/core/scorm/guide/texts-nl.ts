/**
 * The upload guide in Dutch (nl-BE), the source language. Every value is a template: course,
 * module and file names come in as {{params}} from the package that was built.
 *
 * Moodle's labels are quoted as Moodle's Dutch language pack writes them (lang/nl/scorm.php and
 * moodle.php, branch MOODLE_37_STABLE: the newest Dutch pack we could read; a newer Moodle may
 * word one slightly differently). Canvas's SCORM tool has no Dutch pack we could check: its
 * labels stay in English, in quotes, as the tool shows them.
 */
export const guideNl = {
  title: 'Zo zet je {{file}} in {{lms}}',
  lmsName: { moodle: 'Moodle', canvas: 'Canvas', generic: 'je leerplatform' },
  edition: { scorm12: 'SCORM 1.2', scorm2004: 'SCORM 2004 4th edition' },
  common: {
    heading: { student: 'Wat de student ziet', follow: 'Opvolgen' },
    unpack_one: '{{file}} bevat {{count}} pakket, voor één module. Pak het uit op je computer: je laadt het pakket op dat erin zit, niet {{file}} zelf.',
    unpack_other: '{{file}} bevat {{count}} pakketten, één per module. Pak het uit op je computer: je laadt de pakketten op die erin zitten, niet {{file}} zelf.',
    part: '{{part}}: "{{title}}"',
    student: {
      courseMenu:
        'De student ziet eerst het menu met de modules van "{{course}}" ({{count}}) en kiest er een. Wie later terugkomt, komt terecht in de module en het onderdeel waar hij stopte.',
      courseGrade: 'Er is één cijfer voor de hele cursus: het gemiddelde van de modules met een toets ({{scored}} van de {{count}}).',
      perModule: 'Elke module is een eigen activiteit met een eigen cijfer. Wie terugkomt, gaat verder waar hij stopte in die module.',
    },
    follow: {
      private: 'Reflecties blijven privé in de browser van de student: het leerplatform ziet alleen dát een reflectie ingevuld is.',
      reflections: 'De reflecties gaan naar het leerplatform, als antwoorden bij de module: je vindt ze in de rapporten van de activiteit.',
    },
  },
  moodle: {
    heading: { add: 'Het pakket toevoegen', settings: 'Instellingen van de activiteit', completion: 'Voltooiing' },
    add: {
      open: 'Open je cursus in Moodle en zet de bewerkmodus aan.',
      activity: 'Kies in het onderdeel waar de cursus moet komen "Activiteit of bron toevoegen" en dan "SCORM-pakket".',
      upload: 'Geef de activiteit een naam, bijvoorbeeld "{{course}}", en sleep {{file}} naar "Verpakkingsbestand". Pak het niet uit: Moodle doet dat zelf.',
      perModule:
        'Voeg voor elk pakket een activiteit toe met "Activiteit of bron toevoegen" en dan "SCORM-pakket", in de volgorde van de bestandsnamen, en sleep het pakket naar "Verpakkingsbestand":',
    },
    settings: {
      eachActivity: 'Geef elke activiteit de instellingen hieronder.',
      displayOwnMenu:
        '"Toon cursusstructuur op startpagina": "Nee", "Weergave cursusstructuur": "Verborgen" en "Leerlingen slaan inhoudspagina over": "Altijd". Het menu met de modules zit in het pakket zelf.',
      displaySingle:
        '"Toon cursusstructuur op startpagina": "Nee", "Weergave cursusstructuur": "Verborgen" en "Leerlingen slaan inhoudspagina over": "Altijd". Elk pakket is één module: een inhoudsopgave voegt niets toe.',
      displayToc: '"Toon cursusstructuur op startpagina": "Ja" en "Weergave cursusstructuur": "Aan de zijkant". Daar kiezen studenten een module.',
      gradeCourse: '"Beoordelingsmethode": "Hoogste cijfer". Het pakket is één geheel: zijn score is al het gemiddelde van de modules met een toets.',
      gradeModule: '"Beoordelingsmethode": "Hoogste cijfer". Elk pakket is één module, dus dat is de score van die module.',
      gradeAverage: '"Beoordelingsmethode": "Gemiddeld cijfer". Met "Hoogste cijfer" zou de cijferlijst alleen de beste module tonen.',
      unscoredModules: 'Modules zonder toets sturen geen score: hun kolom in de cijferlijst blijft leeg. Volg ze via de voltooiing.',
      noQuiz: 'Er zit geen toets in dit pakket en het stuurt dus geen score: de beoordelingsmethode maakt niet uit. Volg de studenten via de voltooiing.',
      attempts: '"Aantal pogingen": "Onbeperkt aantal pogingen" en "Te beoordelen pogingen": "Beste poging".',
      noNewAttempt: '"Verplicht nieuwe poging": "Nee". Zo gaat een student die terugkomt verder waar hij stopte; een nieuwe poging begint leeg.',
    },
    completion: {
      statusCourse: 'Kies bij de voltooiing "Vereist status" en vink "Geslaagd" en "Voltooid" aan. Het pakket meldt "voltooid" pas als alle {{count}} modules af zijn.',
      statusModule: 'Kies bij de voltooiing "Vereist status" en vink "Geslaagd" en "Voltooid" aan.',
      allScos: '"Vereis alle scos om hun voltooiingsstatus te melden": aan. Anders is de activiteit al voltooid na één module.',
      lag12:
        'Moodle berekent de voltooiing uit de status van vóór elke bewaring. Leerpad stuurt daarom eerst de status en daarna de score. Staat een activiteit toch nog als niet voltooid, dan klopt ze bij het volgende bezoek van de student.',
    },
    student: {
      toc: 'De student kiest een module in de inhoudsopgave van Moodle. "Start" opent de eerste module die nog niet af is, niet de module waar de student het laatst was.',
      reopen12:
        'Moodle bewaart een module niet die een student twee keer opent in hetzelfde bezoek. Vraag studenten de activiteit te verlaten en opnieuw te openen voor ze een module herbekijken, of exporteer als één cursus-SCO.',
      multiSco2004: 'Moodle bewaart in SCORM 2004 alleen de eerste module die een student per bezoek opent. Exporteer dit pakket opnieuw als één cursus-SCO.',
    },
    follow: {
      reflections: 'De reflecties gaan naar Moodle: je leest ze bij de activiteit via "Rapporten" en dan "Interacties".',
    },
  },
  canvas: {
    heading: { add: 'Opladen in Canvas', settings: 'Beoordeling en SCORM-versie' },
    hosted: 'SCORM werkt alleen in de gehoste Canvas van Instructure, met de SCORM-tool. Staat "SCORM" niet in het cursusmenu, vraag dan aan de Canvas-beheerder om de tool aan te zetten.',
    upload: 'Open "SCORM" in het cursusmenu en kies {{file}} bij "Choose File".',
    uploadEach: 'Laad de pakketten een voor een op via "SCORM" in het cursusmenu ("Choose File"), in de volgorde van de bestandsnamen:',
    graded: 'Vink "Import as a graded assignment" aan en klik "Upload": Canvas maakt er een opdracht met punten van.',
    gradedSome: 'Vink "Import as a graded assignment" aan bij de modules met een toets en klik telkens "Upload": Canvas maakt er opdrachten met punten van. Modules zonder toets laad je op zonder dat vinkje.',
    ungraded: 'Er zit geen toets in dit pakket: laat "Import as a graded assignment" uit en klik "Upload".',
    publish: 'Publiceer daarna de opdracht die Canvas ervan maakte, zodat studenten ze zien.',
    grade: {
      course: 'Het cijfer is de score van het pakket (0 tot 100): het gemiddelde van de modules met een toets.',
      module: 'Het cijfer van elke opdracht is de score van die module (0 tot 100).',
      none: 'Het pakket stuurt geen score: Canvas toont alleen of de student het afgewerkt heeft.',
    },
    try2004: 'Dit is een SCORM 1.2-pakket, maar Canvas speelt SCORM 2004 het best: probeer eerst een export met SCORM 2004. Blijft een pakket in Canvas leeg of bewaart het geen voortgang, exporteer dan opnieuw met SCORM 2004.',
    is2004: 'Dit is een SCORM 2004-pakket, de versie die Canvas het best speelt. Probeer SCORM 1.2 alleen als dit pakket niet start.',
    student: { toc: 'De student kiest een module in de inhoudsopgave van de SCORM-speler van Canvas.' },
  },
  generic: {
    heading: { add: 'Opladen', settings: 'Instellingen' },
    import: 'Voeg {{file}} toe als SCORM-pakket ({{edition}}), zoals het is: het manifest imsmanifest.xml staat in de hoofdmap van de zip.',
    importEach: 'Voeg elk pakket toe als een eigen SCORM-activiteit ({{edition}}), in de volgorde van de bestandsnamen:',
    resume: 'Laat een student die terugkomt verdergaan in dezelfde poging, niet in een nieuwe: een nieuwe poging begint leeg.',
    gradeCourse: 'Neem de score van het pakket als cijfer (0 tot 100): het gemiddelde van de modules met een toets.',
    gradeModule: 'Neem de score van elke module als cijfer (0 tot 100).',
    gradeAverage: 'Neem het gemiddelde van de scores van alle modules als cijfer, niet de hoogste.',
    noQuiz: 'Er zit geen toets in dit pakket en het stuurt dus geen score. Volg de studenten via de voltooiing.',
    completion: 'Tel de activiteit als voltooid bij de status "completed" of "passed".',
    allScos: 'Dit pakket heeft een SCO per module: je leerplatform moet de SCORM-navigatie tussen SCO\'s volledig ondersteunen, en de activiteit is pas voltooid als alle SCO\'s voltooid zijn.',
    student: { toc: 'De student kiest een module in de inhoudsopgave van het leerplatform.' },
  },
};

export type GuideTexts = typeof guideNl;
