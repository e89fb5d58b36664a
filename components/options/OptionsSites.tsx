import { useEffect, useState } from 'preact/hooks';
import { to } from '../../utils/i18n/options';
import { suggestedSiteName } from '../../utils/lender-hosts';
import { MAX_SITE_NAME } from '../../utils/site-names';
import type { Send } from '../../utils/ui/api';
import { ErrorBanner } from '../shared/ErrorBanner';
import type { Failure } from '../../utils/messaging/protocol';
import { useLang } from '../shared/lang-context';

export interface OptionsSitesProps {
  send: Send;
}

/**
 * The sites the person tracks, each with the name its accounts carry as their lender: changeable
 * here (an empty name goes back to the host's lender, or the host). Saved through the background,
 * which renames the site's stored accounts at once.
 */
export function OptionsSites({ send }: OptionsSitesProps) {
  const lang = useLang();
  const [sites, setSites] = useState<{ origin: string; name: string }[]>();
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [note, setNote] = useState<string>();
  const [failure, setFailure] = useState<Failure>();
  const [busy, setBusy] = useState<string>();

  useEffect(() => {
    void send({ type: 'ui:tracked-sites' }).then((reply) => {
      if (!reply.ok) return setFailure(reply);
      const list = [...reply.origins].sort().map((origin) => ({ origin, name: reply.names?.[origin] ?? '' }));
      setSites(list);
      setDrafts(Object.fromEntries(list.map((s) => [s.origin, s.name])));
    });
  }, [send]);

  const save = async (origin: string) => {
    setBusy(origin);
    setNote(undefined);
    const name = drafts[origin] ?? '';
    const reply = await send({ type: 'ui:site-name', origin, name });
    setBusy(undefined);
    if (!reply.ok) return setFailure(reply);
    setSites((list) => list?.map((s) => (s.origin === origin ? { ...s, name: name.trim() } : s)));
    setNote(to(lang, 'options.sites.saved', { count: String(reply.renamed) }));
  };

  return (
    <section class="options-section" aria-labelledby="opt-sites-title">
      <h2 id="opt-sites-title" class="section-title">
        {to(lang, 'options.sites.title')}
      </h2>
      <p class="muted">{to(lang, 'options.sites.intro')}</p>
      <ErrorBanner failure={failure} onDismiss={() => setFailure(undefined)} />
      {sites?.length === 0 && <p class="muted">{to(lang, 'options.sites.none')}</p>}
      <ul class="sites-list">
        {sites?.map(({ origin, name }) => {
          const draft = drafts[origin] ?? '';
          const id = `site-name-${origin.replace(/[^a-z0-9]/gi, '-')}`;
          return (
            <li key={origin} class="site-row">
              <label for={id} class="site-origin">
                {new URL(origin).host}
              </label>
              <input
                id={id}
                type="text"
                value={draft}
                maxLength={MAX_SITE_NAME}
                placeholder={suggestedSiteName(origin)}
                onInput={(e) => {
                  const value = e.currentTarget.value;
                  setDrafts((d) => ({ ...d, [origin]: value }));
                }}
              />
              <button type="button" class="small" disabled={busy !== undefined || draft.trim() === name} onClick={() => void save(origin)}>
                {to(lang, 'options.save')}
              </button>
            </li>
          );
        })}
      </ul>
      {note && (
        <p class="ok" role="status">
          {note}
        </p>
      )}
    </section>
  );
}
