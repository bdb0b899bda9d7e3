// A function's logger and metrics, set by its environment (LOG_LEVEL, METRICS_NAMESPACE), writing to
// the same place. The service names the metrics (their `Service` dimension); log lines need no name,
// each function having a log group of its own.
import { ENV, metricsNamespaceFromEnv } from './env';
import { createLogger, type LineWriter, type Logger } from './log';
import { Metrics } from './metrics';

export function telemetryFromEnv(
  env: NodeJS.ProcessEnv,
  service: string,
  write?: LineWriter,
): { log: Logger; metrics: Metrics } {
  return {
    log: createLogger({ level: env[ENV.logLevel], write }),
    metrics: new Metrics(metricsNamespaceFromEnv(env), { Service: service }, write),
  };
}
