package id.naikkelas.platform.web;

import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Schema.org structured data (JSON-LD) for a page's {@code <script type="application/ld+json">}
 * (issue 16): the layout prints it unescaped, so everything that could close the script element or
 * start markup ({@code <}, {@code >}, {@code &}) is written as a JSON escape.
 */
public final class StructuredData {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private StructuredData() {}

  /** The JSON text of a schema.org object, safe inside a script element. */
  public static String of(Map<String, ?> thing) {
    return JSON.writeValueAsString(thing)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026");
  }
}
