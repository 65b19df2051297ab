/** The shape every bench/NAME.bench.ts exports as default. */
export interface Benchmark {
  description: string;
  /** size overrides the default dataset size (e.g. number of people). */
  run(opts: { size: number | undefined }): Promise<Record<string, number | string>>;
}
