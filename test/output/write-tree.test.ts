import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeTreeAtomically } from "../../src/output/write-tree.js";

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
    await writeTreeAtomically(out, new Map([["a.json", "1"], ["stacks/x/cdk.tf.json", "2"]]));
    expect(await readFile(join(out, "stacks/x/cdk.tf.json"), "utf8")).toBe("2");
    expect((await readdir(parent)).sort()).toEqual(["out"]); // no staging left behind
  });

  it("replaces the previous tree as a whole (stale files disappear)", async () => {
    const out = join(parent, "out");
    await mkdir(join(out, "stacks/old"), { recursive: true });
    await writeFile(join(out, "stacks/old/cdk.tf.json"), "stale");
    await writeTreeAtomically(out, new Map([["manifest.json", "{}"]]));
    expect(await readdir(out)).toEqual(["manifest.json"]);
    expect((await readdir(parent)).sort()).toEqual(["out"]);
  });

  it("throws on a path leaving the tree, and leaves the previous tree untouched", async () => {
    const out = join(parent, "out");
    await writeTreeAtomically(out, new Map([["keep.txt", "previous"]]));
    await expect(writeTreeAtomically(out, new Map([["ok.txt", "x"], ["../escape.txt", "y"]]))).rejects.toThrow(
      /must be relative and stay inside/,
    );
    expect(await readFile(join(out, "keep.txt"), "utf8")).toBe("previous");
    expect((await readdir(parent)).sort()).toEqual(["out"]);
  });

  it("puts back the previous tree that a run killed between its two renames left aside, then replaces it", async () => {
    const out = join(parent, "out");
    await mkdir(join(parent, ".out.old-abc123"), { recursive: true });
    await writeFile(join(parent, ".out.old-abc123", "keep.txt"), "previous");
    await mkdir(join(parent, ".out.new-def456"), { recursive: true });
    await expect(writeTreeAtomically(out, new Map([["../escape.txt", "y"]]))).rejects.toThrow(/stay inside/);
    expect(await readFile(join(out, "keep.txt"), "utf8")).toBe("previous");
    await writeTreeAtomically(out, new Map([["new.txt", "new"]]));
    expect((await readdir(parent)).sort()).toEqual(["out"]);
    expect(await readdir(out)).toEqual(["new.txt"]);
  });
});
