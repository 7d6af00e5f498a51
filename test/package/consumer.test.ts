// aifactory as a user's dependency, as README "Use it in your own repository" says: pack the project, scaffold a
// repository with `aifactory init`, install the tarball there (npm's cache first: --prefer-offline), then the
// section's commands (`npm run synth`, `aifactory validate`) and its main.ts (the DSL, the construct, a resource of
// the user's own). One install for the whole file: it is the expensive step (tens of seconds).
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, dirname, join, relative } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { analyzeFile } from "../../src/check/analyze.js";
import { findingLine } from "../../src/synth/terraform/finding-lines.js";
import { fixtureBlueprint } from "../objects/fixture.js";

const root = join(import.meta.dirname, "../..");
const run = promisify(execFile);
const own = JSON.parse(await readFile(join(root, "package.json"), "utf8")) as { version: string };

let scratch = "";
let repo = "";

async function exec(file: string, args: readonly string[], cwd: string, env: Record<string, string> = {}) {
  // The consumer's npm, tsc and cdktf run on the Node running the tests (scripts/ci-node.sh: a pinned 22 or 24).
  const PATH = `${dirname(process.execPath)}${delimiter}${process.env["PATH"] ?? ""}`;
  const options = { cwd, env: { ...process.env, PATH, CHECKPOINT_DISABLE: "1", CI: "1", ...env }, timeout: 180_000, maxBuffer: 64 << 20 };
  return run(file, [...args], options).then(
    ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
    (e: { code?: number; stdout?: string; stderr?: string }) => ({ code: e.code ?? -1, output: `${e.stdout}${e.stderr}` }),
  );
}

async function ok(file: string, args: readonly string[], cwd: string, env: Record<string, string> = {}): Promise<string> {
  const result = await exec(file, args, cwd, env);
  if (result.code !== 0) throw new Error(`${file} ${args.join(" ")} exited ${result.code}:\n${result.output}`);
  return result.output;
}

/** What cdktf writes (manifest.json, stacks/<name>/cdk.tf.json) under dir. */
async function tree(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    const path = relative(dir, join(e.parentPath, e.name));
    if (e.isFile() && (path === "manifest.json" || /^stacks\/[^/]+\/cdk\.tf\.json$/.test(path))) {
      out.set(path, await readFile(join(e.parentPath, e.name), "utf8"));
    }
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The fenced block of `lang` in README's "Use it in your own repository" whose first line is `first`. */
async function readmeBlock(lang: string, first: string): Promise<string> {
  const readme = await readFile(join(root, "README.md"), "utf8");
  const section = readme.split("\n## Use it in your own repository\n")[1]?.split("\n## ")[0] ?? "";
  const block = [...section.matchAll(new RegExp("```" + lang + "\\n([\\s\\S]*?)```", "g"))].map((m) => m[1] ?? "").find((b) => b.startsWith(first));
  if (block === undefined) throw new Error(`README's section has no ${lang} block starting with ${first}`);
  return block;
}

beforeAll(async () => {
  if (!existsSync(join(root, "dist/src/index.js"))) throw new Error("dist/ is missing: run `npm run build` first");
  scratch = await mkdtemp(join(tmpdir(), "aifactory-consumer-"));
  await ok("npm", ["pack", "--pack-destination", scratch, "--silent"], root);
  const tarball = join(scratch, `aifactory-${own.version}.tgz`);
  // README: `npx aifactory init my-infra` (the packed CLI is this checkout's dist/, which npm pack ships).
  const commands = (await readmeBlock("sh", "npx aifactory init")).split("\n").filter((l) => l.trim() !== "");
  expect(commands[0]).toBe("npx aifactory init my-infra");
  await ok("node", [join(root, "bin/aifactory.js"), "init", "my-infra"], scratch);
  repo = join(scratch, "my-infra");
  // aifactory is not on the registry here: point the scaffolded pin at the tarball, keep the other pins.
  const pkgPath = join(repo, "package.json");
  const pkg = JSON.parse(await readFile(pkgPath, "utf8")) as { dependencies: Record<string, string> };
  expect(pkg.dependencies["aifactory"]).toBe(own.version);
  pkg.dependencies["aifactory"] = `file:${tarball}`;
  await writeFile(pkgPath, JSON.stringify(pkg, null, 2));
  await ok("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], repo);
  // Node 24: cdktf-cli's node-pty has no prebuilt binary for its ABI (README, Set-up); a no-op on Node 22.
  await ok("bash", [join(root, "scripts/build-node-pty.sh"), repo], scratch);
}, 300_000);

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe("the packed package, installed in a user's repository", () => {
  it("ships the CLI, the schema at its documented path, types and one copy of cdktf and constructs", async () => {
    const installed = join(repo, "node_modules/aifactory");
    expect(existsSync(join(installed, "schemas/blueprint.schema.json"))).toBe(true);
    expect(existsSync(join(installed, "dist/src/index.d.ts"))).toBe(true);
    expect(existsSync(join(installed, "src"))).toBe(false); // compiled output only
    expect(existsSync(join(installed, "node_modules/cdktf"))).toBe(false);
    expect(existsSync(join(installed, "node_modules/constructs"))).toBe(false);
    const out = await ok("npx", ["aifactory", "--version"], repo);
    expect(out.trim()).toBe(own.version);
    // init from the installed package: its templates are in the tarball.
    await ok("npx", ["aifactory", "init", "again", "--blueprint", "dev-kind"], repo);
    expect(await readFile(join(repo, "again/main.ts"), "utf8")).toContain('"blueprints/dev-kind.yaml"');
  });

  it("needs no overrides on Node >= 22.19: @kubernetes/client-node's undici 8 loads (on Node 20 it does not)", async () => {
    const load = await exec("node", ["-e", "import('@kubernetes/client-node').then(() => console.log('loaded'))"], join(repo, "node_modules/aifactory"));
    const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
    if (major > 22 || (major === 22 && minor >= 19)) expect(load.code, load.output).toBe(0);
    else expect(load.output).toContain("createZstdDecompress"); // Node 20: undici 8 wants zlib's zstd (Node 22.15+)
  });

  it("npm run synth writes aifactory synth's stacks byte for byte; aifactory validate passes", async () => {
    const synth = await ok("npm", ["run", "synth"], repo);
    expect(synth).toContain("Generated Terraform code for the stacks");
    await ok("npx", ["aifactory", "validate", "blueprints/openai-nvidia-10gw.yaml"], repo);
    await ok("npx", ["aifactory", "synth", "blueprints/openai-nvidia-10gw.yaml", "--out", "ours"], repo);
    const fromCdktf = await tree(join(repo, "cdktf.out"));
    expect(fromCdktf.size).toBeGreaterThan(2);
    expect(await tree(join(repo, "ours"))).toEqual(fromCdktf);
  });

  it("fails cdktf synth on capacity errors, printing validate's located lines", async () => {
    const blueprint = fixtureBlueprint();
    blueprint.spec.sites[0].halls[0].itPowerMW = 0.05; // far below what the pools draw
    await writeFile(join(repo, "blueprints/invalid-overloaded-hall.yaml"), stringify(blueprint));
    const file = "blueprints/invalid-overloaded-hall.yaml";
    const errors = (await analyzeFile(file, { cwd: repo })).findings.filter((f) => f.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    const result = await exec("npx", ["cdktf", "synth", "-o", "failed"], repo, { AIFACTORY_BLUEPRINT: file });
    expect(result.code).not.toBe(0);
    for (const f of errors) expect(result.output).toContain(findingLine(f, file));
    expect((await exec("npx", ["aifactory", "validate", file], repo)).code).toBe(1);
  });

  it("README's main.ts: type-checks against the installed types, and its own resource sits in aifactory's stack", async () => {
    await writeFile(join(repo, "own.ts"), await readmeBlock("ts", "// main.ts"));
    await ok("npx", ["tsc"], repo); // tsconfig.json compiles every *.ts at the top: main.ts and own.ts
    await ok("npx", ["cdktf", "synth", "--app", "node dist/own.js", "-o", "own.out"], repo);
    const stack = JSON.parse(await readFile(join(repo, "own.out/stacks/lab-1/cdk.tf.json"), "utf8")) as {
      resource: Record<string, Record<string, { input?: { labels?: Record<string, string>; nodes?: number } }>>;
    };
    expect(Object.keys(stack.resource)).toContain("kubernetes_daemon_set_v1");
    const own = stack.resource["terraform_data"]?.["node-group-h100"];
    expect(own?.input?.nodes).toBe(2);
    expect(own?.input?.labels).toMatchObject({ "aifactory.dev/pool": "h100" });
  });
});
