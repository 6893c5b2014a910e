import type { LucideIcon } from 'lucide-react';
// One import per icon (never the barrel): the SCO bundle ships in every exported package and carries only these.
import CircleDot from 'lucide-react/icons/circle-dot';
import Eye from 'lucide-react/icons/eye';
import HandHeart from 'lucide-react/icons/hand-heart';
import HeartHandshake from 'lucide-react/icons/heart-handshake';
import Languages from 'lucide-react/icons/languages';
import Lightbulb from 'lucide-react/icons/lightbulb';
import MessagesSquare from 'lucide-react/icons/messages-square';
import Palette from 'lucide-react/icons/palette';
import RefreshCw from 'lucide-react/icons/refresh-cw';
import Scale from 'lucide-react/icons/scale';
import Search from 'lucide-react/icons/search';

/**
 * The icon of each kernthema, hefboom and the umbrella of the course's framework, by the id course.yaml gives
 * it. The icons only repeat the title next to them (they are hidden from assistive technology); an id without
 * an entry (another course, a renamed lever) gets the neutral dot rather than a wrong picture.
 */
export const FRAMEWORK_ICONS: Readonly<Record<string, LucideIcon>> = {
  kinderrechten: Scale,
  'kwaliteitsvolle-interacties': MessagesSquare,
  onderzoeken: Search,
  expressie: Palette,
  'warme-relaties': HeartHandshake,
  'rijke-taal': Languages,
  beeldvorming: Eye,
  inzichten: Lightbulb,
  'handelen-en-reflecteren': RefreshCw,
  'geraakt-worden': HandHeart,
};

export const FALLBACK_ICON: LucideIcon = CircleDot;

export function frameworkIconOf(id: string): LucideIcon {
  return Object.hasOwn(FRAMEWORK_ICONS, id) ? FRAMEWORK_ICONS[id]! : FALLBACK_ICON;
}

/** Decorative: the visible title beside it names the theme or lever. */
export function FrameworkIcon({ id, className }: { id: string; className?: string }) {
  const Icon = frameworkIconOf(id);
  return <Icon className={className ?? 'framework-icon'} aria-hidden="true" focusable="false" size="1.25em" strokeWidth={1.75} />;
}
