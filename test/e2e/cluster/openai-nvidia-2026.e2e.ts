// The real-cluster test bed for blueprints/openai-nvidia-2026.yaml (the suites are in ./suite.ts).
import { blueprintSuites } from "./suite.js";

blueprintSuites("openai-nvidia-2026.yaml");
