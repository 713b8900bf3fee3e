/**
 * Strict extraction of a downloaded artifact's zip: every entry is checked from the central
 * directory — names that are absolute or have `..`, `.`, empty or backslash segments, symlinks and
 * other special files, encryption, methods other than stored/deflate, zip64, and totals past
 * `artifactLimits` refuse the whole archive — before a byte is written; then each entry is inflated
 * with its declared size as a hard cap and its CRC-32 checked.
 */
import { dirname, resolve, sep } from 'node:path';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, stat } from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createInflateRaw, crc32 } from 'node:zlib';
import { describeError } from './describe-error.js';

/**
 * Bounds on a downloaded baseline artifact, checked before (the listing's zip size) and after
 * extraction. Far above what python-perf-gate uploads (a few MB); they stop a hostile or broken
 * artifact from filling the runner's disk unnoticed. `baselineLimits` (baseline.ts) bound the files
 * that are then read.
 */
export const artifactLimits = {
  /** `size_in_bytes` of the zip: 1 GiB. */
  zipBytes: 1024 * 1024 * 1024,
  /** Sum of the extracted files: 4 GiB. */
  extractedBytes: 4 * 1024 * 1024 * 1024,
  /** Extracted files and directories. */
  entries: 10_000,
} as const;

/** A zip that `extractZipStrictly` will not extract; the message says which entry and why. */
export class ZipRefusedError extends Error {
  override name = 'ZipRefusedError';
}

interface ZipEntryInfo {
  name: string;
  isDirectory: boolean;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;

/**
 * Extracts `zipPath` into `destination` (created; must not exist), after checking every entry in
 * the central directory (see the module comment) and the totals against `artifactLimits`. Each
 * entry is streamed, inflated with its declared size as a hard cap, and its CRC-32 checked.
 * Throws `ZipRefusedError` for an archive it refuses, other errors for I/O failures.
 */
export async function extractZipStrictly(zipPath: string, destination: string): Promise<void> {
  const { size: zipSize } = await stat(zipPath);
  if (zipSize > artifactLimits.zipBytes) throw new ZipRefusedError(`the zip is ${formatBytes(zipSize)}, over ${formatBytes(artifactLimits.zipBytes)}`);
  const entries = await readZipDirectory(zipPath, zipSize);
  const root = resolve(destination);
  await mkdir(root);
  const file = await open(zipPath, 'r');
  try {
    for (const entry of entries) {
      const target = resolve(root, entry.name);
      if (!target.startsWith(root + sep)) throw new ZipRefusedError(`entry '${entry.name}' would land outside the destination`);
      if (entry.isDirectory) {
        await mkdir(target, { recursive: true });
        continue;
      }
      const header = Buffer.alloc(30);
      await file.read(header, 0, 30, entry.localOffset);
      if (header.readUInt32LE(0) !== 0x04034b50) throw new ZipRefusedError(`entry '${entry.name}' has no local header at offset ${entry.localOffset}`);
      const dataStart = entry.localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
      if (dataStart + entry.compressedSize > zipSize) throw new ZipRefusedError(`entry '${entry.name}' runs past the end of the zip`);
      await mkdir(dirname(target), { recursive: true });
      let written = 0;
      let crc = 0;
      const check = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          written += chunk.length;
          if (written > entry.size) {
            callback(new ZipRefusedError(`entry '${entry.name}' inflates to more than its declared ${formatBytes(entry.size)}`));
            return;
          }
          crc = crc32(chunk, crc);
          callback(null, chunk);
        },
      });
      const source = entry.compressedSize === 0 ? Readable.from([]) : createReadStream(zipPath, { start: dataStart, end: dataStart + entry.compressedSize - 1 });
      const sink = createWriteStream(target, { flags: 'wx', mode: 0o644 });
      try {
        if (entry.method === 8) await pipeline(source, createInflateRaw(), check, sink);
        else await pipeline(source, check, sink);
      } catch (error) {
        if (error instanceof ZipRefusedError) throw error;
        if ((error as { code?: unknown }).code === 'EEXIST') throw new ZipRefusedError(`entry '${entry.name}' is in the zip twice`);
        if (typeof (error as { code?: unknown }).code === 'string' && String((error as { code: string }).code).startsWith('Z_')) {
          throw new ZipRefusedError(`entry '${entry.name}' is not valid deflate data (${describeError(error)})`);
        }
        throw error;
      }
      if (written !== entry.size) throw new ZipRefusedError(`entry '${entry.name}' has ${written} bytes, its header says ${entry.size}`);
      if ((crc >>> 0) !== entry.crc) throw new ZipRefusedError(`entry '${entry.name}' fails its CRC-32 check`);
    }
  } finally {
    await file.close();
  }
}

/** The central directory's entries, each checked; throws `ZipRefusedError` on the first problem. */
async function readZipDirectory(zipPath: string, zipSize: number): Promise<ZipEntryInfo[]> {
  const file = await open(zipPath, 'r');
  try {
    const tailLength = Math.min(zipSize, 22 + 0xffff);
    const tail = Buffer.alloc(tailLength);
    await file.read(tail, 0, tailLength, zipSize - tailLength);
    let eocd = -1;
    for (let index = tailLength - 22; index >= 0; index -= 1) {
      if (tail.readUInt32LE(index) === 0x06054b50) {
        eocd = index;
        break;
      }
    }
    if (eocd < 0) throw new ZipRefusedError('it is not a zip (no end of central directory)');
    const count = tail.readUInt16LE(eocd + 10);
    const directorySize = tail.readUInt32LE(eocd + 12);
    const directoryOffset = tail.readUInt32LE(eocd + 16);
    if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
      throw new ZipRefusedError('it is a zip64 archive (python-perf-gate\'s artifacts are far below the sizes that need one)');
    }
    if (count > artifactLimits.entries) throw new ZipRefusedError(`it has ${count.toLocaleString('en-US')} entries, over ${artifactLimits.entries.toLocaleString('en-US')}`);
    if (directoryOffset + directorySize > zipSize) throw new ZipRefusedError('its central directory runs past the end of the zip');
    const directory = Buffer.alloc(directorySize);
    await file.read(directory, 0, directorySize, directoryOffset);
    const entries: ZipEntryInfo[] = [];
    const names = new Set<string>();
    let total = 0;
    let offset = 0;
    for (let index = 0; index < count; index += 1) {
      if (offset + 46 > directorySize || directory.readUInt32LE(offset) !== 0x02014b50) throw new ZipRefusedError(`its central directory is corrupt at entry ${index + 1}`);
      const madeBy = directory.readUInt16LE(offset + 4) >> 8;
      const flags = directory.readUInt16LE(offset + 8);
      const method = directory.readUInt16LE(offset + 10);
      const crc = directory.readUInt32LE(offset + 16);
      const compressedSize = directory.readUInt32LE(offset + 20);
      const size = directory.readUInt32LE(offset + 24);
      const nameLength = directory.readUInt16LE(offset + 28);
      const extraLength = directory.readUInt16LE(offset + 30);
      const commentLength = directory.readUInt16LE(offset + 32);
      const mode = directory.readUInt32LE(offset + 38) >>> 16;
      const localOffset = directory.readUInt32LE(offset + 42);
      if (offset + 46 + nameLength > directorySize) throw new ZipRefusedError(`its central directory is corrupt at entry ${index + 1}`);
      const name = directory.toString('utf8', offset + 46, offset + 46 + nameLength);
      offset += 46 + nameLength + extraLength + commentLength;
      const shown = JSON.stringify(name);
      const problem = zipNameProblem(name);
      if (problem) throw new ZipRefusedError(`entry ${shown} ${problem}`);
      const isDirectory = name.endsWith('/');
      const type = mode & S_IFMT;
      if (madeBy === 3 && type !== 0 && type !== (isDirectory ? S_IFDIR : S_IFREG)) {
        throw new ZipRefusedError(`entry ${shown} is ${type === 0o120000 ? 'a symbolic link' : 'not a regular file or directory'}`);
      }
      if (flags & 0x1) throw new ZipRefusedError(`entry ${shown} is encrypted`);
      if (!isDirectory && method !== 0 && method !== 8) throw new ZipRefusedError(`entry ${shown} uses compression method ${method} (expected stored or deflate)`);
      if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff) throw new ZipRefusedError(`entry ${shown} needs zip64`);
      const key = name.replace(/\/$/, '');
      if (names.has(key)) throw new ZipRefusedError(`entry ${shown} is in the zip twice`);
      names.add(key);
      total += size;
      if (total > artifactLimits.extractedBytes) throw new ZipRefusedError(`its entries add up to more than ${formatBytes(artifactLimits.extractedBytes)}`);
      entries.push({ name, isDirectory, method, crc, compressedSize, size, localOffset });
    }
    return entries;
  } finally {
    await file.close();
  }
}

/** Why an entry name is unsafe to extract, or undefined: only plain relative `a/b/c` (a trailing `/` for directories). */
export function zipNameProblem(name: string): string | undefined {
  if (name === '' || name === '/') return 'has an empty name';
  if (name.includes('\0')) return 'has a NUL byte in its name';
  if (name.includes('\\')) return 'has a backslash in its name';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'has an absolute path';
  const segments = (name.endsWith('/') ? name.slice(0, -1) : name).split('/');
  if (segments.includes('..')) return "has a '..' segment (it would land outside the destination)";
  if (segments.some((segment) => segment === '' || segment === '.')) return "has an empty or '.' segment";
  return undefined;
}

/** `512 MiB`, `3.2 KiB`, `17 bytes`. */
export function formatBytes(bytes: number): string {
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  if (bytes < 1024) return `${bytes} bytes`;
  let value = bytes;
  let unit = 'bytes';
  for (const next of units) {
    if (value < 1024) break;
    value /= 1024;
    unit = next;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
}
