import { AppError } from '../errors';
import { listPackages } from '../library/library';
import type { PackageStanding } from '../reports/report';
import type { PackageService } from './package-service';

/**
 * Every imported package with each learner's standing, for the report. A package whose manifest can no
 * longer be read is left out: the Library names it and says how to fix it, a report cannot.
 */
export function packageStandings(packages: Pick<PackageService, 'learners'>, libraryDir: string): PackageStanding[] {
  return listPackages(libraryDir).flatMap((p) => {
    try {
      return [{ id: p.id, title: p.title, statuses: new Map(packages.learners(p).map((x) => [x.learnerId, x.status])) }];
    } catch (e) {
      if (e instanceof AppError) return [];
      throw e;
    }
  });
}
