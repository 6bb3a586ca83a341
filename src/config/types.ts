import type { SeverityOverrides } from '../lint/engine.js';
import type { SourceFile } from '../workspace/source.js';

/** Names of the configuration file, in the order they are looked up. */
export const CONFIG_FILE_NAMES = ['.retailgov.yaml', '.retailgov.yml', '.retailgov.json'] as const;

/** Baseline file name used when the configuration names none. */
export const DEFAULT_BASELINE_FILE = '.retailgov-baseline.json';

/** The configuration of a lint run, with paths resolved. */
export interface RetailgovConfig {
  /** The file read, or undefined when no configuration file was found. */
  source?: SourceFile;
  /** Folder that relative paths in the file are resolved against. */
  folder: string;
  /** Severity per rule id; `off` turns the rule off. */
  rules: SeverityOverrides;
  /** Largest number of findings allowed per rule id. */
  maxFindings: Record<string, number>;
  /** Absolute path of the baseline file, which need not exist. */
  baseline: string;
  /** Absolute path of a Spectral ruleset, when one is configured. */
  ruleset?: string;
  /** Host names allowed in remote `$ref`s. */
  allowRemoteRefs: string[];
}
