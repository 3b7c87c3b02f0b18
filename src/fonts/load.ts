/** Font files are read and opened once per process, however many documents are rendered. */
import { TrueTypeFont } from './truetype';

const opened = new Map<string, TrueTypeFont>();

export function loadFont(file: string, index = 0): TrueTypeFont {
  const key = `${file}#${index}`;
  let font = opened.get(key);
  if (!font) {
    font = TrueTypeFont.open(file, index);
    opened.set(key, font);
  }
  return font;
}
