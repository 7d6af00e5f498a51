// Deterministic outputs: the built CLI, run in two temporary directories with different time zones and locales,
// writes byte-identical files that name neither directory and carry no timestamps.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { homedir, tmpdir } from "node:os";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { CHECKED } from "../../src/catalog/index.js";
import { packageRoot } from "../../src/check/analyze.js";

const run = promisify(execFile);
const cli = join(packageRoot(), "bin/aifactory.js");
const built = existsSync(join(packageRoot(), "dist/src/cli/main.js"));

const scratch: string[] = [];
afterAll(async () => {
  for (const dir of scratch) await rm(dir, { recursive: true, force: true });
});

/** Every command that writes, as a user would run them, in a fresh directory. Returns relative path → bytes. */
async function outputsIn(env: Record<string, string>, blueprint: string): Promise<{ dir: string; files: Map<string, Buffer> }> {
  const dir = await mkdtemp(join(tmpdir(), `aifactory-tz-${env["TZ"]?.replace(/\W/g, "") ?? ""}-`));
  scratch.push(dir);
  await writeFile(join(dir, "factory.yaml"), await readFile(join(packageRoot(), "blueprints", blueprint)));
  const opts = { cwd: dir, env: { ...process.env, ...env } };
  await run(process.execPath, [cli, "synth", "factory.yaml", "--out", "out/synth"], opts);
  await run(process.execPath, [cli, "kind", "config", "factory.yaml", "--out", "out/kind.yaml"], opts);
  for (const format of ["markdown", "json"]) {
    await run(process.execPath, [cli, "plan", "factory.yaml", "--format", format, "--out", `out/plan.${format}`], opts);
  }
  const { stdout } = await run(process.execPath, [cli, "validate", "factory.yaml", "--format", "json"], opts);
  await writeFile(join(dir, "out", "validate.json"), stdout);
  const files = new Map<string, Buffer>();
  const root = join(dir, "out");
  const entries = await readdir(root, { withFileTypes: true, recursive: true });
  for (const e of entries.filter((x) => x.isFile())) files.set(relative(root, join(e.parentPath, e.name)), await readFile(join(e.parentPath, e.name)));
  return { dir, files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1))) };
}

describe.skipIf(!built)("outputs across runs, directories and time zones", () => {
  // One blueprint (several clusters, phases, UNCONFIRMED figures): each run spawns the CLI five times.
  it.each(["first-gigawatt.yaml"])("%s: byte-identical, no paths, no timestamps", async (blueprint) => {
    const a = await outputsIn({ TZ: "UTC", LANG: "C", LC_ALL: "C" }, blueprint);
    const b = await outputsIn({ TZ: "Pacific/Chatham", LANG: "de_DE.UTF-8", LC_ALL: "de_DE.UTF-8" }, blueprint);
    expect([...a.files.keys()]).toEqual([...b.files.keys()]);
    expect(a.files.size).toBeGreaterThan(10);
    for (const [path, bytes] of a.files) expect(b.files.get(path)?.equals(bytes), path).toBe(true);
    const now = new Date();
    const today = now.toISOString().slice(0, 10);
    for (const [path, bytes] of a.files) {
      const text = bytes.toString("utf8");
      for (const absolute of [a.dir, b.dir, packageRoot(), homedir(), tmpdir()]) expect(text.includes(absolute), `${path} names ${absolute}`).toBe(false);
      // The catalog's "checked on" date is a constant, not a timestamp, even on the day it was checked.
      expect(text.replaceAll(CHECKED, "").includes(today), `${path} carries today's date`).toBe(false);
      expect(/\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text), `${path} carries a timestamp`).toBe(false);
    }
  });
});
