// The cdktf app's writer: files it did not write (Terraform state) stay, stale stacks go, and a run killed while
// applying is completed by the next one.
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { STAGING_DIR, applyStaged, updateTreeInPlace } from "../../src/output/update-tree.js";
import { OUTPUT_MARKER, writeFiles } from "../../src/output/write-tree.js";

let out = "";
beforeEach(async () => {
  out = join(await mkdtemp(join(tmpdir(), "aifactory-update-tree-")), "cdktf.out");
});
afterEach(async () => {
  await rm(join(out, ".."), { recursive: true, force: true });
});
const files = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe("updateTreeInPlace", () => {
  it("keeps Terraform's files, replaces its own, and removes the stack of a cluster the blueprint no longer has", async () => {
    await updateTreeInPlace(out, files({ "manifest.json": "1", "stacks/a/cdk.tf.json": "a1", "stacks/b/cdk.tf.json": "b1" }));
    await writeFile(join(out, "stacks/a/terraform.a.tfstate"), "state a");
    await mkdir(join(out, "stacks/a/.terraform"));
    await updateTreeInPlace(out, files({ "manifest.json": "2", "stacks/a/cdk.tf.json": "a2" }));
    expect(await readFile(join(out, "stacks/a/cdk.tf.json"), "utf8")).toBe("a2");
    expect(await readFile(join(out, "stacks/a/terraform.a.tfstate"), "utf8")).toBe("state a");
    expect((await readdir(join(out, "stacks"))).sort()).toEqual(["a"]);
    expect((await readdir(out)).sort()).toEqual([OUTPUT_MARKER, "manifest.json", "stacks"]);
  });

  it("keeps the parts of a previous synth it does not write (kubernetes/), still listed in the marker", async () => {
    await updateTreeInPlace(out, files({ "manifest.json": "1", "stacks/a/cdk.tf.json": "a1", "kubernetes/a/manifests.yaml": "k" }));
    await updateTreeInPlace(out, files({ "manifest.json": "2", "stacks/a/cdk.tf.json": "a2" }));
    expect(await readFile(join(out, "kubernetes/a/manifests.yaml"), "utf8")).toBe("k");
    expect(JSON.parse(await readFile(join(out, OUTPUT_MARKER), "utf8")).files).toEqual(["kubernetes/a/manifests.yaml", "manifest.json", "stacks/a/cdk.tf.json"]);
  });

  it("rolls forward a complete staging tree that a killed run left half applied", async () => {
    await updateTreeInPlace(out, files({ "manifest.json": "1", "stacks/a/cdk.tf.json": "a1", "stacks/old/cdk.tf.json": "o1" }));
    // The killed run: staged completely (marker last), then moved one file before it died.
    const staging = join(out, STAGING_DIR);
    await mkdir(staging);
    await writeFiles(staging, files({ "manifest.json": "2", "stacks/a/cdk.tf.json": "a2" }));
    const { rename } = await import("node:fs/promises");
    await rename(join(staging, "manifest.json"), join(out, "manifest.json"));
    await applyStaged(out);
    expect(await readFile(join(out, "manifest.json"), "utf8")).toBe("2");
    expect(await readFile(join(out, "stacks/a/cdk.tf.json"), "utf8")).toBe("a2");
    expect((await readdir(join(out, "stacks"))).sort()).toEqual(["a"]);
    expect((await readdir(out)).sort()).toEqual([OUTPUT_MARKER, "manifest.json", "stacks"]);
  });

  it("drops an incomplete staging tree (no marker yet): the previous files stay", async () => {
    await updateTreeInPlace(out, files({ "manifest.json": "1" }));
    await mkdir(join(out, STAGING_DIR));
    await writeFile(join(out, STAGING_DIR, "manifest.json"), "half");
    await updateTreeInPlace(out, files({ "manifest.json": "3" }));
    expect(await readFile(join(out, "manifest.json"), "utf8")).toBe("3");
    expect((await readdir(out)).sort()).toEqual([OUTPUT_MARKER, "manifest.json"]);
  });
});
