package id.naikkelas.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The values an attacker or a careless client sends (SECURITY.md, Access): NUL, control and bidi
 * characters, very long text, numbers too large or negative for any field, and values of the wrong
 * type. Also plausible values for the other fields of a body, so that the hostile one gets past the
 * checks of its neighbours and reaches the code that stores or queries it.
 */
final class HostileValues {

  /** Each plausible NIK and phone is another person's: per-NIK and per-phone limits stay fresh. */
  private static final java.util.concurrent.atomic.AtomicInteger SERIAL =
      new java.util.concurrent.atomic.AtomicInteger();

  private HostileValues() {}

  /** Hostile text for a query parameter, a form field or a path variable. */
  static final Map<String, String> TEXT = texts();

  /** The hostile text a page walk sends: the kinds that have broken pages before. */
  static final Map<String, String> PAGE = pick("nul", "bidi", "long", "huge", "not-a-number");

  private static Map<String, String> pick(String... names) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String name : names) {
      values.put(name, TEXT.get(name));
    }
    return values;
  }

  /** Hostile JSON values (as JSON source) for a body property: the text ones and wrong types. */
  static final Map<String, String> JSON = json();

  private static Map<String, String> texts() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("nul", "a\u0000b");
    values.put("control", "a\u0007\u001b[2Jb");
    values.put("bidi", "\u202Egnp.exe\u202C");
    values.put("zero-width", "a\u200Bb\uFEFF");
    values.put("long", "x".repeat(10_000));
    values.put("huge", "99999999999999999999");
    values.put("exponent", "1e40");
    values.put("negative", "-99999999999999");
    values.put("not-a-number", "abc");
    return values;
  }

  private static Map<String, String> json() {
    Map<String, String> values = new LinkedHashMap<>();
    texts().forEach((name, text) -> values.put(name, quote(text)));
    values.put("huge-number", "99999999999999999999");
    values.put("exponent-number", "1e40");
    values.put("negative-number", "-99999999999999");
    values.put("object", "{\"a\":{\"b\":[1,2,{}]}}");
    values.put("array", "[\"a\",1,null,{}]");
    values.put("boolean", "true");
    values.put("null", "null");
    return values;
  }

  /** A plausible value for a property, from its schema and name: inside Lumajang's Tempeh. */
  static String plausible(String name, Map<String, Object> schema) {
    Object type = schema.get("type");
    if (schema.get("enum") instanceof List<?> choices && !choices.isEmpty()) {
      return quote(String.valueOf(choices.get(0)));
    }
    if ("integer".equals(type) || "number".equals(type)) {
      return "1";
    }
    if ("boolean".equals(type)) {
      return "true";
    }
    if ("array".equals(type)) {
      return "[]";
    }
    if ("object".equals(type) || schema.containsKey("properties")) {
      return "{}";
    }
    if ("date".equals(schema.get("format"))) {
      return quote("2027-01-10");
    }
    if ("date-time".equals(schema.get("format"))) {
      return quote("2027-01-10T02:00:00Z");
    }
    return quote(plausibleText(name));
  }

  /** Values the name alone does not tell: choices and numbers written as text. */
  private static final Map<String, String> KNOWN =
      Map.ofEntries(
          Map.entry("sex", "P"),
          Map.entry("kbliVersion", "2020"),
          Map.entry("employees", "3"),
          Map.entry("yearFounded", "2015"),
          Map.entry("capital", "50000000"),
          Map.entry("annualSales", "100000000"),
          Map.entry("type", "TRAINING"),
          Map.entry("mode", "FIRST_COME"),
          Map.entry("sessions", "1"),
          Map.entry("minSessions", "1"),
          Map.entry("audience", "ANYONE"),
          Map.entry("kind", "RETAILER"),
          Map.entry("side", "UMKM"),
          Map.entry("category", "FOOD_DRINK"),
          Map.entry("availability", "READY"),
          Map.entry("status", "ANSWERED"),
          Map.entry("day", "2027-01-10"),
          Map.entry("firstSlot", "09:00"),
          Map.entry("unit", "bungkus"),
          Map.entry("version", "2020"),
          Map.entry("website", ""));

  static String plausibleText(String name) {
    if (KNOWN.containsKey(name)) {
      return KNOWN.get(name);
    }
    String n = name.toLowerCase(Locale.ROOT);
    if (n.contains("nik")) {
      return "3508054107900001".substring(0, 12)
          + "%04d".formatted(SERIAL.incrementAndGet() % 9999 + 1);
    }
    if (n.contains("nib")) {
      return "1234567890123";
    }
    if (n.contains("phone") || n.contains("whatsapp")) {
      return "0813" + "%08d".formatted(SERIAL.incrementAndGet());
    }
    if (n.contains("email") || n.contains("contact")) {
      return "uji@contoh.id";
    }
    if (n.contains("village")) {
      return "35.08.05.2001";
    }
    if (n.contains("scope") || n.contains("region")) {
      return "35.08.05";
    }
    if (n.contains("kbli")) {
      return "10794";
    }
    if (n.contains("password")) {
      return "Rahasia#Kuat2026";
    }
    if (n.contains("link") || n.contains("url") || n.contains("website")) {
      return "https://contoh.id/a";
    }
    if (n.contains("country")) {
      return "ID";
    }
    if (n.contains("currency")) {
      return "IDR";
    }
    if (name.endsWith("On")
        || n.equals("on")
        || n.contains("date")
        || n.contains("opens")
        || n.contains("closes")) {
      return "2027-01-10";
    }
    if (n.contains("time") || n.endsWith("at")) {
      return "09:00";
    }
    if (n.contains("price")
        || n.contains("value")
        || n.contains("quota")
        || n.contains("quantity")
        || n.contains("capital")
        || n.contains("sales")
        || n.contains("order")
        || n.contains("score")
        || n.contains("year")
        || n.contains("count")
        || n.endsWith("id")) {
      return "10";
    }
    return "Uji";
  }

  static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20 || c >= 0x7f) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
