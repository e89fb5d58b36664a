// The `assess` command: its JSON shape (cli.md) and its text form, on the real engine; and the
// script itself as a person runs it (exit codes, errors without amounts).
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHistory } from '../../../utils/model/history-schema';
import { assessHistory, assessmentText } from '../../../utils/rules/assessment';

const CUT = new URL('../../fixtures/histories/sample-cut.json', import.meta.url);
const HEALTHY = new URL('../../fixtures/histories/sample-healthy.json', import.meta.url);
const NOW = new Date('2026-11-23T00:00:00.000Z');
const load = (url: URL) => {
  const parsed = parseHistory(JSON.parse(readFileSync(url, 'utf8')));
  if (!parsed.ok) throw new Error(parsed.path);
  return parsed.file;
};

describe('assessment', () => {
  it('gives the cli.md shape: now, risk, alerts with words in the chosen language', () => {
    const a = assessHistory(load(CUT), NOW, 'zh', undefined, { timeZone: 'Asia/Shanghai' });
    expect(a.now).toBe(NOW.toISOString());
    expect(a.risk.level).toMatch(/high|critical/);
    expect(a.risk.drivers).toContain('limit-drop');
    for (const alert of a.alerts)
      expect(Object.keys(alert).filter((k) => k !== 'accountId')).toEqual([
        'rule',
        'severity',
        'at',
        'title',
        'detail',
        'evidence',
        'advice',
      ]);
    expect(a.alerts.find((x) => x.rule === 'limit-drop' && x.accountId === 'jd-baitiao')?.title).toBe('京东 白条 额度下降');
  });

  it('ignores what happened after --now', () => {
    const early = assessHistory(load(CUT), new Date('2026-07-01T00:00:00.000Z'), 'en');
    expect(early.alerts.filter((a) => a.severity !== 'info')).toEqual([]);
  });

  it('writes the text form with each piece of advice once', () => {
    const a = assessHistory(load(CUT), NOW, 'en', undefined, { timeZone: 'UTC' });
    const text = assessmentText(a, 'en', { timeZone: 'UTC' });
    expect(text).toMatch(/^Limit Sentinel · risk assessment \(as of Nov 23, 2026/);
    expect(text.match(/Pause new loan and card applications/g)).toHaveLength(1);
    expect(assessmentText(assessHistory(load(HEALTHY), NOW, 'zh'), 'zh')).toContain('风险等级：低');
  });
});

describe('npm run assess', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/assess.ts', ...args], { encoding: 'utf8' });

  it('prints JSON by default and text on request', () => {
    const json = JSON.parse(
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/assess.ts', CUT.pathname, '--now', NOW.toISOString()], {
        encoding: 'utf8',
      }),
    );
    expect(json).toMatchObject({ now: NOW.toISOString(), risk: { level: expect.any(String) } });
    const text = run(CUT.pathname, '--now', NOW.toISOString(), '--format', 'text', '--lang', 'en');
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('Risk level:');
  }, 30_000);

  it('refuses an invalid file with the first bad path and no amount, exit 2', () => {
    const file = JSON.parse(readFileSync(CUT, 'utf8'));
    file.observations[2].totalLimit = -31234;
    const path = join(tmpdir(), `assess-bad-${process.pid}.json`);
    writeFileSync(path, JSON.stringify(file));
    const r = run(path);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('observations[2].totalLimit');
    expect(r.stderr).not.toContain('31234');
    expect(run(CUT.pathname, '--now', 'yesterday').status).toBe(2);
    expect(run('/no/such/file.json').status).toBe(2);
  }, 30_000);
});
