package dev.tandem.examples.console;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for the console: a header, rows, columns padded to their widest cell;
 * columns declared with a trailing {@code >} in the header are right-aligned (for numbers).
 *
 * <p>Guarantee: every row has as many cells as the header (checked on {@link #row}); output is
 * pure ASCII layout around the cells, linear in the cell count.
 */
public final class Table {
  private final ImmutableList<String> header;
  private final boolean[] right;
  private final List<List<String>> rows = new ArrayList<>();

  private Table(List<String> header, boolean[] right) {
    this.header = ImmutableList.copyOf(header);
    this.right = right;
  }

  /**
   * A table with these column headers; a header ending in {@code >} is right-aligned (the
   * {@code >} is not printed).
   */
  public static Table of(String... header) {
    List<String> names = new ArrayList<>();
    boolean[] right = new boolean[header.length];
    for (int i = 0; i < header.length; i++) {
      right[i] = header[i].endsWith(">");
      names.add(right[i] ? header[i].substring(0, header[i].length() - 1) : header[i]);
    }
    return new Table(names, right);
  }

  /** Adds a row; {@link Object#toString()} of each cell is printed. */
  public Table row(Object... cells) {
    checkArgument(cells.length == header.size(), "row has %s cells, the table %s columns", cells.length, header.size());
    List<String> row = new ArrayList<>();
    for (Object c : cells) {
      row.add(String.valueOf(c));
    }
    rows.add(row);
    return this;
  }

  /** Prints the table, each line indented by {@code indent} spaces. */
  public void print(PrintStream out, int indent) {
    int[] width = new int[header.size()];
    for (int i = 0; i < width.length; i++) {
      width[i] = header.get(i).length();
      for (List<String> r : rows) {
        width[i] = Math.max(width[i], r.get(i).length());
      }
    }
    String pad = " ".repeat(indent);
    out.println(pad + line(header, width));
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < width.length; i++) {
      rule.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
    }
    out.println(pad + rule);
    for (List<String> r : rows) {
      out.println(pad + line(r, width));
    }
  }

  private String line(List<String> cells, int[] width) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < width.length; i++) {
      if (i > 0) {
        sb.append("  ");
      }
      String c = cells.get(i);
      String fill = " ".repeat(width[i] - c.length());
      sb.append(right[i] ? fill + c : c + fill);
    }
    return sb.toString().stripTrailing();
  }
}
