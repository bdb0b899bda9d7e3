// A function's logger and metrics, both named by its service and set by its environment (LOG_LEVEL,
// METRICS_NAMESPACE), writing to the same place.
import { ENV, metricsNamespaceFromEnv } from './env';
import { createLogger, type LineWriter, type Logger } from './log';
import { Metrics } from './metrics';

export function telemetryFromEnv(
  env: NodeJS.ProcessEnv,
  service: string,
  write?: LineWriter,
): { log: Logger; metrics: Metrics } {
  return {
    log: createLogger({ service, level: env[ENV.logLevel], write }),
    metrics: new Metrics(metricsNamespaceFromEnv(env), { Service: service }, write),
  };
}
