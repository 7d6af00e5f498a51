// The cdktf app (cdktf.json: "app": "node dist/src/synth/terraform/app.js"). Which blueprint:
//   1. the environment variable AIFACTORY_BLUEPRINT, else
//   2. the cdktf context key "blueprint" (cdktf.json "context", or CDKTF_CONTEXT_JSON), else
//   3. the bundled default, blueprints/openai-nvidia-10gw.yaml.
// Likewise AIFACTORY_PROFILE / context "profile" ("default" or "kind").
// Findings: errors fail the synthesis with `aifactory validate`'s lines; warnings are printed, synthesis goes on.
import { App } from "cdktf";
import { DEFAULT_BLUEPRINT_DISPLAY, analyzeFile, packageRoot } from "../../check/analyze.js";
import { hasErrors } from "../../findings/finding.js";
import type { BuildOptions } from "../../objects/index.js";
import { findingLine } from "./findings.js";
import { addClusterStacks } from "./stack.js";

export const BLUEPRINT_ENV = "AIFACTORY_BLUEPRINT";
export const PROFILE_ENV = "AIFACTORY_PROFILE";
export const BLUEPRINT_CONTEXT = "blueprint";
export const PROFILE_CONTEXT = "profile";

function contextString(app: App, key: string): string | undefined {
  const value: unknown = app.node.tryGetContext(key);
  return typeof value === "string" && value !== "" ? value : undefined;
}

function profileOf(value: string | undefined): NonNullable<BuildOptions["profile"]> {
  if (value === undefined || value === "default") return "default";
  if (value === "kind") return "kind";
  throw new Error(`unknown profile "${value}": use "default" or "kind"`);
}

async function main(): Promise<number> {
  const app = new App({ stackTraces: false });
  const chosen = process.env[BLUEPRINT_ENV] || contextString(app, BLUEPRINT_CONTEXT);
  const profile = profileOf(process.env[PROFILE_ENV] || contextString(app, PROFILE_CONTEXT));
  // The default is read from the package, and named in messages as users see it in the repository.
  const analysis =
    chosen === undefined
      ? await analyzeFile(DEFAULT_BLUEPRINT_DISPLAY, { cwd: packageRoot(), profile })
      : await analyzeFile(chosen, { profile });
  if (analysis.objects === undefined) {
    for (const f of analysis.findings) process.stderr.write(`${findingLine(f, analysis.file)}\n`);
    return 1;
  }
  addClusterStacks(app, analysis.objects, analysis.findings, { file: analysis.file });
  if (hasErrors(analysis.findings)) {
    process.stderr.write(`${analysis.file}: capacity errors, no Terraform written:\n`);
  }
  app.synth();
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // The top of the program: the message (cdktf's validation text holds every finding line), no stack trace.
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
