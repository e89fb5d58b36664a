// Size limits extension pages need without the importer itself (which brings zod and idb along).

/** The largest history text one `ui:import` accepts, in UTF-8 bytes. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
