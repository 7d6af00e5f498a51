// What `cdktf synth` writes (manifest.json, stacks/<name>/cdk.tf.json), as a file map, so that `aifactory synth`
// can hand it, with the other emitters' files, to one atomic write. Written directly (plain.ts), byte for byte what
// cdktf writes (test/synth/terraform/plain.test.ts); a blueprint with errors goes through cdktf, whose validation
// fails naming each one, as `cdktf synth` does.
import { hasErrors, type Finding } from "../../findings/finding.js";
import type { ClusterObjects } from "../../objects/index.js";
import { type TerraformOptions, plainStacks } from "./index.js";
import { cdktfVersion, plainTerraformFiles } from "./plain.js";

/** Relative path → content of what `cdktf synth` writes for these clusters' objects. */
export async function terraformFiles(
  factory: readonly ClusterObjects[],
  findings: readonly Finding[],
  options: TerraformOptions = {},
): Promise<Map<string, string>> {
  if (hasErrors(findings)) {
    const { cdktfTerraformFiles } = await import("./cdktf-synth.js");
    return cdktfTerraformFiles(factory, findings, options);
  }
  return plainTerraformFiles(cdktfVersion(), plainStacks(factory, findings), options.file ?? "blueprint");
}
