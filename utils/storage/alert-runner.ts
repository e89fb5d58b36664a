// Serialises engine runs in the background: captures from several tabs can land at once, and two
// overlapping runs could each write alerts computed from a different snapshot. A request during a
// run schedules exactly one more run after it (which sees everything stored meanwhile).
import type { AlertChanges } from '../rules/alert-states';

export function createAlertRunner(refresh: () => Promise<AlertChanges>, onChanges?: (c: AlertChanges) => Promise<void> | void) {
  let running: Promise<void> | undefined;
  let again = false;
  const loop = async () => {
    do {
      again = false;
      const changes = await refresh();
      await onChanges?.(changes);
    } while (again);
  };
  return function requestRun(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = loop().finally(() => (running = undefined));
    return running;
  };
}
