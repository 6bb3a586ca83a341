/** The shape every invariant check shares, and the bounded list of its violations. */
import type { SimModel } from '../engine/model.js';
import type { Observer } from '../engine/observer.js';

export interface Violation {
  /** Simulated time of the violation, in milliseconds. */
  time: number;
  message: string;
  workflow?: string;
  step?: string;
  instance?: number;
}

export interface InvariantResult {
  id: string;
  description: string;
  passed: boolean;
  /** Observations the check made; 0 means nothing in the run could violate it. */
  checked: number;
  violationCount: number;
  /** The first violations, up to a fixed number. */
  violations: Violation[];
}

export interface InvariantCheck extends Observer {
  result(): InvariantResult;
}

export interface Invariant {
  id: string;
  description: string;
  /** Creates the check for one run; `onViolation` is called on every violation. */
  create(model: SimModel, onViolation: () => void): InvariantCheck;
}

/** Violations kept per invariant; the rest are only counted. */
export const KEPT_VIOLATIONS = 20;

/** Counts violations and keeps the first few. */
export class ViolationLog {
  count = 0;
  readonly kept: Violation[] = [];

  constructor(private readonly onViolation: () => void) {}

  add(violation: Violation): void {
    this.count++;
    if (this.kept.length < KEPT_VIOLATIONS) this.kept.push(violation);
    this.onViolation();
  }

  result(invariant: Pick<Invariant, 'id' | 'description'>, checked: number): InvariantResult {
    return {
      id: invariant.id,
      description: invariant.description,
      passed: this.count === 0,
      checked,
      violationCount: this.count,
      violations: this.kept,
    };
  }
}
