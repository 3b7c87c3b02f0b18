/**
 * Every file a campaign names (seal, pictures in the text, image and PDF annexes) is opened and
 * fully read at `check` time, so that `build` never meets an asset it did not
 * report: a regular file, really inside the campaign's folder (symlinks
 * resolved), within the size and pixel caps, and decodable.
 */
import { constants, promises as fs } from 'node:fs';
import path from 'node:path';
import { MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, MAX_PDF_BYTES } from '../campaign/limits';
import type { LoadedFile } from '../campaign/load';
import type { Problem } from '../campaign/problem';
import type { DataPath } from '../campaign/source-map';
import type { BodyNode, Campaign, NoticeSpec } from '../campaign/types';
import { annexLabels } from '../compose/annex-labels';
import { normalizeText } from '../compose/normalize-text';
import { MAIN } from '../style/gbt9704';
import { isImage, isTable } from '../compose/body';
import { isFault, type AssetFault } from './fault';
import { hasTransparency, readImageHeader, verifyImage } from './image-file';

export interface AssetUse {
  /** Where the path is written. */
  at: DataPath;
  file: string;
  kind: 'image' | 'pdf';
  /** A seal pressed on the signature (what it covers must show through): an issuer's, round or oval, or an order's 签名章. */
  seal?: 'issuer' | 'signer';
  /** 附件2 and the annex title, for an annex. */
  annex?: { label: string; title: string };
}

/** An attached PDF that checked out: how many pages it adds. */
export interface AttachedPdf {
  file: string;
  line: number;
  column: number;
  label: string;
  title: string;
  path: string;
  pages: number;
}

/** Every asset a campaign names, forwarded notices' annexes included. */
export function assetUses(c: Campaign): AssetUse[] {
  const uses: AssetUse[] = [];
  const pictures = (nodes: BodyNode[] | undefined, base: DataPath) =>
    (nodes ?? []).forEach((n, i) => {
      if (typeof n === 'string' || isTable(n)) return;
      if (isImage(n)) uses.push({ at: [...base, i, 'image', 'path'], file: n.image.path, kind: 'image' });
      else pictures(n.body, [...base, i, 'body']);
    });
  const visit = (spec: NoticeSpec, base: DataPath) => {
    if (spec.signature?.seal) uses.push({ at: [...base, 'signature', 'seal'], file: spec.signature.seal, kind: 'image', seal: 'issuer' });
    spec.signature?.seals?.forEach((file, i) => uses.push({ at: [...base, 'signature', 'seals', i], file, kind: 'image', seal: 'issuer' }));
    spec.signature?.signers?.forEach((s, i) => s.seal && uses.push({ at: [...base, 'signature', 'signers', i, 'seal'], file: s.seal, kind: 'image', seal: 'signer' }));
    pictures(spec.body, [...base, 'body']);
    const labels = annexLabels(spec.annexes ?? []);
    (spec.annexes ?? []).forEach((a, i) => {
      const annex = { label: labels.get(a.id)!, title: normalizeText(a.title) };
      if (a.kind === 'image' || a.kind === 'pdf') uses.push({ at: [...base, 'annexes', i, 'path'], file: a.path, kind: a.kind, annex });
      if (a.kind === 'document') pictures(a.body, [...base, 'annexes', i, 'body']);
      if (a.kind === 'notice') visit(a, [...base, 'annexes', i]);
    });
  };
  visit(c, []);
  return uses;
}

export async function checkAssets(c: Campaign, loaded: LoadedFile): Promise<{ problems: Problem[]; pdfs: AttachedPdf[] }> {
  const baseDir = path.dirname(path.resolve(loaded.file));
  const problems: Problem[] = [];
  const pdfs: AttachedPdf[] = [];
  for (const use of assetUses(c)) {
    const pos = loaded.sourceMap.valueAt(use.at);
    const result = await checkAsset(baseDir, use);
    if ('problem' in result) {
      problems.push({ file: loaded.file, ...pos, severity: 'error', ...result.problem });
    } else if (result.warnings.length) {
      problems.push(...result.warnings.map((w) => ({ file: loaded.file, ...pos, severity: 'warning' as const, ...w })));
    } else if (use.kind === 'pdf' && use.annex) {
      pdfs.push({ file: loaded.file, ...pos, ...use.annex, path: use.file, pages: result.pages });
    }
  }
  return { problems, pdfs };
}

type Finding = Pick<Problem, 'code' | 'message' | 'english' | 'hint'>;

/** Our PDF multiplies the seal's ink over the text, but Word, WPS and LibreOffice lay its white ground over the name and date. */
const opaqueSeal = (named: string): Finding => ({
  code: 'seal-opaque',
  message: `印章图片“${named}”没有透明背景：在 Word、WPS 中印章的底色会遮住落款和日期`,
  english: 'the seal picture has no transparent background; in Word and WPS it hides the signature and date',
  hint: '请换成背景透明的 PNG 印章图片（在图片软件中把白色背景设为透明后导出为 PNG）',
});

/** A seal is round or oval: a picture more than twice as wide as high (or high as wide) is a signature strip or the wrong file. */
const SEAL_MAX_ASPECT = 2;

/** A seal keeps its proportions, its larger side 42 mm (src/arrange/signature.ts): a strip would print as a thin band. */
function sealShape(named: string, bytes: Buffer): Finding | undefined {
  const header = readImageHeader(bytes);
  if (isFault(header)) return undefined;
  const { width, height } = header;
  const ratio = Math.max(width, height) / Math.min(width, height);
  if (ratio <= SEAL_MAX_ASPECT) return undefined;
  const shortMm = (MAIN.sealDiameterMm / ratio).toFixed(1);
  return {
    code: 'seal-shape',
    message: `印章图片“${named}”为 ${width}×${height} 像素，长边是短边的 ${ratio.toFixed(1)} 倍，不像圆形或椭圆形印章：按比例印出时长边 ${MAIN.sealDiameterMm} 毫米，短边只有 ${shortMm} 毫米`,
    english: `the seal picture is ${width}x${height} pixels, ${ratio.toFixed(1)} times as long as it is wide; a seal is round or oval, so it would print ${MAIN.sealDiameterMm} by ${shortMm} mm`,
    hint: '确认引用的是印章图片（不是签名条或其他图片），并把图片裁切到印章的外缘（圆形印章裁成正方形）后再引用',
  };
}

const COPY_HINT = '把文件复制到活动文件旁的 assets/ 中，写相对路径，如 assets/seal.png';

async function checkAsset(baseDir: string, use: AssetUse): Promise<{ pages: number; warnings: Finding[] } | { problem: Finding }> {
  const named = use.file;
  const resolved = path.resolve(baseDir, named);
  if (path.isAbsolute(named) || !isInside(baseDir, resolved)) {
    return { problem: { code: 'path-escapes', message: `路径“${named}”不在活动文件所在的文件夹内`, english: 'path escapes the campaign folder', hint: COPY_HINT } };
  }
  let real: string;
  try {
    real = await fs.realpath(resolved);
  } catch {
    return { problem: { code: 'asset-missing', message: `找不到文件“${named}”`, english: 'file not found', hint: '检查文件名的拼写和大小写，路径相对于本 YAML 文件' } };
  }
  if (!isInside(await fs.realpath(baseDir), real)) {
    return {
      problem: { code: 'path-escapes', message: `“${named}”是一个指向活动文件夹以外的链接（${real}）`, english: 'the link points outside the campaign folder', hint: COPY_HINT },
    };
  }
  const read = await readRegularFile(real, use.kind === 'pdf' ? MAX_PDF_BYTES : MAX_IMAGE_BYTES);
  if ('problem' in read) return { problem: { ...read.problem, message: `“${named}”${read.problem.message}` } };
  const fault = use.kind === 'pdf' ? await checkPdf(read.bytes) : await checkImage(read.bytes);
  if (isFault(fault)) return { problem: { code: `bad-${use.kind}`, message: `“${named}”${fault.message}`, english: fault.english, hint: HINTS[use.kind] } };
  if (!use.seal) return { ...fault, warnings: [] };
  const shape = use.seal === 'issuer' ? sealShape(named, read.bytes) : undefined;
  return { ...fault, warnings: [...(hasTransparency(read.bytes) ? [] : [opaqueSeal(named)]), ...(shape ? [shape] : [])] };
}

const HINTS = {
  image: '请用图片软件重新导出为 PNG 或 JPEG（宽、高各不超过约 6000 像素）后再引用',
  pdf: '请用原软件重新导出为 PDF（不设密码），或用 PDF 阅读器“打印为 PDF”后再引用',
};

const isInside = (dir: string, file: string) => {
  const relative = path.relative(dir, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
};

/** Opens without blocking (a FIFO would), and reads only a regular file no larger than `limit`. */
async function readRegularFile(file: string, limit: number): Promise<{ bytes: Buffer } | { problem: Finding }> {
  const handle = await fs.open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) {
      const what = stat.isDirectory() ? '是一个文件夹' : '不是普通文件（是设备、管道或套接字）';
      return { problem: { code: 'asset-not-file', message: `${what}，不能作为附件或印章`, english: 'not a regular file', hint: '请写出具体的图片或 PDF 文件名' } };
    }
    if (stat.size > limit) {
      const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
      return {
        problem: { code: 'asset-too-large', message: `文件过大（${mb(stat.size)} MB，上限 ${mb(limit)} MB）`, english: `file too large (${stat.size} bytes; limit ${limit})`, hint: '请压缩或降低分辨率后再引用' },
      };
    }
    return { bytes: await handle.readFile() };
  } finally {
    await handle.close();
  }
}

async function checkImage(bytes: Buffer): Promise<{ pages: number } | AssetFault> {
  const header = readImageHeader(bytes);
  if (isFault(header)) return header;
  if (header.width * header.height > MAX_IMAGE_PIXELS) {
    return {
      message: `像素过多（${header.width}×${header.height}，上限 ${MAX_IMAGE_PIXELS / 1e6} 百万像素）`,
      english: `too many pixels (${header.width}x${header.height}; limit ${MAX_IMAGE_PIXELS})`,
    };
  }
  return (await verifyImage(bytes, header)) ?? { pages: 0 };
}

async function checkPdf(bytes: Buffer): Promise<{ pages: number } | AssetFault> {
  const { inspectPdf } = await import('./pdf-file');
  return inspectPdf(bytes);
}
