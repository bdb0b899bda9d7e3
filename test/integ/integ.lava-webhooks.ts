// Entry point of the integration test app, as the CDK CLI runs it (test/integ/run.ts); the App
// synthesizes into the CLI's output folder on exit.
import { buildIntegApp } from './integ-app';

buildIntegApp();
