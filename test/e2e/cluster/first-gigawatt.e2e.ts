// The real-cluster test bed for blueprints/first-gigawatt.yaml (the suites are in ./suite.ts).
import { blueprintSuites } from "./suite.js";

blueprintSuites("first-gigawatt.yaml");
