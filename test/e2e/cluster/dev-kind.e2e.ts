// The real-cluster test bed for blueprints/dev-kind.yaml (the suites are in ./suite.ts).
import { blueprintSuites } from "./suite.js";

blueprintSuites("dev-kind.yaml");
