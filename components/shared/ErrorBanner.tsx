import { failureText, t } from '../../utils/i18n';
import type { Failure } from '../../utils/messaging/protocol';
import { useLang } from './lang-context';

export interface ErrorBannerProps {
  failure: Pick<Failure, 'code' | 'path' | 'expected'> | undefined;
  onDismiss?: () => void;
}

/** A background Failure in plain words; `role="alert"` so screen readers announce it. */
export function ErrorBanner({ failure, onDismiss }: ErrorBannerProps) {
  const lang = useLang();
  if (!failure) return null;
  return (
    <div class="banner banner-error" role="alert">
      <span class="banner-text">{failureText(lang, failure)}</span>
      {onDismiss && (
        <button type="button" class="banner-close" aria-label={t(lang, 'error.dismiss')} onClick={onDismiss}>
          ×
        </button>
      )}
    </div>
  );
}
