package dev.tandem.core.model;

/**
 * How the reporting line restricts pairs (rule {@code REPORTING_LINE} of docs/objective.md).
 *
 * <p>Guarantee: {@link #FORBID_CHAIN} forbids a pair when the mentee is one of the mentor's
 * managers (up to {@link Policy#reportingLineDepth()} steps, 0 meaning any number);
 * {@link #FORBID_DIRECT} only when the mentee is the mentor's direct manager; {@link #ALLOW}
 * never.
 */
public enum ReportingLine {
  FORBID_CHAIN,
  FORBID_DIRECT,
  ALLOW
}
