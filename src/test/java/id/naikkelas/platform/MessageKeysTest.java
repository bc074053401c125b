package id.naikkelas.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No message key is defined twice in a bundle: the later line would silently win, and a page would
 * show another page's text (it happened twice, to the minimum-order error and the programme
 * choice).
 */
class MessageKeysTest {

  @ParameterizedTest
  @ValueSource(strings = {"messages.properties", "messages_en.properties"})
  void each_key_is_defined_once(String bundle) throws IOException {
    List<String> lines =
        Files.readAllLines(Path.of("src/main/resources", bundle), StandardCharsets.UTF_8);
    Set<String> seen = new HashSet<>();
    Set<String> twice = new TreeSet<>();
    boolean continued = false;
    for (String line : lines) {
      String l = line.strip();
      boolean isContinuation = continued;
      continued = l.endsWith("\\");
      if (isContinuation || l.isEmpty() || l.startsWith("#") || l.startsWith("!")) {
        continue;
      }
      int eq = l.indexOf('=');
      String key = (eq < 0 ? l : l.substring(0, eq)).strip();
      if (!seen.add(key)) {
        twice.add(key);
      }
    }
    assertThat(twice).as("keys defined more than once in " + bundle).isEmpty();
  }
}
