import { t } from '../../utils/i18n';
import { useLang } from '../shared/lang-context';

export interface EmptyStateProps {
  /** The current tab is a web page that can be tracked (so the hint about the button applies). */
  canTrack: boolean;
  onAddManual: () => void;
}

export function EmptyState({ canTrack, onAddManual }: EmptyStateProps) {
  const lang = useLang();
  return (
    <section class="empty" aria-labelledby="empty-title">
      <h2 id="empty-title" class="empty-title">
        {t(lang, 'empty.title')}
      </h2>
      <ol class="empty-steps">
        <li>{t(lang, 'empty.openLender')}</li>
        {canTrack && <li>{t(lang, 'empty.trackSite')}</li>}
        <li>
          <button type="button" class="link" onClick={onAddManual}>
            {t(lang, 'empty.manual')}
          </button>
        </li>
      </ol>
    </section>
  );
}
