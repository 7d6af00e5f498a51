// The one reader for every file aifactory reads: blueprints, `plan --base`, kubeconfigs, the cdktf app's
// AIFACTORY_BLUEPRINT. It never blocks and never reads more than the limit + 1 byte:
//   - stat() follows symlinks, so a link is judged by what it points to; anything but a regular file is refused
//     before it is opened (a device such as /dev/zero has size 0 and never ends; a FIFO without a writer blocks open());
//   - the file is opened with O_NONBLOCK (a FIFO swapped in after the stat cannot hang the open) and fstat()ed again,
//     so what is read is what was checked;
//   - at most limit + 1 bytes are read, whatever the size says (files grow, /proc files claim size 0).
// Problems are values (ReadProblem): each caller words them for its own context (a finding, a kubeconfig error).
import { constants } from "node:fs";
import { open, stat, type FileHandle } from "node:fs/promises";
import type { Stats } from "node:fs";

export type ReadProblem =
  | { readonly kind: "not-found" }
  | { readonly kind: "directory" }
  /** A device, FIFO or socket: `what` names it ("a character device", "a named pipe (FIFO)"). */
  | { readonly kind: "not-regular"; readonly what: string }
  /** `bytes` is the size stat() gave, or undefined when the file was found larger only while reading. */
  | { readonly kind: "too-large"; readonly bytes?: number; readonly limit: number }
  | { readonly kind: "unreadable"; readonly reason: string };

export type ReadResult = { readonly bytes: Buffer } | { readonly problem: ReadProblem };

export interface ReadOptions {
  /** Largest file accepted, in bytes. */
  readonly maxBytes: number;
}

/** What a non-regular file is, in words, or undefined for a regular file. */
export function specialFileKind(info: Stats): string | undefined {
  if (info.isFile()) return undefined;
  if (info.isDirectory()) return "a directory";
  if (info.isFIFO()) return "a named pipe (FIFO)";
  if (info.isCharacterDevice()) return "a character device";
  if (info.isBlockDevice()) return "a block device";
  if (info.isSocket()) return "a socket";
  return "not a regular file";
}

function kindProblem(info: Stats): ReadProblem | undefined {
  const what = specialFileKind(info);
  if (what === undefined) return undefined;
  return info.isDirectory() ? { kind: "directory" } : { kind: "not-regular", what };
}

const REASONS: Readonly<Record<string, string>> = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "it is a directory",
  ENOTDIR: "a part of the path is not a directory",
  ELOOP: "a loop of symbolic links",
  ENAMETOOLONG: "the path is too long",
  ENXIO: "no such device",
};

/** A failed system call as a ReadProblem; anything that is not one is rethrown. */
function fsProblem(e: unknown): ReadProblem {
  const code = e instanceof Error ? (e as NodeJS.ErrnoException).code : undefined;
  if (typeof code !== "string") throw e;
  if (code === "ENOENT") return { kind: "not-found" };
  if (code === "EISDIR") return { kind: "directory" };
  return { kind: "unreadable", reason: REASONS[code] ?? code };
}

/** Reads a whole regular file of at most options.maxBytes bytes. Never blocks on special files, never throws on I/O. */
export async function readBoundedFile(path: string, options: ReadOptions): Promise<ReadResult> {
  const limit = options.maxBytes;
  let info: Stats;
  try {
    info = await stat(path);
  } catch (e) {
    return { problem: fsProblem(e) };
  }
  const before = kindProblem(info);
  if (before !== undefined) return { problem: before };
  if (info.size > limit) return { problem: { kind: "too-large", bytes: info.size, limit } };

  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOCTTY ?? 0));
  } catch (e) {
    return { problem: fsProblem(e) };
  }
  try {
    const opened = await handle.stat();
    const swapped = kindProblem(opened);
    if (swapped !== undefined) return { problem: swapped };
    // One byte more than the size says: a file that grew is seen to have grown.
    return await readUpTo(handle, Buffer.alloc(Math.min(limit + 1, Math.max(opened.size + 1, 64 * 1024))), limit);
  } catch (e) {
    return { problem: fsProblem(e) };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Reads to the end into `start`, growing it up to limit + 1 bytes; stops there. */
async function readUpTo(handle: FileHandle, start: Buffer, limit: number): Promise<ReadResult> {
  let buffer = start;
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > limit) return { problem: { kind: "too-large", limit } };
      const larger = Buffer.alloc(Math.min(limit + 1, buffer.length * 2));
      buffer.copy(larger, 0, 0, length);
      buffer = larger;
    }
    const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
    if (bytesRead === 0) break;
    length += bytesRead;
  }
  if (length > limit) return { problem: { kind: "too-large", limit } };
  return { bytes: buffer.subarray(0, length) };
}

/** A ReadProblem in words, for messages: "it is a character device", "no such file". */
export function describeReadProblem(problem: ReadProblem): string {
  switch (problem.kind) {
    case "not-found":
      return "no such file";
    case "directory":
      return "it is a directory";
    case "not-regular":
      return `it is ${problem.what}, not a regular file`;
    case "too-large":
      return problem.bytes === undefined
        ? `it is larger than the ${problem.limit.toLocaleString("en-US")}-byte limit`
        : `it is ${problem.bytes.toLocaleString("en-US")} bytes, over the ${problem.limit.toLocaleString("en-US")}-byte limit`;
    case "unreadable":
      return problem.reason;
  }
}
