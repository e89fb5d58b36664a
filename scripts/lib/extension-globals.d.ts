// Inside page.evaluate / worker.evaluate bodies the code runs in an extension page or the service
// worker, where the `chrome` global exists. Only what the tools call is declared.
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<any> };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
  permissions: { getAll(): Promise<{ origins?: string[]; permissions?: string[] }> };
};
