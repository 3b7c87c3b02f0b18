/** Record signatures and sizes of the zip format (PKWARE APPNOTE 4.3), and its dates. */
export const LOCAL = 0x04034b50;
export const CENTRAL = 0x02014b50;
export const END = 0x06054b50;
export const LOCAL_SIZE = 30;
export const CENTRAL_SIZE = 46;
export const END_SIZE = 22;

/** DOS date (bits: year − 1980, month, day) of an ISO day; its DOS time is 00:00:00 = 0. */
export function dosDate(isoDay: string): number {
  const [y, m, d] = isoDay.split('-').map(Number);
  return ((y - 1980) << 9) | (m << 5) | d;
}
