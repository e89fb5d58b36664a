// One delivery run: read the stored state, plan, show, remember, set the wake-up alarm. Everything
// it touches comes in as a parameter; the background passes the real browser APIs and storage.
// Runs are serialised by the caller (the alert runner), so two runs never plan from the same state.
import type { Lang } from '../i18n/lang';
import type { AlertRecord } from '../model/alert-record';
import type { DeliverySettings } from './delivery-settings';
import { planDelivery } from './plan';
import { checkDeliveryState, type DeliveryState } from './state';
import type { Notice, NoticeNames } from './texts';

export interface DeliverDeps {
  now: Date;
  alerts: readonly AlertRecord[];
  settings: DeliverySettings;
  lang: Lang;
  /** The names each account's alerts may hold (texts.ts accountNames). */
  names?: NoticeNames;
  loadState(): Promise<unknown>;
  saveState(state: DeliveryState): Promise<void>;
  show(notice: Notice): Promise<void>;
  wakeAt(when: number): Promise<void>;
}

export async function deliver(deps: DeliverDeps): Promise<Notice[]> {
  const before = checkDeliveryState(await deps.loadState());
  const plan = planDelivery({
    alerts: deps.alerts,
    settings: deps.settings,
    state: before,
    now: deps.now,
    lang: deps.lang,
    names: deps.names,
  });
  // Shown before being recorded: a worker stopped in between can at worst show one again, and
  // under the same id, which replaces it on screen rather than adding a second one.
  for (const notice of plan.notices) await deps.show(notice);
  if (JSON.stringify(plan.state) !== JSON.stringify(before)) await deps.saveState(plan.state);
  await deps.wakeAt(plan.wakeAt);
  return plan.notices;
}
