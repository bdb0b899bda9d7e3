// A function's code asset, bundled on this machine by esbuild's JS API with the options of
// lib/bundling.ts: no Docker, and the very build the benchmarks and tests make. Not NodejsFunction,
// whose esbuild CLI call always writes a single `--outfile` and so cannot split code (see bundling.ts).
import { AssetHashType, DockerImage, type ILocalBundling } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { buildSync } from 'esbuild';
import { esbuildOptionsFor, type LambdaName, PROJECT_ROOT } from './bundling';

/**
 * Builds one function into the folder the CDK stages. Its own fields are part of the CDK's asset
 * cache key (the key is the JSON of the bundling options), so each function gets its own bundle.
 */
class EsbuildBundling implements ILocalBundling {
  constructor(readonly lambdaName: LambdaName) {}

  /** Throws esbuild's own error (file, line, message) when the build fails. */
  tryBundle(outputDir: string): boolean {
    buildSync({ ...esbuildOptionsFor(this.lambdaName, outputDir), logLevel: 'warning' });
    return true;
  }
}

export function esbuildAsset(name: LambdaName): lambda.Code {
  return lambda.Code.fromAsset(PROJECT_ROOT, {
    // The hash of what was built, not of the whole project folder.
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      local: new EsbuildBundling(name),
      // Required by the CDK, never used: local bundling always succeeds or throws.
      image: DockerImage.fromRegistry('scratch'),
    },
  });
}
