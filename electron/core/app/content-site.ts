import type { LaunchResult } from '../contract';
import { contentSecurityPolicy, foreignContentPolicy, notFound, serveFile, type AssetResponse } from './assets';
import { PACKAGE_PREFIX, packageScoUrl, type PackageFiles } from './package-site';
import { APP_TREE_EDITION, SCO_PREFIX, scoUrl, type AppTrees } from './sco-trees';

/**
 * The content origin: SCO trees, imported packages and the LMS host page, served apart from the app's
 * own origin (`app://content` beside `app://leerpad`; a second loopback port in the web harness). A SCO —
 * ours or a third-party package's — runs there with scorm-again's API in its parent (the host page),
 * and the browser's same-origin rule keeps it from the app's page, storage, session token and core.
 */

/** Where the LMS host page (renderer/lms-host, built to out/lms-host) lives on the content origin. */
export const LMS_HOST_PREFIX = '/lms-host/';
const LMS_HOST_PAGE = `${LMS_HOST_PREFIX}index.html`;

/** Anything that answers GET paths: the app's asset resolver or the content site. */
export interface AssetSource {
  resolve(urlPath: string): AssetResponse;
}

/** Content pages may be framed only by the app (the host page) and by each other (the SCO in the host). */
export function contentPolicy(appOrigins: string[]): string {
  return contentSecurityPolicy({ frameSrc: ["'self'"], frameAncestors: ["'self'", ...appOrigins] });
}

/** The app frames the content origin only: never its own pages, never anything remote. */
export function appPolicy(contentOrigin: string): string {
  return contentSecurityPolicy({ frameSrc: [contentOrigin], frameAncestors: ["'self'"] });
}

/** The same source, with `csp` as the policy of every page it answers. */
export function withPolicy<S extends AssetSource>(source: S, csp: string): S {
  return { ...source, resolve: (urlPath: string) => ({ ...source.resolve(urlPath), csp }) };
}

export interface ContentSiteOptions {
  /** Our modules' trees and, under `/pkg/<id>/`, imported third-party packages (issue 12). */
  trees: Pick<AppTrees, 'serve'> & { packages?: Pick<PackageFiles, 'serve'> };
  /** The built LMS host page (out/lms-host). */
  hostDir: string;
  /** The origins the app is reached on; read per request, as the harness learns its port late. */
  appOrigins: () => string[];
}

/** Answers the content origin's paths: SCO trees, imported packages and the host page, nothing of the app. */
export function createContentSite(options: ContentSiteOptions): AssetSource {
  return {
    resolve(urlPath) {
      const ancestors = ["'self'", ...options.appOrigins()];
      if (urlPath.startsWith(PACKAGE_PREFIX)) {
        const asset = options.trees.packages ? options.trees.packages.serve(urlPath.slice(PACKAGE_PREFIX.length)) : notFound();
        return { ...asset, csp: foreignContentPolicy(ancestors) };
      }
      const asset = urlPath.startsWith(SCO_PREFIX)
        ? options.trees.serve(urlPath.slice(SCO_PREFIX.length))
        : urlPath.startsWith(LMS_HOST_PREFIX)
          ? serveFile(options.hostDir, urlPath.slice(LMS_HOST_PREFIX.length))
          : notFound();
      return { ...asset, csp: contentPolicy(options.appOrigins()) };
    },
  };
}

/** The launch's URLs on the content origin; relative (origin '') where core runs without one (tests, CLI). */
export function launchUrls(contentOrigin: string, courseId: string, moduleId: string): Pick<LaunchResult, 'scoUrl' | 'hostUrl' | 'edition'> {
  return {
    scoUrl: `${contentOrigin}${scoUrl(courseId, moduleId)}`,
    hostUrl: `${contentOrigin}${LMS_HOST_PAGE}`,
    edition: APP_TREE_EDITION,
  };
}

/** A package item's URLs: its own file under `/pkg/<id>/` in the same LMS host page as our modules. */
export function packageLaunchUrls(contentOrigin: string, packageId: string, href: string): Pick<LaunchResult, 'scoUrl' | 'hostUrl'> {
  return { scoUrl: `${contentOrigin}${packageScoUrl(packageId, href)}`, hostUrl: `${contentOrigin}${LMS_HOST_PAGE}` };
}
