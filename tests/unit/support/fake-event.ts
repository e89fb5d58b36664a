// fakeBrowser leaves some events unimplemented (permissions.onAdded …); this is the same small
// in-memory event shape so main() can register on them in tests.
export function fakeEvent() {
  const listeners = new Set<(...args: unknown[]) => unknown>();
  return {
    addListener: (l: (...args: unknown[]) => unknown) => void listeners.add(l),
    removeListener: (l: (...args: unknown[]) => unknown) => void listeners.delete(l),
    hasListener: (l: (...args: unknown[]) => unknown) => listeners.has(l),
    hasListeners: () => listeners.size > 0,
    trigger: async (...args: unknown[]) => Promise.all([...listeners].map((l) => l(...args))),
  };
}
