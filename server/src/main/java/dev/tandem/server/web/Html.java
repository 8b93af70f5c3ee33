package dev.tandem.server.web;

/**
 * A small HTML writer: every text goes through {@link #esc}, so user input can never become
 * markup. Pages are plain Java, checked by the compiler, with no template engine.
 *
 * <p>Not thread-safe; one per response.
 */
public final class Html {
  private final StringBuilder b = new StringBuilder(8192);

  /** Escapes text for element content and attribute values. */
  public static String esc(Object text) {
    String s = String.valueOf(text);
    StringBuilder o = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '<' -> o.append("&lt;");
        case '>' -> o.append("&gt;");
        case '&' -> o.append("&amp;");
        case '"' -> o.append("&quot;");
        case '\'' -> o.append("&#39;");
        default -> o.append(ch);
      }
    }
    return o.toString();
  }

  /** Appends trusted markup (written in this code, never user input). */
  public Html raw(String markup) {
    b.append(markup);
    return this;
  }

  /** Appends escaped text. */
  public Html text(Object text) {
    b.append(esc(text));
    return this;
  }

  /** {@code <tag attrs>escaped text</tag>}; attrs are trusted markup with escaped values. */
  public Html el(String tag, String attrs, Object text) {
    b.append('<').append(tag).append(attrs.isEmpty() ? "" : " " + attrs).append('>').append(esc(text)).append("</").append(tag).append('>');
    return this;
  }

  public Html open(String tag, String attrs) {
    b.append('<').append(tag).append(attrs.isEmpty() ? "" : " " + attrs).append('>');
    return this;
  }

  public Html close(String tag) {
    b.append("</").append(tag).append('>');
    return this;
  }

  /** {@code name="value"} with the value escaped. */
  public static String attr(String name, Object value) {
    return name + "=\"" + esc(value) + "\"";
  }

  @Override
  public String toString() {
    return b.toString();
  }
}
