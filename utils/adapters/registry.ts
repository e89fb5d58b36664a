import { alipayHuabei } from './alipay-huabei';
import { jdBaitiao } from './jd-baitiao';
import type { Adapter } from './types';

/** Every built-in adapter, once. The manifest's host permissions (the pages read without asking) come from here. */
export const adapters: readonly Adapter[] = [jdBaitiao, alipayHuabei];

export function adapterMatches(registry: readonly Adapter[] = adapters): string[] {
  return [...new Set(registry.flatMap((a) => a.matches))];
}
