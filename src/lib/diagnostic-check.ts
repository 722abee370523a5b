/**
 * One check of a diagnostic (FEATURES §12): passed or failed from live data, or "verify" when the
 * console cannot know and the user checks by hand. Rules produce these; `DiagnosticCheckList` shows them.
 */
export type DiagnosticStatus = 'passed' | 'failed' | 'verify';

export interface DiagnosticCheck<Id extends string = string> {
  id: Id;
  status: DiagnosticStatus;
  /** Which wording of the check applies (`checks.<id>.<variant>`). */
  variant: string;
  params: Record<string, string | number>;
  /** Commands or configuration lines to run or add, filled with this resource's values. */
  commands?: readonly string[];
  /** Tells apart checks with the same id (one per listener, …). */
  key?: string;
}

export const failedChecks = (checks: readonly DiagnosticCheck[]): number =>
  checks.filter((check) => check.status === 'failed').length;
