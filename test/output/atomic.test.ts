// Atomic outputs: a failed or interrupted run leaves the previous outputs exactly as they were, byte for byte.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { packageRoot } from "../../src/check/analyze.js";
import { writeFileAtomically } from "../../src/output/write-file.js";
import { OUTPUT_MARKER, writeTreeAtomically } from "../../src/output/write-tree.js";
import { runSynth, type SynthEmitter } from "../../src/cli/commands/synth.js";
import { runCli } from "../cli/helpers.js";

const scratch: string[] = [];
afterAll(async () => {
  for (const dir of scratch) await rm(dir, { recursive: true, force: true });
});
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "aifactory-atomic-"));
  scratch.push(dir);
  return dir;
}

/** Relative path → bytes of every file under dir (empty when dir does not exist). */
export async function snapshotTree(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  if (!existsSync(dir)) return out;
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  for (const e of entries.filter((x) => x.isFile()).sort((a, b) => join(a.parentPath, a.name).localeCompare(join(b.parentPath, b.name)))) {
    out.set(relative(dir, join(e.parentPath, e.name)), await readFile(join(e.parentPath, e.name)));
  }
  return out;
}

const blueprint = (name: string) => readFile(join(packageRoot(), "blueprints", name), "utf8");
const BROKEN = "apiVersion: aifactory.dev/v1alpha1\nkind: AIFactory\nmetadata: { name: broken }\nspec: { program: {} }\n";
const quiet = (cwd: string) => ({ stdout: () => undefined, stderr: () => undefined, cwd });

/** A directory with dev-kind.yaml and a previous synth output (plus a file the user put there). */
async function seeded(): Promise<{ dir: string; before: Map<string, Buffer> }> {
  const dir = await tempDir();
  await writeFile(join(dir, "factory.yaml"), await blueprint("dev-kind.yaml"));
  expect((await runCli(["synth", "factory.yaml", "--out", "out"], { cwd: dir })).code).toBe(0);
  expect((await runCli(["kind", "config", "factory.yaml", "--out", "kind.yaml"], { cwd: dir })).code).toBe(0);
  expect((await runCli(["plan", "factory.yaml", "--format", "json", "--out", "plan.json"], { cwd: dir })).code).toBe(0);
  return { dir, before: await snapshotTree(dir) };
}

describe("a failing run leaves previous outputs as they were", () => {
  it("synth, kind config: a blueprint with errors writes nothing", async () => {
    const { dir, before } = await seeded();
    await writeFile(join(dir, "factory.yaml"), BROKEN);
    const after = (await snapshotTree(dir)).set("factory.yaml", before.get("factory.yaml")!);
    expect(after).toEqual(before);
    const synth = await runCli(["synth", "factory.yaml", "--out", "out"], { cwd: dir });
    expect(synth.code).toBe(1);
    expect(synth.stderr).toMatch(/not synthesized: fix the errors above \(previous outputs left as they were\)/);
    const kind = await runCli(["kind", "config", "factory.yaml", "--out", "kind.yaml"], { cwd: dir });
    expect(kind.code).toBe(1);
    const now = await snapshotTree(dir);
    now.set("factory.yaml", before.get("factory.yaml")!);
    expect(now).toEqual(before);
  });

  it("plan --out: a blueprint that does not load gives a report that says so, never one that looks like a plan", async () => {
    const { dir } = await seeded();
    await writeFile(join(dir, "factory.yaml"), BROKEN);
    for (const format of ["json", "markdown", "text"]) {
      const r = await runCli(["plan", "factory.yaml", "--format", format, "--out", "plan.out"], { cwd: dir });
      expect(r.code).toBe(1);
      const text = await readFile(join(dir, "plan.out"), "utf8");
      if (format === "json") {
        const json = JSON.parse(text) as Record<string, unknown>;
        expect(Object.keys(json).sort()).toEqual(["blueprint", "findings"]);
      } else expect(text).toMatch(/does not load, so there is no plan/);
    }
  });

  it("synth: an emitter failing half-way writes nothing", async () => {
    const { dir, before } = await seeded();
    const emitters: SynthEmitter[] = [
      () => Promise.resolve(new Map([["first.txt", "written in memory only"]])),
      () => Promise.reject(new Error("emitter broke")),
    ];
    const ctx = { io: quiet(dir), style: { error: String, warning: String, info: String, bold: String, dim: String, ok: String }, exit: () => undefined };
    await expect(runSynth({ blueprint: "factory.yaml", out: "out" }, ctx, emitters)).rejects.toThrow("emitter broke");
    expect(await snapshotTree(dir)).toEqual(before);
  });

  it("writeTreeAtomically: a write failing mid-tree leaves the previous tree and no scratch directory", async () => {
    const dir = await tempDir();
    const target = join(dir, "out");
    await writeTreeAtomically(target, new Map([["manifest.json", "{}"], ["a.txt", "old a"], ["sub/b.txt", "old b"]]));
    const before = await snapshotTree(dir);
    // "x" is written as a directory (for x/y) and then as a file: the second write fails after others succeeded.
    const files = new Map([["a.txt", "new a"], ["x/y.txt", "y"], ["x", "clash"]]);
    await expect(writeTreeAtomically(target, files)).rejects.toThrow();
    expect(await snapshotTree(dir)).toEqual(before);
    expect(await readdir(dir)).toEqual(["out"]);
  });

  it("writeFileAtomically: replaces the whole file, and a failure leaves it and no temporary file", async () => {
    const dir = await tempDir();
    const file = join(dir, "report.md");
    await writeFileAtomically(file, "old");
    await writeFileAtomically(file, "new");
    expect(await readFile(file, "utf8")).toBe("new");
    // A directory where the file should go: the rename fails after the content was written.
    await mkdir(join(dir, "taken"));
    await writeFile(join(dir, "taken", "keep.txt"), "kept");
    await expect(writeFileAtomically(join(dir, "taken"), "content")).rejects.toThrow();
    expect((await readdir(dir)).sort()).toEqual(["report.md", "taken"]);
    expect(await readFile(join(dir, "taken", "keep.txt"), "utf8")).toBe("kept");
  });

  it("plan --out and kind config --out into an unwritable place: exit 2 or an error, the previous file intact", async () => {
    const { dir, before } = await seeded();
    const r = await runCli(["plan", "factory.yaml", "--out", "plan.json/inside"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write --out plan\.json\/inside/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(await snapshotTree(dir)).toEqual(before);
  });
});

const cli = join(packageRoot(), "bin/aifactory.js");
const built = existsSync(join(packageRoot(), "dist/src/cli/main.js"));

/** Runs the built CLI and kills it with SIGKILL after `ms` milliseconds (or lets it finish). */
function runKilledAfter(args: readonly string[], cwd: string, ms: number): Promise<void> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd, stdio: "ignore" });
    const timer = setTimeout(() => child.kill("SIGKILL"), ms);
    child.on("exit", () => {
      clearTimeout(timer);
      done();
    });
  });
}

describe("an interrupted synth", () => {
  // dist/ is built by `npm test` before vitest runs; a bare `vitest run` on a fresh clone has none.
  it.skipIf(!built)("leaves the output directory either as it was or completely new (SIGKILL at several moments)", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "factory.yaml"), await blueprint("dev-kind.yaml"));
    await runKilledAfter(["synth", "factory.yaml", "--out", "out"], dir, 60_000);
    const old = await snapshotTree(join(dir, "out"));
    expect(old.size).toBeGreaterThan(3);
    // The next run writes a different tree: first-gigawatt, more and larger files.
    await writeFile(join(dir, "factory.yaml"), await blueprint("first-gigawatt.yaml"));
    await runKilledAfter(["synth", "factory.yaml", "--out", "new"], dir, 60_000);
    const fresh = await snapshotTree(join(dir, "new"));
    await rm(join(dir, "new"), { recursive: true });
    const outcomes = new Set<string>();
    for (const ms of [150, 400, 700, 1000, 1400]) {
      await runKilledAfter(["synth", "factory.yaml", "--out", "out"], dir, ms);
      const now = await snapshotTree(join(dir, "out"));
      const same = (a: Map<string, Buffer>, b: Map<string, Buffer>) =>
        a.size === b.size && [...a].every(([k, v]) => b.get(k)?.equals(v) === true);
      const outcome = same(now, old) ? "old" : same(now, fresh) ? "new" : "mixed";
      expect(outcome).not.toBe("mixed");
      outcomes.add(outcome);
      if (outcome === "new") {
        // Reset for the next moment.
        await rm(join(dir, "out"), { recursive: true });
        await writeTreeAtomically(join(dir, "out"), new Map([...old].filter(([k]) => k !== OUTPUT_MARKER).map(([k, v]) => [k, v.toString()])));
      }
    }
    expect(outcomes.size).toBeGreaterThan(0);
  });
});
