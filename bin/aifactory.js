#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm run build`.
const cli = await import("../dist/src/cli/main.js").catch((e) => {
  // The one failure main() cannot report itself: the compiled CLI is missing or broken.
  const missing = e && e.code === "ERR_MODULE_NOT_FOUND";
  process.stderr.write(
    missing
      ? "aifactory: the CLI is not built yet: run `npm run build` (or `npm ci && npm run build` in a fresh clone) first.\n"
      : `aifactory: cannot load the compiled CLI: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}; run \`npm run build\`.\n`,
  );
  if (process.argv.includes("--debug") && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  return undefined;
});

if (cli) {
  process.exitCode = await cli.main(process.argv.slice(2));
} else {
  process.exitCode = 2;
}
