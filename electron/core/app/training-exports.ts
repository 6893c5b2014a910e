import type { CallResult, CourseDocument } from '../contract';
import { AppError } from '../errors';
import { footerTemplate, PAGE_NUMBER, PAGE_TOTAL, printAll, type PdfPrinter } from '../pdf/pdf-printer';
import { toCsv } from '../reports/csv';
import { attendanceHtml, attendanceTable, certificateHtml } from '../training/training-documents';
import { certificateFileNames, trainingFileName } from '../training/training-files';
import { notesHtml, notesMarkdown } from '../training/training-notes';
import type { TrainingService } from '../training/training-service';
import { TRAINING_WORDS } from '../training/training-words';
import { writeExportFile } from './export-file';
import type { Core } from './services';

/** The files of a training (issue 15), written to exports/ like a backup: attendance list, certificates, notes. */
export function createTrainingExports(core: Core, trainings: TrainingService) {
  function printer(): PdfPrinter {
    if (!core.printPdf) {
      throw new AppError({
        code: 'IO',
        message: 'This Leerpad cannot make PDF files (it has no PDF printer).',
        hint: 'Export the attendance list as CSV or the notes as Markdown instead, or use the desktop app or the web harness.',
      });
    }
    return core.printPdf;
  }
  const pageFooter = () => ({ footerTemplate: footerTemplate(TRAINING_WORDS.page(PAGE_NUMBER, PAGE_TOTAL)) });
  const pdf = (html: string) => printer()(html, pageFooter());

  function courseOrNull(courseId: string): CourseDocument | null {
    try {
      return core.catalog.open(courseId);
    } catch {
      // The notes are the team's text: a course removed since still lets them be exported, under their ids.
      return null;
    }
  }

  return {
    async attendance(id: string, format: 'csv' | 'pdf'): Promise<CallResult<'training/export-attendance'>> {
      const t = trainings.get(id);
      const bytes = format === 'csv' ? Buffer.from(toCsv(attendanceTable(t)), 'utf8') : await pdf(attendanceHtml(t));
      return writeExportFile(core, trainingFileName('aanwezigheden', t, format), bytes);
    },
    /** One PDF per present participant: each is handed or mailed to that person alone, never with colleagues' names. */
    async certificates(id: string): Promise<CallResult<'training/export-certificates'>> {
      const t = trainings.get(id);
      const present = t.participants.filter((p) => p.present);
      if (present.length === 0) {
        throw new AppError({
          code: 'BAD_REQUEST',
          message: `Nobody is marked present in the session '${t.title}': there is no certificate to make.`,
          hint: 'Mark who was present first.',
          params: { id, title: t.title },
        });
      }
      const names = certificateFileNames(t, present.map((p) => p.name));
      // One batch: a Chromium printer starts once for all of them, not once per participant.
      const pdfs = await printAll(printer(), present.map((p) => ({ html: certificateHtml(t, p.name), options: pageFooter() })));
      return { files: pdfs.map((bytes, i) => writeExportFile(core, names[i]!, bytes)) };
    },
    async notes(id: string, format: 'md' | 'pdf'): Promise<CallResult<'training/export-notes'>> {
      const t = trainings.get(id);
      const course = courseOrNull(t.courseId);
      const bytes = format === 'md' ? Buffer.from(notesMarkdown(t, course), 'utf8') : await pdf(notesHtml(t, course));
      return writeExportFile(core, trainingFileName('notities', t, format), bytes);
    },
  };
}
