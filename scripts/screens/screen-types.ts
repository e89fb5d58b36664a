// The shape of one screen of the test set: what it shows, at which size, and its truth.
import type { Block } from './blocks';

export type Size = 'fhd' | 'ip8' | 'ip12' | 'xr';
export const SIZES: Record<Size, { width: number; height: number; dpr: number }> = {
  fhd: { width: 360, height: 780, dpr: 3 }, // 1080×2340 (most Android phones)
  ip8: { width: 375, height: 667, dpr: 2 }, // 750×1334
  ip12: { width: 390, height: 844, dpr: 3 }, // 1170×2532
  xr: { width: 414, height: 896, dpr: 2 }, // 828×1792
};

export interface TruthObservation {
  lender?: string;
  product?: string;
  accountId?: string;
  kind?: string;
  totalLimit?: number;
  availableLimit?: number;
  usedAmount?: number;
  dailyRate?: number;
  apr?: number;
  status: string;
  increaseAvailable?: boolean;
}

export interface Truth {
  observations: TruthObservation[];
  notAccount?: 'no-text' | 'no-figures' | 'advert' | 'chat';
  takenAt?: string;
  takenFrom?: 'file-name';
  /** Figures on the screen that must never be read as the person's (ads, ceilings, bills, phone numbers). */
  ads: number[];
}

export interface Screen {
  file: string;
  imitates: string;
  accent: string;
  dark?: boolean;
  size: Size;
  half?: boolean;
  quality?: number;
  time?: string;
  battery?: string;
  net?: string;
  blocks: Block[];
  truth: Truth;
}
