import type { ChangeKindName, ChangeLevel } from '../../types.js';

/**
 * One kind of schema change, before it is bound to a context. Every context turns it into a
 * catalogue id `<prefix>-<suffix>` whose level depends on who writes and who reads the data.
 *
 * The `why` texts take role placeholders that each context fills in: `{writers}` and `{reader}`
 * in `whenWritten`, `{readers}` and `{writer}` in `whenRead`. A capitalised placeholder starts a
 * sentence.
 */
export interface SchemaKind {
  /** Suffix of the id, for example `property-became-required`. */
  suffix: string;
  kind: ChangeKindName;
  /** Level when the other party writes the data and the changed schema reads it: a request. */
  requestLevel: ChangeLevel;
  /** Level when the changed schema describes what the other party reads: a response. */
  responseLevel: ChangeLevel;
  /** Data valid under the base may be invalid under the revision: the change tightens the schema. */
  breaksBackward: boolean;
  /** Data valid under the revision may be invalid under the base: the change loosens the schema. */
  breaksForward: boolean;
  /** Message template, where `{subject}` names the schema or property and `{path}` is the property path. */
  message: string;
  /** Reason the change does or does not break the parties that write the data. */
  whenWritten: string;
  /** Reason the change does or does not break the parties that read the data. */
  whenRead: string;
}
