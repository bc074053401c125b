package id.naikkelas.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * In CI every suite runs against the real parts: the machine's PostgreSQL (not the embedded one)
 * and Debian's Chromium. A missing one fails here instead of being skipped silently.
 */
@EnabledIfEnvironmentVariable(named = "CI", matches = "(?i)true")
class CiEnvironmentTest {

  @Test
  void ci_tests_use_the_machines_postgresql() {
    assertThat(System.getenv("NAIKKELAS_TEST_DB_URL"))
        .as("NAIKKELAS_TEST_DB_URL must name the CI PostgreSQL")
        .isNotBlank()
        .startsWith("jdbc:postgresql://");
  }

  @Test
  void ci_has_chromium_for_the_browser_tests() {
    assertThat(
            java.nio.file.Path.of(
                System.getenv().getOrDefault("NAIKKELAS_CHROMIUM", "/usr/bin/chromium")))
        .isExecutable();
  }
}
