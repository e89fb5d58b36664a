// When a screenshot was taken. Android names screenshots by the phone's local time (China time for the
// people this is for): Screenshot_20261203-101500.png, Screenshot_2026-12-03-10-15-00-123_<package>.jpg,
// IMG_20261203_101500.jpg; WeChat's exports carry an instant, mmexport<epoch ms>.jpg. Otherwise the
// file's own time. Never a time after `now`, never before 2000: such a name is not a date.

/** China Standard Time, UTC+8 all year (no daylight saving). */
const CHINA_OFFSET_MS = 8 * 3600_000;
const EARLIEST = Date.UTC(2000, 0, 1);

// Year, month, day, hour, minute, second, optional milliseconds, with or without separators.
const LOCAL = [
  /(?:^|[^\d])(20\d{2})(\d{2})(\d{2})[-_](\d{2})(\d{2})(\d{2})(?!\d)/,
  /(?:^|[^\d])(20\d{2})-(\d{2})-(\d{2})[-_ ](\d{2})[-.:](\d{2})[-.:](\d{2})(?:-(\d{3}))?(?!\d)/,
];
const EPOCH_MS = /^(?:mmexport|wx_camera_|microMsg\.)(\d{13})(?!\d)/i;

/** A phone-local wall-clock time in China as an instant, if the parts make a real date. */
function chinaTime(parts: string[]): number | undefined {
  const [y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0, ms = 0] = parts.map((p) => Number(p ?? 0));
  const t = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  const back = new Date(t);
  const real = back.getUTCMonth() === mo - 1 && back.getUTCDate() === d && back.getUTCHours() === h && back.getUTCMinutes() === mi;
  return real && s < 60 ? t - CHINA_OFFSET_MS : undefined;
}

/** The instant a file name states, if any. */
export function timeFromName(fileName: string): number | undefined {
  const base = fileName.replace(/^.*[\\/]/, '');
  const epoch = EPOCH_MS.exec(base);
  if (epoch) return Number(epoch[1]);
  for (const re of LOCAL) {
    const m = re.exec(base);
    if (m) return chinaTime(m.slice(1));
  }
  return undefined;
}

const usable = (t: number | undefined, now: Date): t is number =>
  t !== undefined && Number.isFinite(t) && t >= EARLIEST && t <= now.getTime();

/** When the picture was taken and where that came from; nothing when neither source is usable. */
export function takenTime(
  fileName: string | undefined,
  fileTime: number | undefined,
  now: Date,
): { takenAt: string; takenFrom: 'file-name' | 'file-time' } | undefined {
  const named = fileName ? timeFromName(fileName) : undefined;
  if (usable(named, now)) return { takenAt: new Date(named).toISOString(), takenFrom: 'file-name' };
  if (usable(fileTime, now)) return { takenAt: new Date(fileTime).toISOString(), takenFrom: 'file-time' };
  return undefined;
}

/** The Android package a screenshot's name ends with (…_com.eg.android.AlipayGphone.jpg). */
export function packageFromName(fileName: string): string | undefined {
  return /_((?:[A-Za-z][\w]*\.)+[A-Za-z][\w]*)\.(?:png|jpe?g|webp)$/i.exec(fileName.replace(/^.*[\\/]/, ''))?.[1];
}
