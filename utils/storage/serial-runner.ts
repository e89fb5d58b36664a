// Serialises background runs that read the database and then act on what they read: the rule
// engine (captures from several tabs can land at once, and two overlapping runs could each write
// alerts computed from a different snapshot) and the dashboard snapshot for the popup (an older read
// must never be written after a newer one). A request during a run schedules exactly one more run
// after it, which sees everything stored meanwhile.
export function createSerialRunner<T>(run: () => Promise<T>, after?: (result: T) => Promise<void> | void) {
  let running: Promise<void> | undefined;
  let again = false;
  const loop = async () => {
    do {
      again = false;
      const result = await run();
      await after?.(result);
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
