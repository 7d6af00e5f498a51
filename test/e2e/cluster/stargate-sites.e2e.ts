// The real-cluster test bed for blueprints/stargate-sites.yaml (the suites are in ./suite.ts).
import { blueprintSuites } from "./suite.js";

blueprintSuites("stargate-sites.yaml");
