// Every property test runs with a fixed seed, so that CI runs the same cases each time and a failure replays.
// AIFACTORY_PROPERTY_SEED=<n> explores other cases (fast-check prints the seed and path of a failure to replay it).
import fc from "fast-check";

const DEFAULT_SEED = 2025_09_22;
const seed = Number(process.env["AIFACTORY_PROPERTY_SEED"] ?? DEFAULT_SEED);
fc.configureGlobal({ seed: Number.isInteger(seed) ? seed : DEFAULT_SEED });
