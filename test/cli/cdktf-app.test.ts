// The cdktf app entry: its settings, their errors (each naming the variable or key), and its writes.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { packageRoot } from "../../src/check/analyze.js";
import { cdktfAppMain } from "../../src/cli/cdktf-app.js";

const dir = mkdtempSync(join(tmpdir(), "aifactory-cdktf-app-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const devKind = join(packageRoot(), "blueprints/dev-kind.yaml");

async function app(env: Record<string, string>) {
  let stderr = "";
  const code = await cdktfAppMain(env, { cwd: dir, stdout: () => undefined, stderr: (s) => void (stderr += s) });
  return { code, stderr };
}

describe("the cdktf app", () => {
  it("fails when CDKTF_CONTEXT_JSON is malformed, naming the variable", async () => {
    const r = await app({ CDKTF_CONTEXT_JSON: "{blueprint:", CDKTF_OUTDIR: join(dir, "o1") });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^aifactory: error: CDKTF_CONTEXT_JSON is not valid JSON/);
  });

  it("fails on a context blueprint that is not a string, instead of synthesizing the default", async () => {
    const r = await app({ CDKTF_CONTEXT_JSON: '{"blueprint": 42}', CDKTF_OUTDIR: join(dir, "o2") });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the cdktf context key "blueprint" must be a non-empty string .*got 42/);
    expect(() => readdirSync(join(dir, "o2"))).toThrow();
  });

  it("fails on an unknown profile and on a context that is not an object", async () => {
    expect((await app({ AIFACTORY_PROFILE: "gpu", AIFACTORY_BLUEPRINT: devKind })).stderr).toMatch(/unknown profile "gpu"/);
    expect((await app({ CDKTF_CONTEXT_JSON: "[1]" })).stderr).toMatch(/CDKTF_CONTEXT_JSON must be a JSON object/);
  });

  it("writes the stacks and keeps Terraform's state in the output directory across runs", async () => {
    const out = join(dir, "cdktf.out");
    expect((await app({ AIFACTORY_BLUEPRINT: devKind, CDKTF_OUTDIR: out })).code).toBe(0);
    writeFileSync(join(out, "stacks/dev/terraform.dev.tfstate"), "state");
    mkdirSync(join(out, "stacks/dev/.terraform"));
    expect((await app({ CDKTF_CONTEXT_JSON: JSON.stringify({ blueprint: devKind }), CDKTF_OUTDIR: out })).code).toBe(0);
    expect(readFileSync(join(out, "stacks/dev/terraform.dev.tfstate"), "utf8")).toBe("state");
    expect(readdirSync(out).sort()).toEqual([".aifactory-output.json", "manifest.json", "stacks"]);
  });

  it("reads a DSL module like the CLI: in a child process, a failure is AIF-IO005 and exit 2", async () => {
    writeFileSync(join(dir, "bad.mjs"), "process.exit(0);\n");
    const r = await app({ AIFACTORY_BLUEPRINT: "bad.mjs", CDKTF_OUTDIR: join(dir, "o3") });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/AIF-IO005 cannot load the DSL module bad\.mjs: it ended the process/);
  });
});
