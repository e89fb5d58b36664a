// Inside page.evaluate / worker.evaluate bodies the code runs in an extension page or the service
// worker, where the `chrome` global exists. Only what the tools call is declared.
type AnyReply = { ok: boolean } & Record<string, unknown> & { dashboard?: unknown };
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<AnyReply | undefined> };
  scripting: {
    executeScript(injection: {
      target: { tabId: number; frameIds?: number[] };
      files?: string[];
      func?: () => unknown;
    }): Promise<{ result?: unknown }[]>;
  };
  tabs: { query(query: { url?: string }): Promise<{ id?: number; url?: string }[]> };
  permissions: { getAll(): Promise<{ origins?: string[]; permissions?: string[] }> };
  notifications: { getAll(): Promise<Record<string, boolean>>; clear(id: string): Promise<boolean> };
  action: { getBadgeText(details: object): Promise<string> };
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
    session: { get(key: string): Promise<Record<string, unknown>> };
  };
  alarms: {
    get(name: string): Promise<{ name: string; scheduledTime: number; periodInMinutes?: number } | undefined>;
    create(name: string, info: { when?: number; periodInMinutes?: number }): Promise<void>;
  };
};
