// `aifactory plan`: golden reports for a base/head pair, exit codes, --out, colour, and --base-ref through real git.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runPlan, type PlanCommandOptions, type PlanDeps, type Synthesize } from "../../src/cli/commands/plan.js";
import type { CliIo } from "../../src/cli/io.js";
import { GITHUB_COMMENT_LIMIT, type Plan } from "../../src/report/index.js";
import { expectGolden, PLAN_FIXTURES, ROOT } from "../report/helpers.js";
import { runCli } from "./helpers.js";

const HEAD = `${PLAN_FIXTURES}/valid-small.yaml`;
const BASE = `${PLAN_FIXTURES}/valid-small-base.yaml`;

/**
 * A stand-in for synthesizeTerraform with the same shape (one stack per cluster, for_each keyed by name), so the
 * golden files do not change whenever the Terraform output evolves; the real one is exercised below.
 */
const fakeSynthesize: Synthesize = (objects) =>
  new Map(
    objects
      .map(({ cluster: c }) => [
        c.name,
        {
          "//": { metadata: { stackName: c.name } },
          resource: {
            kubernetes_namespace_v1: {
              tenant: {
                for_each: Object.fromEntries(c.tenants.map((t) => [t.name, { quota: t.gpuQuota }])),
                metadata: [{ name: "${each.key}", labels: { quota: "${each.value.quota}" } }],
              },
            },
            kubernetes_config_map_v1: {
              pool: {
                for_each: Object.fromEntries(c.pools.map((p) => [p.name, { system: p.systemId, nodes: String(p.nodes) }])),
                metadata: [{ name: "${each.key}" }],
                data: { system: "${each.value.system}", nodes: "${each.value.nodes}" },
              },
            },
          },
        },
      ]),
  );
const deps: PlanDeps = { synthesize: async () => fakeSynthesize };

async function plan(file: string | undefined, options: PlanCommandOptions, io: Partial<CliIo> = {}, d: PlanDeps = deps) {
  let stdout = "";
  let stderr = "";
  const code = await runPlan(
    file,
    options,
    {
      stdout: (s) => void (stdout += s),
      stderr: (s) => void (stderr += s),
      cwd: io.cwd ?? ROOT,
      isTTY: io.isTTY ?? false,
      env: io.env ?? {},
    },
    d,
  );
  return { code, stdout, stderr };
}

const tmp = mkdtempSync(join(tmpdir(), "aifactory-plan-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("aifactory plan against a base", () => {
  it("matches the golden Markdown and text for the base/head pair", async () => {
    const md = await plan(HEAD, { format: "markdown", base: BASE });
    expect(md.code).toBe(0);
    expectGolden("valid-small-diff.md", md.stdout);
    const text = await plan(HEAD, { format: "text", base: BASE });
    expectGolden("valid-small-diff.txt", text.stdout);
    expect(md.stdout).toContain(`### Changes against \`${BASE}\``);
    expect(md.stdout).toContain('+ kubernetes_config_map_v1.pool["b300"]');
    // A delete is in the destructive list, first in the report.
    expect(md.stdout).toContain('- `-` stack beta-infer: `kubernetes_config_map_v1.pool["h100"]` deleted');
    expect(md.stdout).toContain('~ kubernetes_config_map_v1.pool["gb200"]\n    data.nodes: "90000" → "99000"');
  });

  it("hides what did not change: a blueprint against itself says no change", async () => {
    const same = await plan(HEAD, { format: "json", base: HEAD });
    const parsed = JSON.parse(same.stdout) as Plan;
    expect(parsed.diff?.changed).toBe(false);
    expect(parsed.diff?.terraform).toEqual([]);
    const md = await plan(HEAD, { format: "markdown", base: HEAD });
    expect(md.stdout).toContain("No change.");
    expect(md.stdout).not.toContain("**Pools**");
  });

  it("reads the base from git with --base-ref, and treats a blueprint new at that revision as all added", async () => {
    const repo = join(tmp, "repo");
    const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.invalid", ...args], { cwd: repo });
    execFileSync("git", ["init", "-q", repo]);
    writeFileSync(join(repo, "bp.yaml"), readFileSync(`${ROOT}${BASE}`));
    git("add", "bp.yaml");
    git("commit", "-q", "-m", "base");
    writeFileSync(join(repo, "bp.yaml"), readFileSync(`${ROOT}${HEAD}`));
    writeFileSync(join(repo, "new.yaml"), readFileSync(`${ROOT}${HEAD}`));

    const changed = await plan("bp.yaml", { format: "json", baseRef: "HEAD" }, { cwd: repo });
    expect(changed.stderr).toBe("");
    const diff = (JSON.parse(changed.stdout) as Plan).diff;
    expect(diff?.base).toBe("HEAD:bp.yaml");
    expect(diff?.poolsResized.map((p) => p.pool)).toEqual(["gb200"]);

    const fresh = await plan("new.yaml", { format: "json", baseRef: "HEAD" }, { cwd: repo });
    const freshDiff = (JSON.parse(fresh.stdout) as Plan).diff;
    expect(freshDiff?.note).toContain("does not exist at HEAD");
    expect(freshDiff?.poolsAdded).toHaveLength(3);

    await expect(plan("bp.yaml", { baseRef: "no-such-ref" }, { cwd: repo })).rejects.toThrow(/--base-ref "no-such-ref" is not a commit in this repository/);
  });

  it("diffs the real synthesized Terraform by address", async () => {
    const result = await plan(HEAD, { format: "json", base: BASE }, {}, {});
    const diff = (JSON.parse(result.stdout) as Plan).diff;
    const stacks = diff?.terraform ?? [];
    expect(stacks.length).toBeGreaterThan(0);
    // beta-infer's GPUs change, so the quota of its tenant (a gpuShare) changes: an instance keyed by tenant name.
    const beta = stacks.find((s) => s.stack.includes("beta-infer"));
    expect(beta?.status).toBe("changed");
    expect(beta?.changed.some((a) => a.endsWith('["serving"]'))).toBe(true);
    expect(stacks.every((s) => s.added.length + s.removed.length + s.changed.length > 0)).toBe(true);
  });
});

describe("aifactory plan --terraform-plan", () => {
  const review = "test/fixtures/plan-review";
  const tfPlan = "test/fixtures/plan-terraform/plan.json";
  it("sets Terraform's verdicts against the diff of the stack, and flags where they disagree", async () => {
    const args = ["plan", `${review}/valid-quota.yaml`, "--base", `${review}/valid-base.yaml`, "--terraform-plan", `dev=${tfPlan}`];
    const json = await runCli([...args, "--format", "json"]);
    expect(json.code).toBe(0);
    const [report] = (JSON.parse(json.stdout) as Plan).terraformPlans ?? [];
    expect(report).toMatchObject({ stack: "dev", file: tfPlan, terraformVersion: "1.11.4", formatVersion: "1.2" });
    // The fixture plans terraform_data resources, none of which the blueprint has; the quota update Terraform does not
    // plan: every line disagrees, which is the point of the check.
    expect(report?.resources.find((r) => r.address === 'kubernetes_resource_quota_v1.tenant_gpu["inference"]')).toMatchObject({ terraform: "absent", aifactory: "update", agrees: false });
    expect(report?.resources.find((r) => r.address === 'terraform_data.tier["training"]')).toMatchObject({ terraform: "replace", actionReason: "replace_because_cannot_update", aifactory: "no-change", agrees: false });
    const text = await runCli(args);
    expect(text.stdout).toMatch(/Terraform plans\n {2}stack dev: Terraform 1\.11\.4 \(test\/fixtures\/plan-terraform\/plan\.json\)/);
    expect(text.stdout).toContain('terraform_data.tier["training"]: Terraform replace (replace_because_cannot_update: triggers_replace); aifactory: no-change  DISAGREE');
    const md = await runCli([...args, "--format", "markdown"]);
    expect(md.stdout).toContain("### Terraform plan: stack `dev`");
    // Terraform's plan deletes and replaces: --fail-on destroy counts it even where aifactory's diff does not.
    expect((await runCli([...args, "--fail-on", "destroy"])).code).toBe(1);
    // A bare file is the one stack of a one-cluster blueprint.
    expect((await runCli(["plan", `${review}/valid-base.yaml`, "--terraform-plan", tfPlan])).code).toBe(0);
  });

  it("exits 2 with the file, line and column when the plan is not Terraform's plan JSON", async () => {
    const bad = join(tmp, "bad-plan.json");
    writeFileSync(bad, '{\n  "format_version": "1.2",\n  "resource_changes": [\n    { "address": "a.b", "mode": "managed", "type": "a", "change": { "actions": ["explode"] } }\n  ]\n}\n');
    const r = await runCli(["plan", `${review}/valid-base.yaml`, "--terraform-plan", bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bad}:4:`);
    expect(r.stderr).toContain("/resource_changes/0/change/actions/0");
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const unknownStack = await runCli(["plan", HEAD, "--terraform-plan", `nope=${tfPlan}`]);
    expect(unknownStack.code).toBe(2);
    expect(unknownStack.stderr).toContain("no stack nope in this blueprint (stacks: alpha-train, beta-infer)");
    const ambiguous = await runCli(["plan", HEAD, "--terraform-plan", tfPlan]);
    expect(ambiguous.stderr).toContain("say which stack it is (STACK=FILE)");
    expect((await runCli(["plan", HEAD, "--terraform-plan", "alpha-train=/no/such.json"])).stderr).toContain("no such file");
  });
});

describe("the 10 GW reference", () => {
  it("stays under GitHub's comment limit as Markdown, alone and against the first gigawatt with real Terraform", async () => {
    const alone = await runCli(["plan", "blueprints/openai-nvidia-10gw.yaml", "--format", "markdown"]);
    expect(alone.stdout.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    const diff = await plan("blueprints/openai-nvidia-10gw.yaml", { format: "markdown", base: "blueprints/first-gigawatt.yaml" }, {}, {});
    expect(diff.stdout).toContain("### Changes against `blueprints/first-gigawatt.yaml`");
    expect(diff.stdout.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
  });
});

describe("aifactory plan (CLI)", () => {
  it("exits 0 with warnings only, 1 with --fail-on warning", async () => {
    expect((await runCli(["plan", HEAD])).code).toBe(0);
    expect((await runCli(["plan", HEAD, "--fail-on", "warning"])).code).toBe(1);
  });

  it("exits 1 with --fail-on destroy when the real Terraform diff deletes or replaces, 0 when it only updates", async () => {
    const review = "test/fixtures/plan-review";
    const run = (head: string, failOn: string) => runCli(["plan", `${review}/valid-${head}.yaml`, "--base", `${review}/valid-base.yaml`, "--fail-on", failOn]);
    expect((await run("quota", "destroy")).code).toBe(0);
    expect((await run("renamed-tenant", "error")).code).toBe(0);
    const renamed = await run("renamed-tenant", "destroy");
    expect(renamed.code).toBe(1);
    expect(renamed.stdout).toMatch(/Destructive changes \(6\)\n {2}- stack dev: namespace research \(kubernetes_namespace_v1\.tenant\["research"\]\) deleted/);
    expect((await run("priority-value", "warning,destroy")).code).toBe(1);
    const bad = await runCli(["plan", HEAD, "--fail-on", "destroy,everything"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('expected error, warning or destroy (comma-separated), got "destroy,everything"');
  });

  it("exits 2 on usage problems: bad utilisation, unknown format, missing file, both bases", async () => {
    const bad = await runCli(["plan", HEAD, "--utilisation", "1.5"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("utilisation must be");
    expect((await runCli(["plan", HEAD, "--format", "html"])).code).toBe(2);
    expect((await runCli(["plan", "test/fixtures/plan/no-such.yaml"])).code).toBe(2);
    expect((await runCli(["plan", HEAD, "--base", BASE, "--base-ref", "HEAD"])).code).toBe(2);
  });

  it("states a settable utilisation", async () => {
    const half = await runCli(["plan", HEAD, "--format", "json", "--utilisation", "0.5"]);
    const full = await runCli(["plan", HEAD, "--format", "json"]);
    const e = (r: { stdout: string }) => (JSON.parse(r.stdout) as Plan).energy;
    expect(e(half).utilisation).toBe(0.5);
    expect(e(half).facilityTWh).toBeCloseTo(e(full).facilityTWh / 2, 2);
  });

  it("writes --out files without colour and prints nothing", async () => {
    const out = join(tmp, "plan.sarif");
    const r = await runCli(["plan", HEAD, "--format", "sarif", "--out", out], { isTTY: true });
    expect(r.stdout).toBe("");
    const log = JSON.parse(readFileSync(out, "utf8")) as { version: string };
    expect(log.version).toBe("2.1.0");
  });

  it("keeps Markdown within --max-chars (CI shares the comment between blueprints)", async () => {
    const r = await runCli(["plan", HEAD, "--format", "markdown", "--max-chars", "3000"]);
    expect(r.stdout.length).toBeLessThanOrEqual(3000);
    expect((await runCli(["plan", HEAD, "--max-chars", "12"])).code).toBe(2);
  });

  it("colours text only on a TTY without NO_COLOR", async () => {
    expect((await runCli(["plan", HEAD], { isTTY: true })).stdout).toContain("\u001b[");
    expect((await runCli(["plan", HEAD], { isTTY: true, env: { NO_COLOR: "1" } })).stdout).not.toContain("\u001b[");
    expect((await runCli(["plan", HEAD], { isTTY: false })).stdout).not.toContain("\u001b[");
  });

  it("still reports findings, as SARIF too, when the blueprint does not load", async () => {
    const broken = join(tmp, "broken.yaml");
    writeFileSync(broken, "apiVersion: aifactory.dev/v1alpha1\nkind: AIFactory\nmetadata: {name: x}\nspec: {}\n");
    const r = await runCli(["plan", broken, "--format", "sarif"]);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout) as { runs: { results: unknown[] }[] };
    expect(log.runs[0]?.results.length).toBeGreaterThan(0);
  });

  it("locates a blueprint named by an absolute path with a file: URI, not as a path under %SRCROOT%", async () => {
    const broken = join(tmp, "broken-abs.yaml");
    writeFileSync(broken, "apiVersion: aifactory.dev/v1alpha1\nkind: AIFactory\nmetadata: {name: x}\nspec: {}\n");
    const r = await runCli(["plan", broken, "--format", "sarif"]);
    type Loc = { uri: string; uriBaseId?: string };
    const log = JSON.parse(r.stdout) as { runs: { artifacts: { location: Loc }[]; results: { locations: { physicalLocation: { artifactLocation: Loc } }[] }[] }[] };
    const run = log.runs[0]!;
    const locations = [run.artifacts[0]!.location, ...run.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation)];
    for (const l of locations) {
      expect(l.uri).toBe(pathToFileURL(broken).href);
      expect(l.uriBaseId).toBeUndefined();
    }
  });

  it("plans the bundled default blueprint when none is named", async () => {
    const r = await runCli(["plan", "--format", "json"]);
    expect(r.code).toBeLessThanOrEqual(1);
    expect((JSON.parse(r.stdout) as Plan).blueprint.file).toBe("blueprints/openai-nvidia-10gw.yaml");
  });
});
