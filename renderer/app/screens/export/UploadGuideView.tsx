import { useTranslation } from 'react-i18next';
import type { UploadGuide } from '../../../../electron/core/contract';

/** Core's upload guide for the written package: what the lecturer does next in the LMS, step by step. */
export function UploadGuideView({ guide }: { guide: UploadGuide }) {
  const { t } = useTranslation();
  return (
    <section className="stack upload-guide" aria-labelledby="upload-guide-title" lang={guide.language}>
      <h3 id="upload-guide-title">{t('export.guide')}</h3>
      <p>
        <strong>{guide.title}</strong>
      </p>
      {guide.sections.map((section, i) => (
        <section key={i} aria-labelledby={`upload-guide-${i}`}>
          <h4 id={`upload-guide-${i}`}>{section.heading}</h4>
          <ol>
            {section.steps.map((step, j) => (
              <li key={j}>{step}</li>
            ))}
          </ol>
        </section>
      ))}
    </section>
  );
}
