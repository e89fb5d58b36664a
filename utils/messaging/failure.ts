import type { Failure } from '../model/errors';

/** A refusal or failure reply; `path` and `expected` name the first bad field, never its value. */
export const fail = (code: Failure['code'], extra: Partial<Failure> = {}): Failure => ({ ok: false, code, ...extra });
