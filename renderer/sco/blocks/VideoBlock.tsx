import { useId } from 'react';
import type { Block } from '../../../electron/core/contract/course';
import { t } from '../i18n';
import { chromeLang, contentLang } from '../state/langs';

/** The transcript is the text alternative (WCAG 1.2.1/1.2.3): right under the video, one click away. */
export function VideoBlock({ block }: { block: Extract<Block, { kind: 'video' }> }) {
  const captionId = useId();
  return (
    <figure className="media video" aria-labelledby={captionId}>
      <video controls preload="metadata" src={block.src} aria-labelledby={captionId}>
        <p lang={chromeLang()}>{t('video.unsupported')}</p>
      </video>
      <figcaption id={captionId} lang={contentLang()}>
        {block.title}
      </figcaption>
      <details className="transcript">
        <summary lang={chromeLang()}>{t('video.transcript')}</summary>
        <div lang={contentLang()} dangerouslySetInnerHTML={{ __html: block.transcriptHtml }} />
      </details>
    </figure>
  );
}
