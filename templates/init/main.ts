// The cdktf app of this repository: aifactory's stacks (one per cluster of the blueprint) plus your own resources.
// `npm run synth` compiles it (tsc) and runs `cdktf synth`; capacity errors in the blueprint fail the synthesis.
import { App } from "cdktf";
import { AiFactory } from "aifactory";

// No stack traces in cdktf.out/manifest.json: they would hold this machine's paths.
const app = new App({ stackTraces: false });
const factory = new AiFactory(app, "aifactory", {
  // The review workflow synthesizes each changed blueprint by setting AIFACTORY_BLUEPRINT.
  blueprint: process.env["AIFACTORY_BLUEPRINT"] || "blueprints/__BLUEPRINT__",
});

// As written, the stacks are those `aifactory synth` writes. Your own resources and providers go into the cluster
// stacks (or stacks of your own): per cluster, factory.clusters gives the stack, its kubernetes provider, capacity
// figures and the pools' labels and taints. For instance (import TerraformOutput from "cdktf"):
//   for (const cluster of factory.clusters) {
//     new TerraformOutput(cluster.stack, "advertised_gpus", { value: cluster.advertisedGpus });
//   }

app.synth();
