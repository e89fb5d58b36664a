// Size limits extension pages need without the importer itself (which brings zod and idb along).

/** The largest history text one `ui:import` accepts, in UTF-8 bytes. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** The largest bill export read (a year of a busy Alipay account is a few MB). */
export const MAX_BILL_BYTES = 64 * 1024 * 1024;

/** Whether a picked file is over `maxBytes`: asked before reading it, so nothing is read or sent. */
export const fileTooLarge = (file: Pick<Blob, 'size'>, maxBytes: number): boolean => file.size > maxBytes;
