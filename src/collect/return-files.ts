import { promises as fs } from 'node:fs';
import path from 'node:path';

/** Excel's lock file for an open workbook (~$name.xlsx) is not a return. */
const isReturnName = (name: string) => /\.xlsx$/i.test(name) && !name.startsWith('~$');

/** Return paths as given; a folder stands for the .xlsx files in it, by name. */
export async function returnFiles(args: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const arg of args) {
    const stat = await fs.stat(arg).catch(() => undefined);
    if (!stat?.isDirectory()) {
      files.push(arg);
      continue;
    }
    const names = (await fs.readdir(arg)).filter(isReturnName).sort();
    for (const name of names) files.push(path.join(arg, name));
  }
  return files;
}
