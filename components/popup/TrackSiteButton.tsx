import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../utils/i18n';
import { suggestedSiteName } from '../../utils/lender-hosts';
import { MAX_SITE_NAME } from '../../utils/site-names';
import { useLang } from '../shared/lang-context';

export interface TrackSiteButtonProps {
  /** The current tab's http(s) origin; undefined on chrome://, file:, the new-tab page … */
  origin: string | undefined;
  tracked: boolean;
  /** A built-in adapter already reads this site. */
  covered: boolean;
  busy?: boolean;
  /**
   * Called synchronously from the click, with the name the person gave the site (its accounts'
   * lender). It must call `browser.permissions.request` before its first `await`: browsers only
   * grant permission prompts inside the user gesture.
   */
  onTrack: (origin: string, name: string) => void;
  /** On a tracked site: show the element picker in the page ("pick on page"). */
  onPick?: () => void;
}

export function TrackSiteButton({ origin, tracked, covered, busy, onTrack, onPick }: TrackSiteButtonProps) {
  const lang = useLang();
  const reason: MessageKey | undefined = !origin ? 'track.notWeb' : covered ? 'track.covered' : tracked ? 'track.tracked' : undefined;
  // Prefilled from the host: a known lender's name, else the host itself; the person may change it.
  const [name, setName] = useState(() => (origin ? suggestedSiteName(origin) : ''));
  useEffect(() => setName(origin ? suggestedSiteName(origin) : ''), [origin]);
  const disabled = reason !== undefined || busy === true || !name.trim();
  // When tracking is possible, say what allowing it means; otherwise say why it is not offered.
  const why: MessageKey | undefined = reason === 'track.tracked' ? undefined : (reason ?? 'track.hint');
  return (
    <section class="track" aria-label={t(lang, 'track.button')}>
      <div class="track-row">
        {origin && (
          <span class="track-origin" title={origin}>
            {new URL(origin).host}
          </span>
        )}
        {reason === 'track.tracked' ? (
          <>
            <span class="track-state" role="status">
              ✓ {t(lang, 'track.tracked')}
            </span>
            {onPick && (
              <button type="button" class="small" disabled={busy} title={t(lang, 'pick.hint')} onClick={onPick}>
                {t(lang, 'pick.button')}
              </button>
            )}
          </>
        ) : (
          <button
            type="button"
            class="primary"
            disabled={disabled}
            aria-describedby={why ? 'track-why' : undefined}
            onClick={() => {
              if (origin && !disabled) onTrack(origin, name.trim());
            }}
          >
            {t(lang, 'track.button')}
          </button>
        )}
      </div>
      {reason === undefined && (
        <label class="track-name">
          <span>{t(lang, 'track.name')}</span>
          <input
            type="text"
            value={name}
            maxLength={MAX_SITE_NAME}
            disabled={busy}
            aria-describedby="track-name-hint"
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </label>
      )}
      {reason === undefined && (
        <p id="track-name-hint" class="track-why">
          {t(lang, 'track.nameHint')}
        </p>
      )}
      {why && (
        <p id="track-why" class="track-why">
          {t(lang, why)}
        </p>
      )}
    </section>
  );
}
