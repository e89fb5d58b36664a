// `assess` on a sealed history file (cli.md): the password from --password-file or
// LIMIT_SENTINEL_PASSWORD gives the same assessment as the plain file; without one, or with a wrong
// one, exit 2 with a message and nothing on stdout.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seal } from '../../../utils/history-seal';

const CUT = new URL('../../fixtures/histories/sample-cut.json', import.meta.url);
const NOW = '2026-11-23T00:00:00.000Z';
const PASSWORD = 'limit sentinel 密码';
const dir = mkdtempSync(join(tmpdir(), 'assess-sealed-'));
const sealedPath = join(dir, 'sealed.json');
writeFileSync(sealedPath, await seal(readFileSync(CUT, 'utf8'), PASSWORD));
const passwordPath = join(dir, 'password.txt');
writeFileSync(passwordPath, PASSWORD + '\n');
const wrongPath = join(dir, 'wrong.txt');
writeFileSync(wrongPath, 'not it\n');

const run = (args: string[], password?: string) => {
  const env = { ...process.env };
  delete env.LIMIT_SENTINEL_PASSWORD;
  if (password !== undefined) env.LIMIT_SENTINEL_PASSWORD = password;
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/assess.ts', ...args, '--now', NOW], { encoding: 'utf8', env });
};

// Each run starts tsx and derives a key (600,000 iterations): seconds on a busy 2-core machine.
describe('npm run assess on a sealed file', { timeout: 60_000 }, () => {
  const plain = run([CUT.pathname]);

  it('reads it with --password-file, as the plain file', () => {
    const r = run([sealedPath, '--password-file', passwordPath]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(plain.stdout));
  });

  it('reads it with LIMIT_SENTINEL_PASSWORD', () => {
    const r = run([sealedPath], PASSWORD);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(plain.stdout));
  });

  it('exits 2 with a message without a password', () => {
    const r = run([sealedPath]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('is sealed: give its password with --password-file <file> or LIMIT_SENTINEL_PASSWORD');
  });

  it('exits 2 with a message with a wrong password', () => {
    for (const r of [run([sealedPath, '--password-file', wrongPath]), run([sealedPath], 'not it')]) {
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('the password is wrong, or the sealed file was changed');
    }
  });

  it('exits 2 when the password file cannot be read', () => {
    const r = run([sealedPath, '--password-file', join(dir, 'missing.txt')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('cannot read the password file');
  });
});
