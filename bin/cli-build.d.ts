// Types of cli-build.js (plain JavaScript: the launcher runs it before any TypeScript is built).

export interface BuildSpec {
  /** The project folder: esbuild's working directory; recorded paths are relative to it. */
  root: string;
  /** The entry module, relative to root. */
  entry: string;
  /** Where builds and their manifest go. */
  cacheDir: string;
  /** Files that decide the build besides the sources esbuild reads, relative to root. */
  watch?: string[];
}

export const CLI: Required<BuildSpec>;
export function freshEntry(spec: BuildSpec): string | undefined;
export function build(spec: BuildSpec): Promise<string>;
export function ensureBuilt(spec: BuildSpec, onBuild?: () => void): Promise<string>;
