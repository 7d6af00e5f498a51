// Global setup of `npm test`: the tests leave the checkout as they found it. A test that lets cdktf's App default
// its outdir creates cdktf.out/stacks in the working directory, and the README's `npx aifactory synth` then
// refuses that directory as not its own. Entries the run creates at the top of the checkout fail the run.
import { readdirSync } from "node:fs";

export default function setup(): () => void {
  const before = new Set(readdirSync(process.cwd()));
  return () => {
    const added = readdirSync(process.cwd()).filter((e) => !before.has(e));
    if (added.length === 0) return;
    // vitest reports a throw from a global teardown but still exits 0: set the exit code as well.
    process.exitCode = 1;
    throw new Error(`the tests created ${added.join(", ")} in the checkout (${process.cwd()}); write to a temporary directory instead`);
  };
}
