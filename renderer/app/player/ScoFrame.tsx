import type { LaunchResult } from '../../../electron/core/contract';

/**
 * What the content frame may do. Without `allow-top-navigation` a SCO cannot send the app's window
 * elsewhere; popups (links open outside), downloads and print stay for reflections and links.
 */
const CONTENT_SANDBOX = 'allow-scripts allow-same-origin allow-forms allow-downloads allow-modals allow-popups allow-popups-to-escape-sandbox';

/**
 * The LMS host page on the content origin, framing the SCO. Give it `key={launch.launchId}`: a new
 * launch (also after a CONFLICT) needs a fresh host page, as its API holds that launch's CMI.
 */
export function ScoFrame({ launch, title, onLoad }: { launch: LaunchResult; title: string; onLoad(frame: HTMLIFrameElement): void }) {
  return <iframe className="player-frame" title={title} src={launch.hostUrl} sandbox={CONTENT_SANDBOX} onLoad={(e) => onLoad(e.currentTarget)} />;
}
