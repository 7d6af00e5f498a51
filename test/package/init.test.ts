// `aifactory init` in process: what it writes, what it refuses. test/package/consumer.test.ts installs and runs it.
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../cli/helpers.js";

const root = join(import.meta.dirname, "../..");
let scratch = "";
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "aifactory-init-"));
});
afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe("aifactory init", () => {
  it("writes the repository with the tested versions pinned and the chosen blueprint wired into main.ts", async () => {
    const result = await runCli(["init", "infra", "--blueprint", "first-gigawatt"], { cwd: scratch });
    expect(result.code, result.stderr).toBe(0);
    const dir = join(scratch, "infra");
    const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
    expect(files.sort()).toEqual([
      ".github/workflows/blueprint-review.yml",
      ".gitignore",
      "README.md",
      "blueprints/first-gigawatt.yaml",
      "cdktf.json",
      "main.ts",
      "package.json",
      "tsconfig.json",
    ]);
    const own = JSON.parse(await readFile(join(root, "package.json"), "utf8")) as { version: string; devDependencies: Record<string, string> };
    const pkg = JSON.parse(await readFile(join(dir, "package.json"), "utf8")) as Record<string, Record<string, string>>;
    expect(pkg["dependencies"]).toEqual({ aifactory: own.version, cdktf: own.devDependencies["cdktf"], constructs: own.devDependencies["constructs"] });
    expect(pkg["devDependencies"]?.["cdktf-cli"]).toBe(own.devDependencies["cdktf-cli"]);
    expect(await readFile(join(dir, "main.ts"), "utf8")).toContain('"blueprints/first-gigawatt.yaml"');
    expect(JSON.parse(await readFile(join(dir, "cdktf.json"), "utf8")).app).toBe("node dist/main.js");
    expect(result.stdout).toContain("Next: cd infra && npm install && npm run synth");
  });

  it("writes the review workflow of this repository, on the Node line the package supports", async () => {
    const ours = await readFile(join(root, ".github/workflows/blueprint-review.yml"), "utf8");
    const template = await readFile(join(root, "templates/init/github/workflows/blueprint-review.yml"), "utf8");
    const steps = (text: string) => text.split("\n").filter((l) => !l.startsWith("#") && !l.includes("node-version:"));
    expect(steps(template)).toEqual(steps(ours));
    expect(template).toContain("node-version: 22");
  });

  it("refuses a directory that is not empty, unless --force", async () => {
    const dir = join(scratch, "busy");
    await mkdir(dir);
    await writeFile(join(dir, "notes.txt"), "mine");
    const refused = await runCli(["init", "busy"], { cwd: scratch });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("busy is not empty (1 entry): choose an empty directory, or pass --force");
    expect(await readdir(dir)).toEqual(["notes.txt"]);
    const forced = await runCli(["init", "busy", "--force"], { cwd: scratch });
    expect(forced.code, forced.stderr).toBe(0);
    expect(await readFile(join(dir, "notes.txt"), "utf8")).toBe("mine");
  });

  it("fails naming the bundled blueprints when the one asked for does not exist", async () => {
    const result = await runCli(["init", "x", "--blueprint", "nope"], { cwd: scratch });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no bundled blueprint "nope": choose one of .*first-gigawatt/);
  });
});
