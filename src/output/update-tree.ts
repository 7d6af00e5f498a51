// Writes a tree of files into a directory that holds files aifactory must keep: the cdktf app's output directory,
// where `cdktf deploy` keeps each stack's Terraform state and .terraform/ next to its cdk.tf.json. That tree cannot
// be swapped as a whole (it would take the state with it), so files are replaced one by one, each atomically, under
// a journal that a killed run's successor completes:
//   1. the new files and, last, their OUTPUT_MARKER are written to `<dir>/.aifactory-staging/`: a staging tree with
//      a marker is complete;
//   2. each staged file is renamed onto its place; files the previous marker lists and the new one does not (a
//      removed cluster's stack) are deleted; the new marker is renamed into place; the staging tree is removed.
// Every later run first finishes step 2 of a complete staging tree (roll forward) or removes an incomplete one.
// What this cannot promise: a reader looking while step 2 runs, or after a kill during step 2 and before the next
// run, sees some stacks new and some old (each file whole). Files aifactory did not write are never touched.
import { lstat, mkdir, readdir, rename, rm, rmdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { OUTPUT_MARKER, readMarker, resolveOutputDir, writeFiles } from "./write-tree.js";

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
  const kept = new Set(staged.files);
  for (const file of previous.filter((f) => !kept.has(f))) {
    await rm(join(root, file), { force: true });
    await pruneEmpty(root, join(root, file));
  }
  await rename(join(staging, OUTPUT_MARKER), join(root, OUTPUT_MARKER));
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
