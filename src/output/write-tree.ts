// Writes a tree of files so that readers see either the previous tree or the new one, never a half-written mix:
// everything goes into a scratch directory next to the target, which then replaces the target by rename.
// A failed run leaves the previous outputs untouched.
import { lstat, mkdir, mkdtemp, readdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, normalize, sep } from "node:path";

/** The target is something the writer must not replace: a file, or a directory that is not a previous output. */
export class OutputRefusedError extends Error {
  override readonly name = "OutputRefusedError";
}

export interface WriteTreeOptions {
  /**
   * A file every tree of this kind holds at its top (for synth, cdktf's manifest.json). An existing directory is
   * replaced only when it holds this file (a previous output) or is empty: `--out src` must not wipe sources.
   */
  readonly marker: string;
}

/** Refuses to replace anything but a previous output of the same kind, or an empty directory. */
async function checkReplaceable(dir: string, marker: string): Promise<void> {
  const info = await lstat(dir).catch((e: NodeJS.ErrnoException) => {
    if (e.code === "ENOENT") return undefined;
    throw e;
  });
  if (info === undefined) return;
  if (!info.isDirectory()) throw new OutputRefusedError(`refusing to write the outputs over ${dir}: it is not a directory`);
  const entries = await readdir(dir);
  if (entries.length > 0 && !entries.includes(marker)) {
    throw new OutputRefusedError(
      `refusing to replace ${dir}: it is not empty and holds no ${marker}, so it is not a previous output; ` +
        "choose another output directory or remove it",
    );
  }
}

/** Rejects paths that would land outside the tree. */
function checkRelative(path: string): string {
  const norm = normalize(path);
  if (path === "" || isAbsolute(path) || norm.split(sep).includes("..")) {
    throw new Error(`output path "${path}" must be relative and stay inside the output directory`);
  }
  return norm;
}

/**
 * Mends what an interrupted run left next to `dir`: a run killed between its two renames leaves the previous tree
 * as `.<dir>.old-*` and no `dir`, so that tree goes back in place; scratch trees (`.<dir>.new-*`, `.<dir>.old-*`
 * once `dir` exists) are removed. Two runs writing the same directory at once are not supported.
 */
async function recoverInterruptedRun(parent: string, name: string, dir: string): Promise<void> {
  const entries = (await readdir(parent)).sort();
  const old = entries.filter((e) => e.startsWith(`.${name}.old-`));
  const scratch = entries.filter((e) => e.startsWith(`.${name}.new-`));
  if (!entries.includes(name) && old.length > 0) await rename(join(parent, old.shift() as string), dir);
  for (const e of [...old, ...scratch]) await rm(join(parent, e), { recursive: true, force: true });
}

export async function writeTreeAtomically(dir: string, files: ReadonlyMap<string, string>, options: WriteTreeOptions): Promise<void> {
  const parent = dirname(dir);
  await mkdir(parent, { recursive: true });
  await recoverInterruptedRun(parent, basename(dir), dir);
  await checkReplaceable(dir, options.marker);
  const paths = [...files.keys()].map(checkRelative);
  const staging = await mkdtemp(join(parent, `.${basename(dir)}.new-`));
  let done = false;
  try {
    for (const path of [...new Set(paths.map((p) => dirname(p)))].sort()) {
      await mkdir(join(staging, path), { recursive: true });
    }
    for (const [path, content] of files) await writeFile(join(staging, checkRelative(path)), content);
    const previous = join(parent, `.${basename(dir)}.old-${basename(staging).slice(-6)}`);
    const moved = await rename(dir, previous).then(
      () => true,
      (e: NodeJS.ErrnoException) => {
        if (e.code !== "ENOENT") throw e;
        return false; // no previous tree
      },
    );
    await rename(staging, dir).catch(async (e: unknown) => {
      if (moved) await rename(previous, dir); // put the previous tree back, then fail
      throw e;
    });
    done = true;
    if (moved) await rm(previous, { recursive: true, force: true });
  } finally {
    if (!done) await rm(staging, { recursive: true, force: true });
  }
}
