// Writes one file (`plan --out`, `kind config --out`) so that readers see the previous content or the new one,
// never a part, and so that it never destroys what is not a file of its own:
//   - a symbolic link is followed: the file it points to is replaced, the link stays a link;
//   - a character device or named pipe (`--out /dev/null`, `/dev/stdout`) is written through, never replaced;
//     a directory, block device or socket is refused; so is a named pipe that no one reads;
//   - a regular file is replaced by rename from a temporary file beside it (same file system), keeping its mode;
//     a new file gets the umask's mode, like any other;
//   - temporary files are named `.<file>.aifactory-<pid>-<random>.tmp`; one left by a killed run (its process is
//     gone) is removed by the next write into that directory.
import { randomBytes } from "node:crypto";
import { constants, type Stats } from "node:fs";
import { chmod, lstat, mkdir, open, readdir, realpath, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { OutputRefusedError } from "./errors.js";

export { OutputRefusedError } from "./errors.js";

const TEMP = /^\..+\.aifactory-(\d+)-[0-9a-f]+\.tmp$/;

export function temporaryName(base: string): string {
  return `.${base}.aifactory-${process.pid}-${randomBytes(6).toString("hex")}.tmp`;
}

/** Whether a process of this id is running (a temporary file of a running writer is not stale). */
export function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes temporary files of aifactory writers that are gone (killed before their rename). */
export async function removeStaleTemporaries(dir: string, pattern: RegExp = TEMP): Promise<void> {
  const entries = await readdir(dir).catch(() => [] as string[]);
  for (const entry of entries) {
    const pid = pattern.exec(entry)?.[1];
    if (pid !== undefined && !processAlive(Number(pid))) await rm(join(dir, entry), { recursive: true, force: true });
  }
}

async function statOrUndefined(path: string, follow: boolean): Promise<Stats | undefined> {
  return (follow ? stat(path) : lstat(path)).catch((e: NodeJS.ErrnoException) => {
    if (e.code === "ENOENT") return undefined;
    throw e;
  });
}

/** The path a write to `file` lands on: symbolic links resolved, the parent created if missing. */
export async function resolveOutputPath(file: string): Promise<string> {
  const absolute = resolve(file);
  const link = await statOrUndefined(absolute, false);
  if (link?.isSymbolicLink()) {
    const target = await realpath(absolute).catch(() => undefined);
    if (target === undefined) throw new OutputRefusedError(`refusing to write ${file}: it is a symbolic link to nothing (a dangling link)`);
    return target;
  }
  await mkdir(dirname(absolute), { recursive: true });
  return join(await realpath(dirname(absolute)), basename(absolute));
}

/** Writes into a device or named pipe as it is: no temporary file, no truncation, no rename. */
async function writeThrough(file: string, target: string, content: string): Promise<void> {
  const handle = await open(target, constants.O_WRONLY | constants.O_NONBLOCK | (constants.O_NOCTTY ?? 0)).catch((e: NodeJS.ErrnoException) => {
    if (e.code === "ENXIO") throw new OutputRefusedError(`refusing to write ${file}: it is a named pipe that no one reads`);
    throw e;
  });
  try {
    await handle.writeFile(content);
  } finally {
    await handle.close();
  }
}

export async function writeFileAtomically(file: string, content: string): Promise<void> {
  const target = await resolveOutputPath(file);
  const existing = await statOrUndefined(target, true);
  if (existing !== undefined && !existing.isFile()) {
    if (existing.isCharacterDevice() || existing.isFIFO()) return writeThrough(file, target, content);
    const what = existing.isDirectory() ? "a directory" : existing.isBlockDevice() ? "a block device" : "not a regular file";
    throw new OutputRefusedError(`refusing to write ${file}: it is ${what}`);
  }
  const dir = dirname(target);
  await removeStaleTemporaries(dir);
  const temporary = join(dir, temporaryName(basename(target)));
  let done = false;
  try {
    await writeFile(temporary, content, { flag: "wx" });
    if (existing !== undefined) await chmod(temporary, existing.mode & 0o7777);
    await rename(temporary, target);
    done = true;
  } finally {
    if (!done) await rm(temporary, { force: true });
  }
}
