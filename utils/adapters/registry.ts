import type { Adapter } from './types';

export const adapters: readonly Adapter[] = [];

export function adapterMatches(): string[] {
  return [...new Set(adapters.flatMap((a) => a.matches))];
}
