// Writes a tree of files into a directory that holds files aifactory must keep: the cdktf app's output directory,
// where `cdktf deploy` keeps each stack's Terraform state and .terraform/ next to its cdk.tf.json. That tree cannot
// be swapped as a whole (it would take the state with it), so files are replaced one by one, each atomically, under
// a journal that a killed run's successor completes:
//   1. the new files and, last, their OUTPUT_MARKER are written to `<dir>/.aifactory-staging/`: a staging tree with
//      a marker is complete;
//   2. each staged file is renamed onto its place; files the previous marker lists in the parts this output writes
//      and the new one does not (a removed cluster's stack) are deleted; the marker, listing the new files and the
//      previous output's other parts (synth's kubernetes/), is renamed into place; the staging tree is removed.
// Every later run first finishes step 2 of a complete staging tree (roll forward) or removes an incomplete one.
// What this cannot promise: a reader looking while step 2 runs, or after a kill during step 2 and before the next
// run, sees some stacks new and some old (each file whole). Files aifactory did not write are never touched.
import { lstat, mkdir, readdir, rename, rm, rmdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { temporaryName } from "./write-file.js";
import { OUTPUT_MARKER, markerContent, readMarker, resolveOutputDir, writeFiles } from "./write-tree.js";

/** The first segment of a relative path: "stacks" of "stacks/dev/cdk.tf.json". */
const topOf = (path: string) => path.split("/")[0] ?? path;

export const STAGING_DIR = ".aifactory-staging";

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  );
}

/** Removes the empty directories from `path`'s parent up to (not including) root. */
async function pruneEmpty(root: string, path: string): Promise<void> {
  for (let dir = dirname(path); dir.startsWith(root) && dir !== root; dir = dirname(dir)) {
    if ((await readdir(dir).catch(() => ["?"])).length > 0) return;
    await rmdir(dir).catch(() => undefined);
  }
}

/** Step 2: applies a complete staging tree (idempotent: a killed run's successor runs it again). */
export async function applyStaged(root: string): Promise<void> {
  const staging = join(root, STAGING_DIR);
  const staged = await readMarker(staging);
  if (staged === undefined) {
    await rm(staging, { recursive: true, force: true });
    return;
  }
  const previous = (await readMarker(root))?.files ?? [];
  for (const file of staged.files) {
    if (!(await exists(join(staging, file)))) continue; // moved by the interrupted run
    await mkdir(dirname(join(root, file)), { recursive: true });
    await rename(join(staging, file), join(root, file));
  }
  // Stale: files of the previous output in the parts this output writes (for the cdktf app: manifest.json and
  // stacks/), which it no longer writes. Other parts of a previous output (synth's kubernetes/) stay, and stay listed.
  const written = new Set(staged.files);
  const parts = new Set(staged.files.map(topOf));
  const stale = previous.filter((f) => !written.has(f) && parts.has(topOf(f)));
  const kept = previous.filter((f) => !written.has(f) && !parts.has(topOf(f)));
  for (const file of stale) {
    await rm(join(root, file), { force: true });
    await pruneEmpty(root, join(root, file));
  }
  const marker = join(root, temporaryName(OUTPUT_MARKER));
  await writeFile(marker, markerContent([...staged.files, ...kept]));
  await rename(marker, join(root, OUTPUT_MARKER));
  await rm(staging, { recursive: true, force: true });
}

export async function updateTreeInPlace(dir: string, files: ReadonlyMap<string, string>): Promise<void> {
  const root = await resolveOutputDir(dir);
  await mkdir(root, { recursive: true, mode: 0o777 });
  await applyStaged(root); // whatever a killed run left
  const staging = join(root, STAGING_DIR);
  await mkdir(staging, { mode: 0o777 });
  try {
    await writeFiles(staging, files);
  } catch (e) {
    await rm(staging, { recursive: true, force: true });
    throw e;
  }
  await applyStaged(root);
}
