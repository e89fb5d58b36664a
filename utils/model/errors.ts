// Why the background refused or failed a request: stable codes the UI turns into words in the
// person's language (utils/i18n failureText). A model concept: storage, imports and messages share it.
/** Stable error codes; the UI turns them into words in the person's language. */
export type ErrorCode =
  | 'forbidden'
  | 'bad-message'
  | 'invalid-file'
  | 'newer-version'
  | 'too-large'
  | 'quota'
  | 'db-unavailable'
  | 'db-blocked'
  | 'invalid-entry'
  | 'internal';

export interface Failure {
  ok: false;
  code: ErrorCode;
  /** Path of the first bad field (imports, manual entry), e.g. `observations[12].totalLimit`. */
  path?: string;
  /** What was expected there, without quoting the value. */
  expected?: string;
}
