// The scenario corpus (tests/fixtures/histories, written by scripts/fixtures/histories.ts) as
// evaluation cases: healthy lives at their quiet moments, cut lives 7 days before each cut.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHistory } from '../../utils/model/history-schema';
import type { CorpusScenario } from './measure';

interface Expected {
  healthy: boolean;
  now: string;
  quietAt?: string[];
  before: { accountId: string; cutAt: string }[];
}

export function loadCorpus(dir: string): CorpusScenario[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { scenarios: Record<string, Expected> };
  const out: CorpusScenario[] = [];
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'expected.json')
    .sort()) {
    const e = manifest.scenarios[name];
    if (!e) continue;
    const parsed = parseHistory(JSON.parse(readFileSync(join(dir, name), 'utf8')));
    if (!parsed.ok) throw new Error(`${name}: not a valid history (${parsed.path})`);
    out.push({
      name,
      history: parsed.file,
      healthy: e.healthy,
      quietAt: e.healthy ? [...(e.quietAt ?? []), e.now].map(Date.parse) : [],
      cuts: e.before.map((b) => ({ accountId: b.accountId, at: Date.parse(b.cutAt) })),
    });
  }
  return out;
}
