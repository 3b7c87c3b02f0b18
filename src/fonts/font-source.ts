/** The file a face was opened from, as it was then. */
export interface FontSource {
  file: string;
  faceIndex: number;
  size: number;
  mtimeMs: number;
}

/** The same face of the same file, as it was: what kept work made from a face is checked against. */
export const sameFontSource = (a: FontSource, b: FontSource) => a.file === b.file && a.faceIndex === b.faceIndex && a.size === b.size && a.mtimeMs === b.mtimeMs;
