import type { Language } from '../contract';
import type { Report } from '../contract/reports';
import type { Table } from './cell';
import { REPORT_WORDS } from './report-words';

const minutes = (seconds: number) => Math.round(seconds / 6) / 10;

/** The report's rows as a table for a file: one line per learner × module, in the words of `language`. */
export function moduleTable(report: Report, language: Language): Table {
  const w = REPORT_WORDS[language];
  return {
    header: w.modules,
    rows: report.rows.map((r) => [
      r.learnerName,
      r.courseTitle,
      r.moduleId,
      r.moduleTitle,
      w.status[r.status],
      r.passed === null ? w.none : r.passed ? w.yes : w.no,
      r.bestScorePercent,
      minutes(r.timeSeconds),
      r.lastStudiedAt === null ? null : new Date(r.lastStudiedAt),
      r.followedInSession === null ? null : `${r.followedInSession.date} ${r.followedInSession.title}`,
    ]),
  };
}

/** Per kernthema and hefboom: how many learners finished all of it, and the average share finished. */
export function leverTable(report: Report, language: Language): Table {
  const w = REPORT_WORDS[language];
  return {
    header: w.levers,
    rows: report.levers.map((l) => [l.courseTitle, l.kind === 'theme' ? w.theme : w.lever, l.leverId, l.leverTitle, l.learnersFinished, l.learnersTotal, l.averagePercent]),
  };
}
