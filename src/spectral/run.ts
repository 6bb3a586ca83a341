import { realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Contract } from '../contracts/types.js';
import { InputError } from '../errors.js';
import type { Finding } from '../findings.js';
import type { SeverityOverrides } from '../lint/engine.js';
import type { Rule } from '../rules/types.js';
import { isInside, readSourceFile, relativePath } from '../workspace/source.js';
import { loadRuleset, type LoadedRuleset } from './load-ruleset.js';
import { describeError } from './ruleset-errors.js';
import { isUrl, REMOTE_REF_NOT_FETCHED, toFindings } from './to-findings.js';

/** A loaded Spectral ruleset, run on the contracts of one workspace. */
export interface RulesetRunner {
  readonly ruleset: LoadedRuleset;
  /**
   * Returns `rules` without the built-in rules whose id the ruleset also defines, for the contract
   * at `file` (absolute path, so that `overrides` apply) or for the whole estate when omitted.
   */
  withoutReplaced(rules: readonly Rule[], file?: string): Rule[];
  /**
   * Runs the ruleset on one contract and returns unsorted findings without line and column.
   * A severity in `severities` replaces the ruleset's for that rule id; `off` drops its findings.
   */
  lint(contract: Contract, severities?: SeverityOverrides): Promise<Finding[]>;
}

type SpectralCore = typeof import('@stoplight/spectral-core');
type RefResolverModule = typeof import('@stoplight/spectral-ref-resolver');

/**
 * Loads the ruleset at `rulesetFile` for the workspace at `root`. Spectral and its rulesets are
 * imported here, on first use, so that a lint run without a ruleset does not load them.
 */
export async function createRulesetRunner(rulesetFile: string, root: string): Promise<RulesetRunner> {
  const loaded = await loadRuleset(rulesetFile);
  const core: SpectralCore = await import('@stoplight/spectral-core');
  const { Resolver }: RefResolverModule = await import('@stoplight/spectral-ref-resolver');
  const { Yaml } = (await import('@stoplight/spectral-parsers')).default;

  const ruleIds = (file: string | undefined): Set<string> => {
    try {
      return new Set(Object.keys((file === undefined ? loaded.ruleset : loaded.ruleset.fromSource(file)).rules));
    } catch (error) {
      throw rulesetFailure(loaded, file === undefined ? undefined : relativePath(root, file), error);
    }
  };

  return {
    ruleset: loaded,
    withoutReplaced(rules, file) {
      const replaced = ruleIds(file);
      return rules.filter((rule) => !replaced.has(rule.id));
    },
    async lint(contract, severities = {}) {
      const spectral = new core.Spectral({ resolver: createResolver(Resolver, contract, root) });
      spectral.setRuleset(loaded.ruleset);
      // Spectral's CLI parses JSON documents with its YAML parser too.
      const document = new core.Document(contract.source.text, Yaml, contract.source.absolutePath);
      let results;
      try {
        // Contracts reach here already detected as OpenAPI or AsyncAPI: a ruleset written for the
        // other format simply has no rules for them, with no "unrecognized format" warning.
        results = await spectral.run(document, { ignoreUnknownFormat: true });
      } catch (error) {
        throw rulesetFailure(loaded, contract.source.path, error);
      }
      return withSeverities(toFindings(results, contract, root), severities);
    },
  };
}

/**
 * Creates the `$ref` resolver for Spectral. It serves files from what the contract loader read, or
 * from disk inside the workspace root. A remote reference gets the document the contract loader
 * fetched from an allowed host, if any, and is otherwise rejected: Spectral never fetches.
 */
function createResolver(Resolver: RefResolverModule['Resolver'], contract: Contract, root: string): InstanceType<RefResolverModule['Resolver']> {
  // A fetched document has its URL as `absolutePath`.
  const texts = new Map(contract.files.map((file) => [isUrl(file.absolutePath) ? file.absolutePath : path.resolve(file.absolutePath), file.text]));
  const realRoot = realpathSync(root);
  const readFetched = {
    async resolve(ref: { href(): string }): Promise<string> {
      const known = texts.get(ref.href());
      if (known !== undefined) return known;
      throw new Error(`${REMOTE_REF_NOT_FETCHED}: ${ref.href()}`);
    },
  };
  const readFile = {
    async resolve(ref: { href(): string }): Promise<string> {
      const href = ref.href();
      const absolute = path.resolve(href.startsWith('file:') ? fileURLToPath(href) : href);
      const known = texts.get(absolute);
      if (known !== undefined) return known;
      if (!isInside(realRoot, realpathSync(absolute))) throw new Error(`$ref to ${absolute} outside the workspace root is not followed`);
      return readSourceFile(absolute, root).text;
    },
  };
  return new Resolver({ resolvers: { http: readFetched, https: readFetched, file: readFile } });
}

function withSeverities(findings: Finding[], severities: SeverityOverrides): Finding[] {
  const kept: Finding[] = [];
  for (const finding of findings) {
    const configured = severities[finding.ruleId];
    if (configured === 'off') continue;
    kept.push(configured === undefined ? finding : { ...finding, severity: configured });
  }
  return kept;
}

function rulesetFailure(loaded: LoadedRuleset, contractFile: string | undefined, error: unknown): InputError {
  const message = error instanceof Error ? describeError(error) : String(error);
  const on = contractFile === undefined ? '' : ` on ${contractFile}`;
  return new InputError(`Spectral ruleset failed${on}: ${message}`, { file: loaded.display },
    'Fix the ruleset or its custom function; run it with the Spectral CLI to see the full error');
}
