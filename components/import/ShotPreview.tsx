// The screenshots' preview: per picture, the picture with the boxes of the fields used drawn over it
// (positioned outlines, text-free), the time it was taken (China time, never in the future), the
// account, and each field editable or removable. Nothing is stored from here: the flow's confirm does.
import { useEffect, useState } from 'preact/hooks';
import { ti } from '../../utils/i18n/import';
import type { Account } from '../../utils/model/types';
import type { Box } from '../../utils/ocr/types';
import { useLang } from '../shared/lang-context';
import type { PreviewProps } from './reader';
import { chinaWallClock, entriesOf, type ShotDraft } from './shot-draft';
import { ShotAccount } from './ShotAccount';
import { ShotFields } from './ShotFields';

export interface ShotPreviewProps extends PreviewProps<ShotDraft> {
  accounts: readonly Account[];
  now: () => Date;
}

export function ShotPreview({ items, onChange, onDrop, accounts, now }: ShotPreviewProps) {
  return (
    <div class="shot-previews">
      {items.map((item, i) => (
        <ShotCard
          key={`${item.file.name}/${item.file.lastModified}/${i}`}
          file={item.file}
          draft={item.result}
          accounts={accounts}
          now={now}
          onChange={(d) => onChange(i, d)}
          onDrop={() => onDrop(i)}
        />
      ))}
    </div>
  );
}

/** The picture as an object URL for as long as it is shown: revoked after, never stored or sent. */
function usePictureUrl(file: Blob): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    const made = URL.createObjectURL(file);
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [file]);
  return url;
}

const pct = (n: number, of: number) => `${((n / of) * 100).toFixed(3)}%`;

function Outline({ box, width, height, label }: { box: Box; width: number; height: number; label: string }) {
  const [x0, y0, x1, y1] = box;
  return (
    <span
      class="shot-box"
      title={label}
      style={{ left: pct(x0, width), top: pct(y0, height), width: pct(x1 - x0, width), height: pct(y1 - y0, height) }}
    />
  );
}

interface CardProps {
  file: File;
  draft: ShotDraft;
  accounts: readonly Account[];
  now: () => Date;
  onChange(draft: ShotDraft): void;
  onDrop(): void;
}

function ShotCard({ file, draft, accounts, now, onChange, onDrop }: CardProps) {
  const lang = useLang();
  const url = usePictureUrl(file);
  const checked = entriesOf(draft, now().getTime(), accounts);
  const problem = checked.ok ? (checked.entries.length === 0 ? 'empty' : undefined) : checked.problem;
  const used = draft.entries.flatMap((e) => e.fields.filter((f) => !f.removed));
  const id = (s: string) => `shot-${file.name.replace(/[^\w-]/g, '_')}-${s}`;
  return (
    <article class="shot-preview" aria-label={file.name}>
      <figure class="shot-figure">
        <div class="shot-canvas" style={{ aspectRatio: `${draft.width} / ${draft.height}` }}>
          {url && <img src={url} alt={ti(lang, 'import.shot.picture', { file: file.name })} />}
          {used.flatMap((f) =>
            f.boxes.map((b, k) => (
              <Outline
                key={`${f.field}-${k}`}
                box={b}
                width={draft.width}
                height={draft.height}
                label={ti(lang, `import.shot.field.${f.field}`)}
              />
            )),
          )}
        </div>
        <figcaption class="muted">{file.name}</figcaption>
      </figure>
      <div class="shot-form">
        <label class="field" for={id('at')}>
          <span>{ti(lang, 'import.shot.takenAt')}</span>
          <input
            id={id('at')}
            type="datetime-local"
            step={1}
            value={draft.at}
            max={chinaWallClock(now().getTime())}
            aria-invalid={problem === 'future' || problem === 'time'}
            onInput={(e) => onChange({ ...draft, at: e.currentTarget.value })}
          />
          <span class="muted">{ti(lang, `import.shot.takenFrom.${draft.takenFrom}`)}</span>
        </label>
        {problem === 'future' && (
          <p class="shot-problem" role="alert">
            {ti(lang, 'import.shot.future')}
          </p>
        )}
        {draft.entries.map((entry, k) => (
          <div class="shot-entry" key={k}>
            <ShotAccount
              id={id(`account-${k}`)}
              entry={entry}
              accounts={accounts}
              onChange={(e) => onChange({ ...draft, entries: draft.entries.map((x, j) => (j === k ? e : x)) })}
            />
            <ShotFields
              id={id(`fields-${k}`)}
              fields={entry.fields}
              onChange={(fields) => onChange({ ...draft, entries: draft.entries.map((x, j) => (j === k ? { ...x, fields } : x)) })}
            />
          </div>
        ))}
        {problem && problem !== 'future' && (
          <p class="shot-problem" role="alert">
            {ti(
              lang,
              problem === 'account' ? 'import.shot.needAccount' : problem === 'empty' ? 'import.shot.noFields' : 'import.shot.badValue',
            )}
          </p>
        )}
        <button type="button" class="link shot-skip" onClick={onDrop}>
          {ti(lang, 'import.shot.skip')}
        </button>
      </div>
    </article>
  );
}
