import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { href } from '../router';

/**
 * One page of the guide: a back link, the page's h1 (focused on arrival so
 * screen-reader and keyboard users start at the top of the new page), and the
 * document title kept in step with it.
 */
export function Page({
  title,
  caption,
  back = '/',
  children,
}: {
  title: string;
  caption?: string;
  back?: string | null;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} — ${t('app.title')}`;
  }, [title, t]);
  useEffect(() => {
    heading.current?.focus({ preventScroll: false });
  }, []);
  return (
    <div className="page">
      {back !== null && (
        <a className="back-link" href={href(back)}>
          {back === '/' ? t('ui.backToTasks') : t('ui.back')}
        </a>
      )}
      {caption && <span className="caption">{caption}</span>}
      <h1 tabIndex={-1} ref={heading} className="page-title">
        {title}
      </h1>
      {children}
    </div>
  );
}
