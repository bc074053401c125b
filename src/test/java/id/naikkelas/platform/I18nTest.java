package id.naikkelas.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every word a user reads comes from the message bundles: both languages hold the same keys, every
 * key a template or the code names exists, and no template prints a literal.
 */
class I18nTest {

  private static final Path TEMPLATES = Path.of("src/main/resources/templates");
  private static final Path SOURCES = Path.of("src/main/java");
  private static final Set<String> TEXT_ATTRIBUTES =
      Set.of("placeholder", "title", "alt", "aria-label", "value", "label", "hx-confirm");
  private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
  private static final Pattern CODE_KEY =
      Pattern.compile(
          "\"((?:account|password|region|problem|login|notFound|error|registry|nik|import|duplicates|selfRegistration|kbli|training|events|ticket|checkIn|certificate|followUp|outcomes|attendance|matching|catalogue|inquiry|field|category|badge|priceBand|availability|productStatus|partner|curation|showroom|expo|market|partnerKind|curationStatus|myEvents)\\.[a-zA-Z.]*[a-zA-Z])\\.?\"");

  @Test
  void both_languages_have_the_same_keys() throws IOException {
    Set<String> indonesian = load("messages.properties").stringPropertyNames();
    Set<String> english = load("messages_en.properties").stringPropertyNames();
    assertThat(new TreeSet<>(english)).as("keys missing in English").containsAll(indonesian);
    assertThat(new TreeSet<>(indonesian)).as("keys missing in Indonesian").containsAll(english);
  }

  @Test
  void every_key_named_in_templates_and_code_exists() throws IOException {
    Set<String> keys = load("messages.properties").stringPropertyNames();
    Set<String> missing = new TreeSet<>();
    for (Path file : files(TEMPLATES, ".html")) {
      collect(TEMPLATE_KEY, Files.readString(file), keys, missing, file);
    }
    for (Path file : files(SOURCES, ".java")) {
      collect(CODE_KEY, Files.readString(file), keys, missing, file);
    }
    assertThat(missing).as("message keys used but not defined").isEmpty();
  }

  @Test
  void templates_hold_no_literal_text() throws IOException {
    List<String> literals = new ArrayList<>();
    for (Path file : files(TEMPLATES, ".html")) {
      Document doc = Jsoup.parse(Files.readString(file), "", Parser.htmlParser());
      for (Element element : doc.getAllElements()) {
        if (replacesBody(element) || insideReplaced(element)) {
          continue;
        }
        for (TextNode text : element.textNodes()) {
          String words = text.text().strip();
          if (hasLetters(words) && !element.tagName().equals("style")) {
            literals.add(file.getFileName() + ": <" + element.tagName() + "> " + words);
          }
        }
        for (String attribute : TEXT_ATTRIBUTES) {
          String value = element.attr(attribute);
          if (hasLetters(value)
              && !element.hasAttr("th:" + attribute)
              && !isData(element, attribute)) {
            literals.add(file.getFileName() + ": " + attribute + "=\"" + value + "\"");
          }
        }
      }
    }
    assertThat(literals).as("literal text in templates: use th:text with a message key").isEmpty();
  }

  private static boolean isData(Element element, String attribute) {
    return attribute.equals("value")
        && !element.tagName().equals("button")
        && !"submit".equals(element.attr("type"));
  }

  /** The page's {@code <html th:replace>} only decorates it with the layout; it hides nothing. */
  private static boolean replacesBody(Element element) {
    if (element.tagName().equals("html")) {
      return false;
    }
    return element.hasAttr("th:text")
        || element.hasAttr("th:utext")
        || element.hasAttr("th:replace")
        || element.hasAttr("th:insert")
        || element.hasAttr("th:errors");
  }

  private static boolean insideReplaced(Element element) {
    for (Element parent : element.parents()) {
      if (parent.tagName().equals("html")) {
        continue;
      }
      if (parent.hasAttr("th:replace")
          || parent.hasAttr("th:insert")
          || parent.hasAttr("th:text")) {
        return true;
      }
    }
    return false;
  }

  /** Letters, not just symbols and separators such as "›" or ":". */
  private static boolean hasLetters(String text) {
    return text != null && text.codePoints().anyMatch(Character::isLetter);
  }

  private static void collect(
      Pattern pattern, String text, Set<String> keys, Set<String> missing, Path file) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      String key = m.group(1);
      if (!keys.contains(key) && keys.stream().noneMatch(k -> k.startsWith(key + "."))) {
        missing.add(key + " (" + file.getFileName() + ")");
      }
    }
  }

  private static List<Path> files(Path root, String suffix) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(suffix)).toList();
    }
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = I18nTest.class.getResourceAsStream("/" + name)) {
      properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
