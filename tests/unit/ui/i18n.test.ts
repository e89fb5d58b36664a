import { describe, expect, it } from 'vitest';
import { en } from '../../../utils/i18n/en';
import { failureText, pickLang, t } from '../../../utils/i18n';
import { zh } from '../../../utils/i18n/zh';
import type { ErrorCode } from '../../../utils/messaging/protocol';
import { ACCOUNT_KINDS, STATUSES } from '../../../utils/model/types';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('zh and en have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('every translation uses the same placeholders as the Chinese source', () => {
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(zh[key]));
    }
  });

  it('no string is empty', () => {
    for (const value of [...Object.values(zh), ...Object.values(en)]) expect(value.trim()).not.toBe('');
  });

  it('names every status and account kind', () => {
    expect(STATUSES.map((s) => t('zh', `status.${s}`))).toEqual(['正常', '受限', '冻结', '已关闭', '未知']);
    expect(ACCOUNT_KINDS.map((k) => t('zh', `kind.${k}`))).toEqual(['信用贷', '先享后付', '信用卡', '分期贷款', '其他']);
    expect(t('en', 'status.frozen')).toBe('Frozen');
  });
});

describe('t', () => {
  it('interpolates {name} placeholders', () => {
    expect(t('zh', 'time.days', { n: 3 })).toBe('3 天前');
    expect(t('en', 'time.days', { n: 3 })).toBe('3 days ago');
    expect(t('en', 'data.imported', { accounts: 1, observations: 2, events: 0 })).toBe(
      'Imported: 1 new accounts, 2 observations, 0 events.',
    );
  });

  it('leaves an unknown placeholder visible and returns plain strings untouched', () => {
    expect(t('zh', 'time.days', {})).toBe('{n} 天前');
    expect(t('zh', 'app.name')).toBe('额度哨兵');
  });

  it('does not treat replacement values as patterns', () => {
    expect(t('en', 'card.pageSaid', { text: '$& {n} $1' })).toBe('Page said: $& {n} $1');
  });
});

describe('pickLang', () => {
  it('is Chinese by default and English for en-* browsers', () => {
    expect(pickLang(undefined)).toBe('zh');
    expect(pickLang('zh-CN')).toBe('zh');
    expect(pickLang('zh-TW')).toBe('zh');
    expect(pickLang('fr-FR')).toBe('zh');
    expect(pickLang('en')).toBe('en');
    expect(pickLang('en-US')).toBe('en');
    expect(pickLang('EN-gb')).toBe('en');
  });

  it('lets the setting win over the browser', () => {
    expect(pickLang('en-US', 'zh')).toBe('zh');
    expect(pickLang('zh-CN', 'en')).toBe('en');
    expect(pickLang('en-US', 'auto')).toBe('en');
  });
});

describe('failureText', () => {
  const codes: ErrorCode[] = [
    'forbidden',
    'bad-message',
    'invalid-file',
    'newer-version',
    'too-large',
    'quota',
    'db-unavailable',
    'db-blocked',
    'invalid-entry',
    'internal',
  ];

  it('has words for every error code in both languages', () => {
    for (const code of codes) {
      expect(failureText('zh', { code })).not.toMatch(/[{}]|error\./);
      expect(failureText('en', { code })).not.toMatch(/[{}]|error\./);
    }
  });

  it('names the first bad field of an import and says nothing was imported', () => {
    const f = { code: 'invalid-file' as const, path: 'observations[12].totalLimit', expected: '非负数' };
    expect(failureText('zh', f)).toBe('第一个错误字段：observations[12].totalLimit（应为非负数），没有导入任何内容。');
    expect(failureText('en', { code: 'invalid-file', path: 'accounts[0].id' })).toBe(
      'First bad field: accounts[0].id. Nothing was imported.',
    );
  });

  it('says what quota and storage failures mean', () => {
    expect(failureText('zh', { code: 'quota' })).toContain('没有保存任何内容');
    expect(failureText('en', { code: 'db-unavailable' })).toContain('private mode');
  });

  it('falls back to the internal message for a code it does not know', () => {
    expect(failureText('en', { code: 'toString' as ErrorCode })).toBe(t('en', 'error.internal'));
  });
});
