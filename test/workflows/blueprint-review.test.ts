// The review workflow (and the copy `aifactory init` scaffolds) judged by GitHub's own workflow parser
// (@actions/workflow-parser, the parser of GitHub's Actions language services, pinned), and its shell steps run
// against real `aifactory synth` output.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from "@actions/workflow-parser";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { COMMENT_MARKER } from "../../src/report/index.js";
import { runCli } from "../cli/helpers.js";
import { ROOT } from "../report/helpers.js";

const FILES = [".github/workflows/blueprint-review.yml", "templates/init/github/workflows/blueprint-review.yml"];
const tmp = mkdtempSync(join(tmpdir(), "aifactory-workflow-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function githubErrors(name: string, content: string): Promise<string[]> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (parsed.value === undefined) return errors;
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  return [...errors, ...(template.errors ?? []).map((e) => e.Message)];
}

interface Step {
  readonly name?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly with?: Record<string, unknown>;
}
interface Job {
  readonly needs?: string | string[];
  readonly if?: string;
  readonly steps: Step[];
  readonly strategy?: { matrix?: { include?: string } };
}

describe("the blueprint review workflow", () => {
  for (const file of FILES) {
    it(`is a valid workflow for GitHub's parser: ${file}`, async () => {
      expect(await githubErrors(file, readFileSync(`${ROOT}${file}`, "utf8"))).toEqual([]);
    });
  }

  it("is checked by a parser that catches mistakes (a misspelt key, an unknown function)", async () => {
    const text = readFileSync(`${ROOT}${FILES[0]}`, "utf8");
    expect(await githubErrors("w.yml", text.replace("runs-on: ubuntu-latest", "runs_on: ubuntu-latest"))).not.toEqual([]);
    expect(await githubErrors("w.yml", text.replace("fromJSON(needs.prepare.outputs.stacks)", "fromJsonn(needs.prepare.outputs.stacks)"))).not.toEqual([]);
  });

  const wf = parse(readFileSync(`${ROOT}${FILES[0]}`, "utf8")) as { jobs: Record<string, Job> };
  const step = (job: string, name: string): Step => {
    const s = wf.jobs[job]?.steps.find((x) => x.name === name);
    if (s === undefined) throw new Error(`no step ${name} in job ${job}`);
    return s;
  };

  it("runs terraform plan per stack in a matrix, only when a cluster is reachable, with the Terraform the fixtures were made with", () => {
    const tf = wf.jobs["terraform-plan"]!;
    expect(tf.needs).toBe("prepare");
    expect(tf.if).toContain("needs.prepare.outputs.reachable == 'true'");
    expect(tf.strategy?.matrix?.include).toBe("${{ fromJSON(needs.prepare.outputs.stacks) }}");
    const setup = tf.steps.find((s) => s.uses?.startsWith("hashicorp/setup-terraform@"));
    const fixture = JSON.parse(readFileSync(`${ROOT}test/fixtures/plan-terraform/plan.json`, "utf8")) as { terraform_version: string };
    expect(setup?.with).toEqual({ terraform_version: fixture.terraform_version, terraform_wrapper: false });
    expect(step("terraform-plan", "terraform plan").run).toMatch(/plan -input=false -lock=false -out=plan\.tfplan[\s\S]*show -json plan\.tfplan/);
    expect(step("prepare", "Is a cluster reachable?").run).toContain("kubectl version --request-timeout=10s");
  });

  it("feeds the plans to aifactory plan --terraform-plan and keeps one comment, found by the report's marker", () => {
    const review = wf.jobs["review"]!;
    expect(review.needs).toEqual(["prepare", "terraform-plan"]);
    expect(review.if).toContain("always()");
    expect(step("review", "Plan against the target branch").run).toContain('tf+=(--terraform-plan "$stack=$p")');
    const script = String(step("review", "Create or update the plan comment").with?.["script"]);
    expect(script).toContain(`const marker = "${COMMENT_MARKER}"`);
    expect(script).toContain("updateComment");
    expect(script).not.toMatch(/\.slice\(0, limit/); // whole reports are left out, never cut
  });

  it("builds the stack matrix from real `aifactory synth` output", async () => {
    const dir = join(tmp, "repo");
    const synth = await runCli(["synth", `${ROOT}test/fixtures/plan/valid-small.yaml`, "--out", join(dir, "synth", "valid-small")]);
    expect(synth.code, synth.stderr).toBe(0);
    const out = join(tmp, "github-output");
    writeFileSync(out, "");
    execFileSync("bash", ["-e", "-o", "pipefail", "-c", step("prepare", "Stacks").run ?? ""], { cwd: dir, env: { ...process.env, GITHUB_OUTPUT: out } });
    const line = readFileSync(out, "utf8").trim();
    expect(line.startsWith("stacks=")).toBe(true);
    expect(JSON.parse(line.slice("stacks=".length))).toEqual([
      { blueprint: "valid-small", stack: "alpha-train" },
      { blueprint: "valid-small", stack: "beta-infer" },
    ]);
  });

  it("documents the repository secrets it reads", () => {
    const text = readFileSync(`${ROOT}${FILES[0]}`, "utf8");
    const used = [...new Set([...text.matchAll(/secrets\.([A-Z_]+)/g)].map((m) => m[1]))].sort();
    expect(used).toEqual(["AIFACTORY_KUBECONFIG", "AIFACTORY_TF_BACKEND"]);
    for (const s of used) expect(text.split("\n").filter((l) => l.startsWith("#")).join("\n")).toContain(s);
  });
});
