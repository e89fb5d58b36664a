// Made by the build (wxt.config.ts): pdf.js's Chinese character maps, base64, by name.
declare module 'virtual:pdf-cjk-cmaps' {
  export const CMAPS: Record<string, string>;
}
