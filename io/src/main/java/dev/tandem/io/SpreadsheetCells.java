package dev.tandem.io;

/**
 * Makes text safe to put in a CSV cell that a spreadsheet will open: the one place that decides
 * what could start a formula. Used by every CSV Tandem writes (the pairings export, the comparison
 * report of {@code ./tandem compare}).
 *
 * <p>Guarantee: {@link #neutralise} never returns a cell whose first character, after leading
 * spaces, is {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return; it leaves every
 * other cell unchanged. Linear in the cell's length.
 */
public final class SpreadsheetCells {
  private SpreadsheetCells() {}

  /**
   * The cell as it is safe to write: prefixed with an apostrophe when its first character, after
   * leading spaces, is one that starts a spreadsheet formula ({@code = + - @}, tab, carriage
   * return), so {@code -5} reads {@code '-5}; otherwise unchanged.
   */
  public static String neutralise(String cell) {
    int i = 0;
    while (i < cell.length() && cell.charAt(i) == ' ') {
      i++;
    }
    if (i < cell.length() && "=+-@\t\r".indexOf(cell.charAt(i)) >= 0) {
      return "'" + cell;
    }
    return cell;
  }
}
