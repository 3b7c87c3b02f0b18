/** Font files are read and opened once per process, however many documents are rendered. */
import { TrueTypeFont } from './truetype';
import { openWoff } from './woff-cache';
import { perProcess } from '../startup/process-state';

const opened = perProcess(() => new Map<string, TrueTypeFont>());
const unusable = perProcess(() => new Map<string, string>());

export function loadFont(file: string, index = 0): TrueTypeFont {
  const key = `${file}#${index}`;
  let font = opened().get(key);
  if (!font) {
    font = /\.woff$/i.test(file) ? openWoff(file, index) : TrueTypeFont.open(file, index);
    opened().set(key, font);
  }
  return font;
}

/** The font, or why it cannot be used (a damaged or unreadable file); either answer is kept for the process. */
export function tryLoadFont(file: string, index = 0): TrueTypeFont | { unusable: string } {
  const key = `${file}#${index}`;
  const known = unusable().get(key);
  if (known !== undefined) return { unusable: known };
  try {
    return loadFont(file, index);
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    unusable().set(key, why);
    return { unusable: why };
  }
}
