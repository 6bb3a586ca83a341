/** One file a generator produces; the emit layer writes it below the output folder. */
export interface GeneratedFile {
  /** Path relative to the output folder, with forward slashes. */
  path: string;
  content: string;
}
