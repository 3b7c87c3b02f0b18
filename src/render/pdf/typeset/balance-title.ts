/**
 * Title lines (§7.3.1): break only between words (Intl.Segmenter knows
 * Chinese words) and where 禁则 allow, into as few lines as fit, with line
 * lengths as even as possible (a trapezoid or diamond, never a long line over
 * a single character). A one-character word stays with the word before it
 * (办公|室, 总局|等, 2018|年: the dictionary splits them, a reader does not),
 * and the seams of a 公文 title — after 转发/印发, before 关于 — are
 * preferred when the balance allows.
 */
import { chineseWords } from '../../../compose/chinese-words';
import { cannotEndLine, cannotStartLine } from './kinsoku';


/** Where a title line may best end or start: 《…》转发 | 市场监管总局…, …办公室 | 关于…. */
const SEAM_AFTER = /(转发|印发|批转)$/;
const SEAM_BEFORE = /^关于/;
/** A seam is worth this share of the squared mean line width. */
const SEAM_BONUS = 0.3;


interface Word {
  text: string;
  width: number;
}

function words(text: string, width: (s: string) => number): Word[] {
  const out: Word[] = [];
  for (const segment of chineseWords(text)) {
    const prev = out[out.length - 1];
    const joins = prev && ([...segment].length === 1 || cannotStartLine([...segment][0]) || cannotEndLine([...prev.text].pop()!));
    if (joins) prev.text += segment;
    else out.push({ text: segment, width: 0 });
  }
  for (const w of out) w.width = width(w.text);
  return out;
}

/** Best split of `ws` into exactly `count` lines no wider than `max`; undefined if impossible. */
function split(ws: Word[], count: number, max: number): string[] | undefined {
  const n = ws.length;
  const prefix = [0];
  for (const w of ws) prefix.push(prefix[prefix.length - 1] + w.width);
  const mean = prefix[n] / count;
  const chars = (a: number, b: number) => [...ws.slice(a, b).map((w) => w.text).join('')].length;
  // cost[k][i]: best cost of setting the first i words on k lines; from[k][i]: where line k starts.
  const cost = Array.from({ length: count + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const from = Array.from({ length: count + 1 }, () => new Array<number>(n + 1).fill(-1));
  cost[0][0] = 0;
  for (let k = 1; k <= count; k++) {
    for (let i = 1; i <= n; i++) {
      for (let j = i - 1; j >= 0; j--) {
        const w = prefix[i] - prefix[j];
        if (w > max) break;
        if (cost[k - 1][j] === Infinity || chars(j, i) < 2) continue;
        const seam = i < n && (SEAM_AFTER.test(ws[i - 1].text) || SEAM_BEFORE.test(ws[i].text)) ? SEAM_BONUS * mean ** 2 : 0;
        const c = cost[k - 1][j] + (w - mean) ** 2 - seam;
        if (c < cost[k][i]) {
          cost[k][i] = c;
          from[k][i] = j;
        }
      }
    }
  }
  if (cost[count][n] === Infinity) return undefined;
  const lines: string[] = [];
  for (let k = count, i = n; k > 0; i = from[k][i], k--) lines.unshift(ws.slice(from[k][i], i).map((w) => w.text).join(''));
  return lines;
}

/** The title as lines; explicit line breaks in the text are kept. */
export function balanceTitle(title: string, width: (s: string) => number, max: number): string[] {
  return title.split('\n').flatMap((part) => {
    if (width(part) <= max) return [part];
    const ws = words(part, width);
    const total = ws.reduce((s, w) => s + w.width, 0);
    for (let count = Math.max(1, Math.ceil(total / max)); count <= ws.length; count++) {
      const lines = split(ws, count, max);
      if (lines) return lines;
    }
    return [part]; // a single word wider than the block: the line breaker will cut it
  });
}
