import type { Block } from '../../../electron/core/contract/course';
import { Quiz } from '../quiz/Quiz';
import { contentLang } from '../state/langs';
import { CalloutBlock } from './CalloutBlock';
import { Checklist } from './Checklist';
import { ImageBlock } from './ImageBlock';
import { QuoteBlock } from './QuoteBlock';
import { Reflection } from './Reflection';
import { Scenario } from './Scenario';
import { VideoBlock } from './VideoBlock';

export function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case 'prose':
      // Trusted: HTML from our own compiler, which never passes the author's raw HTML through.
      return <div className="prose" lang={contentLang()} dangerouslySetInnerHTML={{ __html: block.html }} />;
    case 'quote':
      return <QuoteBlock block={block} />;
    case 'callout':
      return <CalloutBlock block={block} />;
    case 'image':
      return <ImageBlock block={block} />;
    case 'video':
      return <VideoBlock block={block} />;
    case 'quiz':
      return <Quiz quiz={block} />;
    case 'reflection':
      return <Reflection block={block} />;
    case 'checklist':
      return <Checklist block={block} />;
    case 'scenario':
      return <Scenario block={block} />;
  }
}
