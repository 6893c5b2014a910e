import type { GuideTexts } from './texts-nl';

/** The upload guide in English; Moodle's labels as its English language pack writes them (Moodle 4.x). */
export const guideEn: GuideTexts = {
  title: 'Putting {{file}} into {{lms}}',
  lmsName: { moodle: 'Moodle', canvas: 'Canvas', generic: 'your LMS' },
  edition: { scorm12: 'SCORM 1.2', scorm2004: 'SCORM 2004 4th edition' },
  common: {
    heading: { student: 'What the student sees', follow: 'Following up' },
    unpack_one: '{{file}} holds {{count}} package, for one module. Unzip it on your computer: you upload the package inside it, not {{file}} itself.',
    unpack_other: '{{file}} holds {{count}} packages, one per module. Unzip it on your computer: you upload the packages inside it, not {{file}} itself.',
    part: '{{part}}: "{{title}}"',
    student: {
      courseMenu:
        'The student first sees the menu with the modules of "{{course}}" ({{count}}) and picks one. Coming back later, they land in the module and section where they stopped.',
      courseGrade: 'There is one grade for the whole course: the average of the modules with a quiz ({{scored}} of the {{count}}).',
      perModule: 'Every module is an activity of its own with its own grade. Coming back, the student continues where they stopped in that module.',
    },
    follow: {
      private: "Reflections stay private in the student's browser: the LMS only learns that a reflection was answered.",
      reflections: "The reflections go to the LMS as answers in the module: you find them in the activity's reports.",
    },
  },
  moodle: {
    heading: { add: 'Adding the package', settings: 'Activity settings', completion: 'Completion' },
    add: {
      open: 'Open your course in Moodle and turn edit mode on.',
      activity: 'In the section where the course belongs, choose "Add an activity or resource", then "SCORM package".',
      upload: 'Give the activity a name, for example "{{course}}", and drop {{file}} on "Package file". Do not unzip it: Moodle does that itself.',
      perModule: 'Add one activity per package with "Add an activity or resource", then "SCORM package", in the order of the file names, and drop the package on "Package file":',
    },
    settings: {
      eachActivity: 'Give every activity the settings below.',
      displayOwnMenu:
        '"Display course structure on entry page": "No", "Display course structure in player": "Hidden" and "Student skip content structure page": "Always". The module menu is inside the package.',
      displaySingle:
        '"Display course structure on entry page": "No", "Display course structure in player": "Hidden" and "Student skip content structure page": "Always". Each package is one module: a table of contents adds nothing.',
      displayToc: '"Display course structure on entry page": "Yes" and "Display course structure in player": "To the side". That is where students pick a module.',
      gradeCourse: '"Grading method": "Highest grade". The package is one unit: its score already is the average of the modules with a quiz.',
      gradeModule: '"Grading method": "Highest grade". Each package is one module, so that is the score of that module.',
      gradeAverage: '"Grading method": "Average grade". With "Highest grade" the gradebook would show only the best module.',
      unscoredModules: 'Modules without a quiz send no score: their gradebook column stays empty. Follow them through completion.',
      noQuiz: 'This package has no quiz, so it sends no score: the grading method does not matter. Follow students through completion.',
      attempts: '"Number of attempts": "Unlimited attempts" and "Attempts grading": "Highest attempt".',
      noNewAttempt: '"Force new attempt": "No". A student who comes back then continues where they stopped; a new attempt starts empty.',
    },
    completion: {
      statusCourse: 'For completion, choose "Require status" and tick "Passed" and "Completed". The package reports "completed" only when all {{count}} modules are done.',
      statusModule: 'For completion, choose "Require status" and tick "Passed" and "Completed".',
      allScos: '"Require all SCOs to return completion status": on. Otherwise the activity is complete after one module.',
      lag12:
        'Moodle works out completion from the status before each save. Leerpad therefore sends the status first and the score after it. If an activity still shows as not complete, it is right at the student\'s next visit.',
    },
    student: {
      toc: "The student picks a module in Moodle's table of contents. \"Enter\" opens the first module that is not finished, not the one the student was in last.",
      reopen12:
        'Moodle does not save a module that a student opens twice in the same visit. Ask students to leave the activity and open it again before revisiting a module, or export as one course SCO.',
      multiSco2004: 'In SCORM 2004 Moodle saves only the first module a student opens per visit. Export this package again as one course SCO.',
    },
    follow: {
      reflections: 'The reflections go to Moodle: read them in the activity under "Reports", then "Interactions".',
    },
  },
  canvas: {
    heading: { add: 'Uploading to Canvas', settings: 'Grading and SCORM edition' },
    hosted: 'SCORM works only in Instructure\'s hosted Canvas, with the SCORM tool. If "SCORM" is not in the course menu, ask your Canvas administrator to turn the tool on.',
    upload: 'Open "SCORM" in the course menu and choose {{file}} under "Choose File".',
    uploadEach: 'Upload the packages one by one through "SCORM" in the course menu ("Choose File"), in the order of the file names:',
    graded: 'Tick "Import as a graded assignment" and click "Upload": Canvas turns it into an assignment with points.',
    gradedSome: 'Tick "Import as a graded assignment" for the modules with a quiz and click "Upload" each time: Canvas turns them into assignments with points. Upload modules without a quiz without that tick.',
    ungraded: 'This package has no quiz: leave "Import as a graded assignment" off and click "Upload".',
    publish: 'Then publish the assignment Canvas made of it, so students see it.',
    grade: {
      course: "The grade is the package's score (0 to 100): the average of the modules with a quiz.",
      module: "Each assignment's grade is the score of that module (0 to 100).",
      none: 'The package sends no score: Canvas shows only whether the student finished it.',
    },
    try2004: 'This is a SCORM 1.2 package, but Canvas plays SCORM 2004 best: try an export with SCORM 2004 first. If a package stays blank in Canvas or keeps no progress, export again with SCORM 2004.',
    is2004: 'This is a SCORM 2004 package, the edition Canvas plays best. Try SCORM 1.2 only if this package does not start.',
    student: { toc: "The student picks a module in the table of contents of Canvas's SCORM player." },
  },
  generic: {
    heading: { add: 'Uploading', settings: 'Settings' },
    import: 'Add {{file}} as a SCORM package ({{edition}}) as it is: the manifest imsmanifest.xml is at the root of the zip.',
    importEach: 'Add each package as a SCORM activity of its own ({{edition}}), in the order of the file names:',
    resume: 'Let a student who comes back continue in the same attempt, not a new one: a new attempt starts empty.',
    gradeCourse: "Use the package's score as the grade (0 to 100): the average of the modules with a quiz.",
    gradeModule: "Use each module's score as its grade (0 to 100).",
    gradeAverage: 'Use the average of all modules\' scores as the grade, not the highest.',
    noQuiz: 'This package has no quiz, so it sends no score. Follow students through completion.',
    completion: 'Count the activity as complete at the status "completed" or "passed".',
    allScos: 'This package has one SCO per module: your LMS must support SCORM navigation between SCOs fully, and the activity is complete only when all SCOs are.',
    student: { toc: "The student picks a module in the LMS's table of contents." },
  },
};
