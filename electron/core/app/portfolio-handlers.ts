import type { CallName } from '../contract';
import { portfolioBytes } from '../portfolio/portfolio-file';
import { withoutExcluded } from '../portfolio/select';
import { fileStem } from '../progress/learner-export';
import { stamp } from './backup-file';
import { writeExportFile } from './export-file';
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
      return { ...writeExportFile(core, fileName, bytes), format, reflections: chosen.reflections.length };
    },
  };
}
