// Every entry of the reader's lexicon (utils/lexicon/), each read the way pages print it: a label in
// its own cell, inline after a colon, glued to its digits and behind a product's name; every advert
// and currency cue refusing; every status phrase, product and title cue doing what its list says.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { amountOf } from '../../../utils/adapters/label-reader';
import { extractGeneric } from '../../../utils/extract/generic';
import { labelField, productKind } from '../../../utils/extract/labels';
import { parseAmount } from '../../../utils/extract/numbers';
import { parseRate } from '../../../utils/extract/rates';
import { classifyStatus, detectIncrease, detectStatus } from '../../../utils/extract/status';
import {
  AD_CLASS_WORDS,
  AD_WORDS,
  APPLY_CUES,
  CEILING_LABELS,
  FINE_PRINT,
  FOREIGN_CUES,
  NOT_ACCOUNT_TITLES,
  SUSPECT_CLASS_WORDS,
  YUAN_MARKS,
} from '../../../utils/lexicon/cues';
import { LABELS } from '../../../utils/lexicon/labels';
import { PRODUCTS } from '../../../utils/lexicon/products';
import { INCREASE_CLOSED, INCREASE_ENTRY, NORMAL_PHRASES, STATUS_PHRASES } from '../../../utils/lexicon/status';
import { guessField } from '../../../utils/picker/words';

const doc = (body: string, title = '账户') =>
  parseHTML(`<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`).document as unknown as Document;
const read = (body: string, title?: string) => extractGeneric(doc(body, title), new URL('https://ebank.example.cn/a')).observations;
const one = (body: string, title?: string) => read(body, title)[0];

const AMOUNTS = ['totalLimit', 'availableLimit', 'usedAmount'] as const;
const amountLabels = AMOUNTS.flatMap((field) => LABELS[field].map((label) => [label, field] as const));
const chinese = (l: string) => /[\u3400-\u9fff]/.test(l);
const ceiling = (l: string) => CEILING_LABELS.includes(l);

describe('every amount label', () => {
  it.each(amountLabels)('%s names %s in a cell, after a colon, glued and behind a product', (label, field) => {
    expect(labelField(label)?.field).toBe(field);
    expect(one(`<div><span>${label}</span><span>12,345.00</span></div>`)?.[field]).toBe(12345);
    expect(one(`<p>${label}：12,345.00</p>`)?.[field]).toBe(12345);
    // An advert says "最高可借200,000": a ceiling glued to digits is never read (generic.ts).
    if (chinese(label) && !ceiling(label)) expect(one(`<p>${label}12,345.00元</p>`)?.[field]).toBe(12345);
    if (chinese(label)) expect(labelField(`花呗${label}(元)`)).toMatchObject({ field, product: '花呗' });
    expect(guessField(label, '12,345.00')).toBe(field);
  });
});

describe('every rate label', () => {
  it.each(LABELS.dailyRate)('%s names the daily rate', (label) => {
    expect(labelField(label)?.field).toBe('dailyRate');
    expect(one(`<div><span>${label}</span><span>0.05%</span></div>`)?.dailyRate).toBe(0.0005);
    expect(one(`<p>${label}：0.05%</p>`)?.dailyRate).toBe(0.0005);
    if (chinese(label)) expect(one(`<p>${label}0.05%</p>`)?.dailyRate).toBe(0.0005);
    if (chinese(label)) expect(labelField(`借呗${label}`)).toMatchObject({ field: 'dailyRate', product: '借呗' });
    expect(guessField(label, '0.05%')).toBe('rate');
  });
  it.each(LABELS.apr)('%s names the APR', (label) => {
    expect(labelField(label)?.field).toBe('apr');
    expect(one(`<div><span>${label}</span><span>12.5%</span></div>`)?.apr).toBe(0.125);
    expect(one(`<p>${label}：12.5%</p>`)?.apr).toBe(0.125);
    if (chinese(label)) expect(labelField(`借呗${label}`)).toMatchObject({ field: 'apr', product: '借呗' });
  });
});

describe('status and product labels', () => {
  it.each(LABELS.status)('%s heads a status', (label) => {
    expect(one(`<div><span>可用额度</span><span>5,000</span></div><div><span>${label}</span><span>冻结</span></div>`)?.status).toBe(
      'frozen',
    );
  });
  it.each(LABELS.product)('%s names the card or product', (label) => {
    expect(
      one(`<div><span>${label}</span><span>6225 88** **** 1234</span></div><div><span>可用额度</span><span>5,000</span></div>`)?.product,
    ).toBe('尾号1234');
  });
});

describe('every product', () => {
  it.each(PRODUCTS)('%s in front of a label names it, and its kind %s', (name, kind) => {
    expect(labelField(`${name}可用额度(元)`)).toMatchObject({ field: 'availableLimit', product: name });
    expect(labelField(`${name}（可借额度）`)).toMatchObject({ field: 'availableLimit', product: name });
    expect(labelField(`${name} 总额度`)).toMatchObject({ field: 'totalLimit', product: name });
    expect(productKind(name)).toBe(kind);
  });
  it('gives one account per product on a page of several', () => {
    const [a, b] = PRODUCTS.slice(0, 2).map(([n]) => n);
    expect(read(`<p><span>${a}可用额度</span><span>1,000</span></p><p><span>${b}可用额度</span><span>2,000</span></p>`)).toMatchObject([
      { product: a, availableLimit: 1000 },
      { product: b, availableLimit: 2000 },
    ]);
  });
});

describe('every advert cue refuses', () => {
  it.each(AD_WORDS)('%s beside an amount or a rate', (word) => {
    expect(one(`<div><span>可用额度</span><span>${word}50,000元</span></div>`)?.availableLimit).toBeUndefined();
    expect(one(`<p>可用额度：${word}50,000元</p>`)?.availableLimit).toBeUndefined();
    expect(parseRate(`日利率${word}0.02%`)).toBeUndefined();
    expect(parseRate(`${word}0.02%`, 'daily')).toBeUndefined();
    expect(amountOf(`${word}50,000`)).toBeUndefined();
  });
  it.each(APPLY_CUES)('%s makes a product card of ceilings and rates', (cue) => {
    const card = `<div class="item"><h3>某某贷</h3><div><span>最高可借额度(元)</span><span>200,000</span></div><div><span>日利率</span><span>0.02%</span></div><a href="/go">${cue}</a></div>`;
    expect(read(card)).toEqual([]);
  });
});

describe('every foreign-currency cue refuses', () => {
  it.each(FOREIGN_CUES)('%s', (cue) => {
    expect(one(`<div><span>信用额度</span><span>${cue} 1,000.00</span></div>`)?.totalLimit).toBeUndefined();
    expect(labelField(`可用额度(${cue})`)).toBeUndefined();
    // The yuan figure before it is read (`￥7,543.21, $1,200.00`).
    expect(one(`<div><span>信用额度</span><span>¥8,000.00, ${cue} 1,000.00</span></div>`)?.totalLimit).toBe(8000);
  });
});

describe('every yuan mark', () => {
  it.each(YUAN_MARKS.filter((m) => m !== '¥'))('%s after the amount, with or without a slash', (mark) => {
    expect(parseAmount(`12,000.00 ${mark}`)).toBe(12000);
    expect(parseAmount(`12,000.00/${mark}`)).toBe(12000);
  });
  it.each(['¥', '人民币', 'RMB', 'CNY'])('%s before it', (mark) => {
    expect(parseAmount(`${mark} 12,000.00`)).toBe(12000);
    expect(parseAmount(`${mark}1.2万`)).toBe(12000);
  });
});

describe('every status phrase', () => {
  const phrases = (['closed', 'frozen', 'limited'] as const).flatMap((s) =>
    STATUS_PHRASES[s].map((p) => [p.replace('#', '3'), s] as const),
  );
  it.each(phrases)('%s states %s', (phrase, status) => {
    expect(classifyStatus(phrase)?.status).toBe(status);
    expect(classifyStatus(`您的账户${phrase}`)?.status).toBe(status);
  });
  it.each(NORMAL_PHRASES)('%s states normal', (phrase) => expect(classifyStatus(phrase)?.status).toBe('normal'));
  it.each(INCREASE_ENTRY)('%s offers a 提额', (phrase) => expect(detectIncrease(doc(`<a href="/raise">${phrase}</a>`))).toBe(true));
  it.each(INCREASE_CLOSED)('%s closes it', (phrase) => expect(detectIncrease(doc(`<p>${phrase}</p>`))).toBe(false));
});

describe('where a text sits and what its page is', () => {
  it.each(FINE_PRINT)('fine print opening %s gives the account no rate', (cue) => {
    const o = one(`<div><span>信用额度</span><span>20,000</span></div><div><p>${cue}</p><p>日利率：0.05%，按日计息</p></div>`);
    expect(o).toMatchObject({ totalLimit: 20000 });
    expect(o?.dailyRate).toBeUndefined();
  });
  it.each(NOT_ACCOUNT_TITLES)('a page titled with %s records nothing', (word) => {
    expect(read('<p><span>可用额度</span><span>5,000</span></p>', `晒额度 ${word}`)).toEqual([]);
  });
  it.each(SUSPECT_CLASS_WORDS)('a box of class %s is read when it states a status', (word) => {
    expect(detectStatus(doc(`<div class="x-${word}"><span>额度已冻结</span></div>`))?.status).toBe('frozen');
  });
  it.each(AD_CLASS_WORDS)('a box of class %s is never read', (word) => {
    expect(detectStatus(doc(`<div class="x-${word}"><span>额度已冻结</span></div>`))).toBeUndefined();
  });
});
