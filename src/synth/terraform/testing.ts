// A Testing-style helper for users' unit tests (as cdktf's Testing.synthScope): builds a factory in a fresh app,
// lets the test add its own constructs, runs the construct validations and returns each stack's Terraform JSON with
// the findings as data. Nothing is left on disk: cdktf's App creates its outdir and a `stacks` folder in it when
// constructed, so the app gets a private temporary outdir, removed before returning (never the caller's cdktf.out).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { App } from "cdktf";
import { cdk } from "./engine.js";
import type { Finding } from "../../findings/finding.js";
import { AiFactory, type AiFactoryProps } from "./ai-factory.js";

export interface AiFactorySynthesis {
  /** Stack name → the Terraform JSON `cdktf synth` writes to cdktf.out/stacks/<name>/cdk.tf.json (parsed). */
  readonly stacks: ReadonlyMap<string, Record<string, unknown>>;
  readonly findings: readonly Finding[];
  /** The validation messages that would fail `cdktf synth` (one per error finding, in validate's format). */
  readonly errors: readonly string[];
  readonly factory: AiFactory;
}

export const AiFactoryTesting = {
  /** Synthesizes `props` (plus what `customize` adds to the app or the factory's stacks) to JSON, in memory. */
  synth(props: AiFactoryProps, customize?: (factory: AiFactory, app: App) => void): AiFactorySynthesis {
    const outdir = mkdtempSync(join(tmpdir(), "aifactory-testing-"));
    try {
      const app = new cdk.App({ stackTraces: false, outdir });
      const factory = new AiFactory(app, "aifactory", props);
      customize?.(factory, app);
      const errors = app.node.findAll().flatMap((c) => c.node.validate());
      const stacks = new Map<string, Record<string, unknown>>();
      // Every stack of the app (the factory's and the test's own), through JSON: the values the files hold.
      for (const stack of app.node.findAll().filter((c) => cdk.TerraformStack.isStack(c))) {
        stacks.set(stack.node.id, JSON.parse(JSON.stringify(stack.toTerraform())) as Record<string, unknown>);
      }
      return { stacks, findings: factory.findings, errors, factory };
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  },
};
