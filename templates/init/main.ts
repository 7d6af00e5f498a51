// The cdktf app of this repository: aifactory's stacks (one per cluster of the blueprint) plus your own resources.
// `npm run synth` compiles it (tsc) and runs `cdktf synth`; capacity errors in the blueprint fail the synthesis.
import { App, TerraformOutput } from "cdktf";
import { AiFactory } from "aifactory";

const app = new App();
const factory = new AiFactory(app, "aifactory", {
  // The review workflow synthesizes each changed blueprint by setting AIFACTORY_BLUEPRINT.
  blueprint: process.env["AIFACTORY_BLUEPRINT"] || "blueprints/__BLUEPRINT__",
});

// Your own resources and providers go into the cluster stacks (or stacks of your own), for instance:
for (const cluster of factory.clusters) {
  new TerraformOutput(cluster.stack, "advertised_gpus", { value: cluster.advertisedGpus });
}

app.synth();
