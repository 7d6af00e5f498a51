import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OutputRefusedError, writeTreeAtomically } from "../../src/output/write-tree.js";

/** Trees of these tests hold a manifest.json at their top, as synth's do. */
const OWN = { marker: "manifest.json" };
const tree = (entries: Record<string, string>) => new Map(Object.entries({ "manifest.json": "{}", ...entries }));

let parent = "";
beforeEach(async () => {
  parent = await mkdtemp(join(tmpdir(), "aifactory-write-tree-"));
});
afterEach(async () => {
  await rm(parent, { recursive: true, force: true });
});

describe("writeTreeAtomically", () => {
  it("writes nested files into a new directory", async () => {
    const out = join(parent, "out");
    await writeTreeAtomically(out, tree({ "a.json": "1", "stacks/x/cdk.tf.json": "2" }), OWN);
    expect(await readFile(join(out, "stacks/x/cdk.tf.json"), "utf8")).toBe("2");
    expect((await readdir(parent)).sort()).toEqual(["out"]); // no staging left behind
  });

  it("replaces the previous tree as a whole (stale files disappear)", async () => {
    const out = join(parent, "out");
    await mkdir(join(out, "stacks/old"), { recursive: true });
    await writeFile(join(out, "manifest.json"), "{}");
    await writeFile(join(out, "stacks/old/cdk.tf.json"), "stale");
    await writeTreeAtomically(out, tree({}), OWN);
    expect(await readdir(out)).toEqual(["manifest.json"]);
    expect((await readdir(parent)).sort()).toEqual(["out"]);
  });

  it("writes into an existing empty directory", async () => {
    const out = join(parent, "out");
    await mkdir(out);
    await writeTreeAtomically(out, tree({ "a.txt": "a" }), OWN);
    expect((await readdir(out)).sort()).toEqual(["a.txt", "manifest.json"]);
  });

  it("refuses to replace a directory that is not a previous output, and leaves it untouched", async () => {
    const out = join(parent, "src");
    await mkdir(out);
    await writeFile(join(out, "main.ts"), "precious");
    await expect(writeTreeAtomically(out, tree({}), OWN)).rejects.toThrow(OutputRefusedError);
    await expect(writeTreeAtomically(out, tree({}), OWN)).rejects.toThrow(/holds no manifest.json, so it is not a previous output/);
    expect(await readFile(join(out, "main.ts"), "utf8")).toBe("precious");
    expect((await readdir(parent)).sort()).toEqual(["src"]);
  });

  it("refuses to write over a file", async () => {
    const out = join(parent, "README.md");
    await writeFile(out, "precious");
    await expect(writeTreeAtomically(out, tree({}), OWN)).rejects.toThrow(/it is not a directory/);
    expect(await readFile(out, "utf8")).toBe("precious");
  });

  it("throws on a path leaving the tree, and leaves the previous tree untouched", async () => {
    const out = join(parent, "out");
    await writeTreeAtomically(out, tree({ "keep.txt": "previous" }), OWN);
    await expect(writeTreeAtomically(out, tree({ "ok.txt": "x", "../escape.txt": "y" }), OWN)).rejects.toThrow(
      /must be relative and stay inside/,
    );
    expect(await readFile(join(out, "keep.txt"), "utf8")).toBe("previous");
    expect((await readdir(parent)).sort()).toEqual(["out"]);
  });

  it("puts back the previous tree that a run killed between its two renames left aside, then replaces it", async () => {
    const out = join(parent, "out");
    await mkdir(join(parent, ".out.old-abc123"), { recursive: true });
    await writeFile(join(parent, ".out.old-abc123", "manifest.json"), "{}");
    await writeFile(join(parent, ".out.old-abc123", "keep.txt"), "previous");
    await mkdir(join(parent, ".out.new-def456"), { recursive: true });
    await expect(writeTreeAtomically(out, tree({ "../escape.txt": "y" }), OWN)).rejects.toThrow(/stay inside/);
    expect(await readFile(join(out, "keep.txt"), "utf8")).toBe("previous");
    await writeTreeAtomically(out, tree({ "new.txt": "new" }), OWN);
    expect((await readdir(parent)).sort()).toEqual(["out"]);
    expect((await readdir(out)).sort()).toEqual(["manifest.json", "new.txt"]);
  });
});
