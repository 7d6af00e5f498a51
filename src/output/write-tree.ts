// Writes a tree of files (`synth --out`) so that readers see the previous tree or the new one, never a mix, and so
// that it replaces nothing but its own previous output:
//   - the tree is built in a scratch directory beside the target (`.<dir>.aifactory-new-<pid>-<random>`, same file
//     system), with its marker file OUTPUT_MARKER written last: the exact list of files it holds;
//   - an existing directory is replaced only when it is empty, or when it holds an OUTPUT_MARKER and exactly the
//     files that marker lists; anything else (a web project's manifest.json, Terraform state, a stray file) is refused;
//   - the previous tree is renamed to the stable name `.<dir>.aifactory-previous`, the scratch tree to `<dir>`, and
//     the previous tree is removed. Node cannot reach renameat2(RENAME_EXCHANGE), so a run killed between the two
//     renames leaves no `<dir>`, only `.<dir>.aifactory-previous`: the next aifactory write to `<dir>` (or
//     `mv .<dir>.aifactory-previous <dir>`) puts it back first. The previous tree is renamed to a scratch name
//     (`.<dir>.aifactory-old-<pid>-<random>`) before it is removed, so a kill during the removal leaves no half
//     tree under the name recovery restores. Scratch trees of killed runs are removed then too;
//   - symbolic links are resolved first (a link to the output directory replaces the directory it points to, and
//     the scratch tree sits beside that one); the file-system root is refused;
//   - directories are created with mode 0777 less the umask, like files (never the 0700 of mkdtemp).
import { randomBytes } from "node:crypto";
import { lstat, mkdir, readFile, readdir, realpath, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, normalize, relative, resolve, sep } from "node:path";
import { OutputRefusedError } from "./errors.js";
import { processAlive } from "./write-file.js";

export { OutputRefusedError } from "./errors.js";

/** The file that says a directory is aifactory's output, and which files it wrote there. */
export const OUTPUT_MARKER = ".aifactory-output.json";

interface Marker {
  readonly generator: "aifactory";
  readonly files: readonly string[];
}

export function markerContent(paths: Iterable<string>): string {
  const marker = {
    generator: "aifactory",
    note: "Written by aifactory: the files it wrote here. aifactory replaces this directory only while it holds exactly these files.",
    files: [...paths].sort(),
  };
  return `${JSON.stringify(marker, null, 2)}\n`;
}

/** Rejects paths that would land outside the tree. */
export function checkRelative(path: string): string {
  const norm = normalize(path);
  if (path === "" || isAbsolute(path) || norm.split(sep).includes("..") || norm === OUTPUT_MARKER) {
    throw new Error(`output path "${path}" must be relative, stay inside the output directory and not be ${OUTPUT_MARKER}`);
  }
  return norm;
}

async function lstatOrUndefined(path: string) {
  return lstat(path).catch((e: NodeJS.ErrnoException) => {
    if (e.code === "ENOENT") return undefined;
    throw e;
  });
}

/** The real location of the output directory: symbolic links resolved (of the directory, or of its parent). */
export async function resolveOutputDir(dir: string): Promise<string> {
  const absolute = resolve(dir);
  const info = await lstatOrUndefined(absolute);
  let real: string;
  if (info?.isSymbolicLink()) {
    const target = await realpath(absolute).catch(() => undefined);
    if (target === undefined) throw new OutputRefusedError(`refusing to write the outputs to ${dir}: it is a symbolic link to nothing`);
    real = target;
  } else {
    await mkdir(dirname(absolute), { recursive: true });
    real = join(await realpath(dirname(absolute)), basename(absolute));
  }
  if (dirname(real) === real) throw new OutputRefusedError(`refusing to write the outputs to ${dir}: it is the root of the file system`);
  return real;
}

/** Every entry under dir that is not a directory, relative, "/"-separated; symlinks and special files as they are. */
async function listTree(dir: string, limit: number): Promise<{ files: string[]; foreign: string[] }> {
  const files: string[] = [];
  const foreign: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isDirectory()) continue;
    const path = relative(dir, join(e.parentPath, e.name)).split(sep).join("/");
    (e.isFile() ? files : foreign).push(path);
    if (files.length + foreign.length > limit) break;
  }
  return { files, foreign };
}

export async function readMarker(dir: string): Promise<Marker | undefined> {
  const text = await readFile(join(dir, OUTPUT_MARKER), "utf8").catch(() => undefined);
  if (text === undefined || text.length > 16 * 1024 * 1024) return undefined;
  try {
    const value = JSON.parse(text) as Partial<Marker>;
    if (value.generator === "aifactory" && Array.isArray(value.files) && value.files.every((f) => typeof f === "string")) {
      return { generator: "aifactory", files: value.files };
    }
  } catch {
    // not a marker of ours
  }
  return undefined;
}

/**
 * Refuses to replace anything but an empty directory or a previous output holding exactly the files it listed.
 * Returns the files of the previous output (empty when there is none).
 */
export async function checkReplaceable(dir: string, shown: string): Promise<readonly string[]> {
  const info = await lstatOrUndefined(dir);
  if (info === undefined) return [];
  if (!info.isDirectory()) throw new OutputRefusedError(`refusing to write the outputs over ${shown}: it is not a directory`);
  const entries = await readdir(dir);
  if (entries.length === 0) return [];
  const marker = await readMarker(dir);
  if (marker === undefined) {
    throw new OutputRefusedError(
      `refusing to replace ${shown}: it is not empty and holds no ${OUTPUT_MARKER}, so it is not a previous aifactory output; ` +
        "choose another output directory, or empty it",
    );
  }
  const expected = new Set([...marker.files, OUTPUT_MARKER]);
  const { files, foreign } = await listTree(dir, expected.size + 1);
  const extra = [...foreign, ...files.filter((f) => !expected.has(f))];
  if (extra.length > 0) {
    throw new OutputRefusedError(
      `refusing to replace ${shown}: it holds ${extra[0]}, which aifactory did not write there (Terraform state? your own file?); ` +
        "move it elsewhere, or choose another output directory",
    );
  }
  return marker.files;
}

/** True when the directory holds an OUTPUT_MARKER and exactly the files it lists. */
async function isWholeOutput(dir: string): Promise<boolean> {
  const marker = await readMarker(dir);
  if (marker === undefined) return false;
  const expected = new Set([...marker.files, OUTPUT_MARKER]);
  const { files, foreign } = await listTree(dir, expected.size + 1);
  return foreign.length === 0 && files.length === expected.size && files.every((f) => expected.has(f));
}

export function previousName(name: string): string {
  return `.${name}.aifactory-previous`;
}

/** Scratch trees (`-new-`) and previous trees being removed (`-old-`) of a run, by its process id. */
const SCRATCH = (name: string) => new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.aifactory-(?:new|old)-(\\d+)-[0-9a-f]+$`);

/**
 * Mends what an interrupted run left beside `dir`: the previous tree put aside by a run killed between its two
 * renames goes back in place when `dir` is missing, and is removed otherwise; scratch trees of runs that are gone
 * are removed. Two runs writing the same directory at once are not supported.
 */
export async function recoverInterruptedRun(dir: string): Promise<void> {
  const parent = dirname(dir);
  const name = basename(dir);
  const previous = join(parent, previousName(name));
  if ((await lstatOrUndefined(previous))?.isDirectory()) {
    // Put back only a whole previous output (its marker and exactly the files it lists): never a partial tree.
    if ((await lstatOrUndefined(dir)) === undefined && (await isWholeOutput(previous))) await rename(previous, dir);
    else await rm(previous, { recursive: true, force: true });
  }
  const scratch = SCRATCH(name);
  for (const entry of await readdir(parent)) {
    const pid = scratch.exec(entry)?.[1];
    if (pid !== undefined && !processAlive(Number(pid))) await rm(join(parent, entry), { recursive: true, force: true });
  }
}

/** Writes `files` (and the marker, last) under `root`, creating directories with the umask's mode. */
export async function writeFiles(root: string, files: ReadonlyMap<string, string>): Promise<void> {
  const paths = [...files.keys()].map(checkRelative);
  for (const path of [...new Set(paths.map((p) => dirname(p)))].sort()) await mkdir(join(root, path), { recursive: true });
  for (const [path, content] of files) await writeFile(join(root, checkRelative(path)), content);
  await writeFile(join(root, OUTPUT_MARKER), markerContent([...files.keys()].map((p) => p.split(sep).join("/"))));
}

export async function writeTreeAtomically(dir: string, files: ReadonlyMap<string, string>): Promise<void> {
  [...files.keys()].forEach(checkRelative);
  const target = await resolveOutputDir(dir);
  await recoverInterruptedRun(target);
  await checkReplaceable(target, dir);
  const parent = dirname(target);
  const name = basename(target);
  const staging = join(parent, `.${name}.aifactory-new-${process.pid}-${randomBytes(6).toString("hex")}`);
  await mkdir(staging, { mode: 0o777 });
  let done = false;
  try {
    await writeFiles(staging, files);
    const previous = join(parent, previousName(name));
    const moved = await rename(target, previous).then(
      () => true,
      (e: NodeJS.ErrnoException) => {
        if (e.code !== "ENOENT") throw e;
        return false; // no previous tree
      },
    );
    await rename(staging, target).catch(async (e: unknown) => {
      if (moved) await rename(previous, target); // put the previous tree back, then fail
      throw e;
    });
    done = true;
    if (moved) {
      // Renamed away first, then removed: a run killed while removing leaves a scratch-named tree (removed by the
      // next run), never a half-removed `.aifactory-previous` that recovery would put back as the output.
      const old = join(parent, `.${name}.aifactory-old-${process.pid}-${randomBytes(6).toString("hex")}`);
      await rename(previous, old);
      await rm(old, { recursive: true, force: true });
    }
  } finally {
    if (!done) await rm(staging, { recursive: true, force: true });
  }
}
