import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { run as runCli } from "../../../src/cli/main.js";
import { fixtureBlueprint } from "../../objects/fixture.js";

const scratch: string[] = [];
afterAll(async () => {
  for (const dir of scratch) await rm(dir, { recursive: true, force: true });
});

async function synthIn(blueprintText: string): Promise<{ dir: string; files: Map<string, Buffer> }> {
  const dir = await mkdtemp(join(tmpdir(), "aifactory-determinism-"));
  scratch.push(dir);
  await writeFile(join(dir, "factory.yaml"), blueprintText);
  const io = { stdout: () => undefined, stderr: () => undefined, cwd: dir };
  expect(await runCli(["synth", "factory.yaml"], io)).toBe(0);
  const out = join(dir, "cdktf.out");
  const files = new Map<string, Buffer>();
  for (const e of await readdir(out, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) files.set(relative(out, join(e.parentPath, e.name)), await readFile(join(e.parentPath, e.name)));
  }
  return { dir, files };
}

describe("aifactory synth", () => {
  it("writes byte-identical files from two different directories, naming neither", async () => {
    const text = stringify(fixtureBlueprint());
    const a = await synthIn(text);
    const b = await synthIn(text);
    expect([...a.files.keys()]).toEqual(
      expect.arrayContaining(["manifest.json", "stacks/alpha/cdk.tf.json", "stacks/beta/cdk.tf.json"]),
    );
    expect(b.files).toEqual(a.files);
    for (const content of a.files.values()) {
      expect(content.toString()).not.toContain(a.dir);
      expect(content.toString()).not.toContain(tmpdir());
    }
  });

  it("refuses a blueprint with errors and leaves the previous output as it was", async () => {
    const good = await synthIn(stringify(fixtureBlueprint()));
    const bad = fixtureBlueprint();
    bad.spec.sites[0].halls[0].itPowerMW = 0.05;
    await writeFile(join(good.dir, "factory.yaml"), stringify(bad));
    const errors: string[] = [];
    const io = { stdout: () => undefined, stderr: (s: string) => void errors.push(s), cwd: good.dir };
    expect(await runCli(["synth", "factory.yaml"], io)).toBe(1);
    expect(errors.join("")).toMatch(/factory\.yaml:\d+:\d+: error AIF-/);
    const after = await readFile(join(good.dir, "cdktf.out/stacks/alpha/cdk.tf.json"));
    expect(after).toEqual(good.files.get("stacks/alpha/cdk.tf.json"));
  });
});
