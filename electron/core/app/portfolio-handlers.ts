import fs from 'node:fs';
import path from 'node:path';
import type { CallName } from '../contract';
import { portfolioBytes } from '../portfolio/portfolio-file';
import { withoutExcluded } from '../portfolio/select';
import { fileStem } from '../progress/learner-export';
import { stamp } from './backup-file';
import { EXPORTS_PREFIX } from './export';
import type { Handlers } from './handler-types';
import type { Core } from './services';

type PortfolioCall = Extract<CallName, `portfolio/${string}`>;

/** The learner's portfolio (issue 14, part 1): always the session's own profile, never another's. */
export function createPortfolioHandlers(core: Core): Pick<Handlers, PortfolioCall> {
  const own = (session: string, courseId: string) => {
    const learner = core.learners.get(core.sessions.learnerOf(session));
    const course = core.catalog.open(courseId);
    return { course, portfolio: core.portfolios.portfolio(learner, course) };
  };
  return {
    'portfolio/get': ({ session, courseId }) => own(session, courseId).portfolio,
    'portfolio/export': async ({ session, courseId, format, exclude }) => {
      const { course, portfolio } = own(session, courseId);
      const chosen = withoutExcluded(portfolio, exclude);
      const bytes = await portfolioBytes(chosen, course.framework, core.settings.get().language, format, core.printPdf);
      const fileName = `portfolio-${fileStem(portfolio.learnerName)}-${stamp(new Date())}.${format}`;
      fs.mkdirSync(core.exportsDir, { recursive: true });
      const file = path.join(core.exportsDir, fileName);
      // Whole or not at all: a half-written PDF is never left under the name the learner is shown.
      const partial = `${file}.part`;
      fs.writeFileSync(partial, bytes);
      fs.renameSync(partial, file);
      return {
        fileName,
        format,
        bytes: bytes.length,
        path: file,
        downloadUrl: core.info().host === 'web' ? `.${EXPORTS_PREFIX}${encodeURIComponent(fileName)}` : null,
        reflections: chosen.reflections.length,
      };
    },
  };
}
