import { mkdtemp, readFile, readdir, rm, writeFile, mkdir, stat, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OUTPUT_MARKER, OutputRefusedError, writeTreeAtomically } from "../../src/output/write-tree.js";

const tree = (entries: Record<string, string>) => new Map(Object.entries({ "manifest.json": "{}", ...entries }));

let parent = "";
beforeEach(async () => {
  parent = await mkdtemp(join(tmpdir(), "aifactory-write-tree-"));
});
afterEach(async () => {
  await rm(parent, { recursive: true, force: true });
});

describe("writeTreeAtomically", () => {
  it("writes nested files into a new directory, with the marker listing them", async () => {
    const out = join(parent, "out");
    await writeTreeAtomically(out, tree({ "a.json": "1", "stacks/x/cdk.tf.json": "2" }));
    expect(await readFile(join(out, "stacks/x/cdk.tf.json"), "utf8")).toBe("2");
    expect(JSON.parse(await readFile(join(out, OUTPUT_MARKER), "utf8")).files).toEqual(["a.json", "manifest.json", "stacks/x/cdk.tf.json"]);
    expect((await readdir(parent)).sort()).toEqual(["out"]); // no staging left behind
  });

  it("replaces its own previous tree as a whole (stale files, e.g. a removed cluster's stack, disappear)", async () => {
    const out = join(parent, "out");
    await writeTreeAtomically(out, tree({ "stacks/old/cdk.tf.json": "stale", "stacks/kept/cdk.tf.json": "1" }));
    await writeTreeAtomically(out, tree({ "stacks/kept/cdk.tf.json": "2" }));
    expect((await readdir(join(out, "stacks"))).sort()).toEqual(["kept"]);
    expect((await readdir(parent)).sort()).toEqual(["out"]);
  });

  it("writes into an existing empty directory", async () => {
    const out = join(parent, "out");
    await mkdir(out);
    await writeTreeAtomically(out, tree({ "a.txt": "a" }));
    expect((await readdir(out)).sort()).toEqual([OUTPUT_MARKER, "a.txt", "manifest.json"]);
  });

  it("refuses to replace a directory that is not a previous output, and leaves it untouched", async () => {
    const out = join(parent, "src");
    await mkdir(out);
    await writeFile(join(out, "main.ts"), "precious");
    await expect(writeTreeAtomically(out, tree({}))).rejects.toThrow(OutputRefusedError);
    await expect(writeTreeAtomically(out, tree({}))).rejects.toThrow(/holds no \.aifactory-output\.json, so it is not a previous aifactory output/);
    expect(await readFile(join(out, "main.ts"), "utf8")).toBe("precious");
    expect((await readdir(parent)).sort()).toEqual(["src"]);
  });

  it("refuses a web project that happens to hold a manifest.json", async () => {
    const out = join(parent, "site");
    await mkdir(out);
    await writeFile(join(out, "manifest.json"), '{"name": "my app"}');
    await writeFile(join(out, "index.html"), "<html>");
    await expect(writeTreeAtomically(out, tree({}))).rejects.toThrow(OutputRefusedError);
    expect((await readdir(out)).sort()).toEqual(["index.html", "manifest.json"]);
  });

  it("refuses its own previous output once it holds a file it did not write (Terraform state), naming it", async () => {
    const out = join(parent, "out");
    await writeTreeAtomically(out, tree({ "stacks/dev/cdk.tf.json": "1" }));
    await writeFile(join(out, "stacks/dev/terraform.dev.tfstate"), "state");
    await expect(writeTreeAtomically(out, tree({}))).rejects.toThrow(/holds stacks\/dev\/terraform\.dev\.tfstate, which aifactory did not write/);
    expect(await readFile(join(out, "stacks/dev/terraform.dev.tfstate"), "utf8")).toBe("state");
  });

  it("refuses to write over a file", async () => {
    const out = join(parent, "README.md");
    await writeFile(out, "precious");
    await expect(writeTreeAtomically(out, tree({}))).rejects.toThrow(/it is not a directory/);
    expect(await readFile(out, "utf8")).toBe("precious");
  });

  it("refuses the root of the file system before creating anything there", async () => {
    await expect(writeTreeAtomically("/", tree({}))).rejects.toThrow(/root of the file system/);
    expect((await readdir("/")).filter((e) => e.includes("aifactory"))).toEqual([]);
  });

  it("through a symbolic link: replaces the directory it points to, keeps the link, stages beside the real directory", async () => {
    await mkdir(join(parent, "real"));
    await mkdir(join(parent, "links"));
    await symlink(join(parent, "real", "out"), join(parent, "links", "out"));
    await writeTreeAtomically(join(parent, "real", "out"), tree({ "a.txt": "1" }));
    await writeTreeAtomically(join(parent, "links", "out"), tree({ "a.txt": "2" }));
    expect(await readFile(join(parent, "real", "out", "a.txt"), "utf8")).toBe("2");
    expect((await readdir(join(parent, "links")))).toEqual(["out"]);
    expect((await readdir(join(parent, "real")))).toEqual(["out"]);
  });

  it("creates the output directory with the umask's mode, not mkdtemp's 0700", async () => {
    const out = join(parent, "out");
    const umask = process.umask();
    await writeTreeAtomically(out, tree({ "sub/a.txt": "1" }));
    expect((await stat(out)).mode & 0o777).toBe(0o777 & ~umask);
    expect((await stat(join(out, "sub"))).mode & 0o777).toBe(0o777 & ~umask);
  });

  it("throws on a path leaving the tree, and leaves the previous tree untouched", async () => {
    const out = join(parent, "out");
    await writeTreeAtomically(out, tree({ "keep.txt": "previous" }));
    await expect(writeTreeAtomically(out, tree({ "ok.txt": "x", "../escape.txt": "y" }))).rejects.toThrow(/must be relative, stay inside/);
    expect(await readFile(join(out, "keep.txt"), "utf8")).toBe("previous");
    expect((await readdir(parent)).sort()).toEqual(["out"]);
  });

  it("puts back the previous tree that a run killed between its two renames left aside, and removes dead scratch trees", async () => {
    const out = join(parent, "out");
    await writeTreeAtomically(join(parent, "seed"), tree({ "keep.txt": "previous" }));
    const { rename } = await import("node:fs/promises");
    await rename(join(parent, "seed"), join(parent, ".out.aifactory-previous"));
    await mkdir(join(parent, ".out.aifactory-new-999999999-abcdef"), { recursive: true });
    await expect(writeTreeAtomically(out, tree({ "../escape.txt": "y" }))).rejects.toThrow(/stay inside/);
    await writeTreeAtomically(out, tree({ "new.txt": "new" }));
    expect((await readdir(parent)).sort()).toEqual(["out"]);
    expect((await readdir(out)).sort()).toEqual([OUTPUT_MARKER, "manifest.json", "new.txt"]);
  });

  it("does not put back a previous tree that a run killed while removing it left half removed (its marker gone)", async () => {
    // Before: the previous tree was removed in place, so a kill mid-removal left `.out.aifactory-previous` without its
    // marker; a later write with `out` missing put that half tree back as the output and then refused to replace it.
    const out = join(parent, "out");
    await writeTreeAtomically(join(parent, "seed"), tree({ "a.txt": "a", "b.txt": "b" }));
    await rm(join(parent, "seed", OUTPUT_MARKER));
    await rm(join(parent, "seed", "a.txt"));
    const { rename } = await import("node:fs/promises");
    await rename(join(parent, "seed"), join(parent, ".out.aifactory-previous"));
    await writeTreeAtomically(out, tree({ "new.txt": "new" }));
    expect((await readdir(parent)).sort()).toEqual(["out"]);
    expect((await readdir(out)).sort()).toEqual([OUTPUT_MARKER, "manifest.json", "new.txt"]);
  });

  it("removes the previous tree under a scratch name, which a later run removes when its writer is gone", async () => {
    const out = join(parent, "out");
    await writeTreeAtomically(out, tree({ "v1.txt": "1" }));
    await mkdir(join(parent, ".out.aifactory-old-999999999-abcdef", "sub"), { recursive: true });
    await writeTreeAtomically(out, tree({ "v2.txt": "2" }));
    expect((await readdir(parent)).sort()).toEqual(["out"]);
    expect((await readdir(out)).sort()).toEqual([OUTPUT_MARKER, "manifest.json", "v2.txt"]);
  });
});
