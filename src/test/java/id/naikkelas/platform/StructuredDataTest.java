package id.naikkelas.platform;

import static org.assertj.core.api.Assertions.assertThat;

import id.naikkelas.platform.web.StructuredData;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StructuredDataTest {

  @Test
  void nothing_in_the_json_can_close_the_script_element() {
    String json = StructuredData.of(Map.of("name", "</script><b>A & B</b>"));
    assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&");
    assertThat(json).contains("\\u003c/script\\u003e");
  }
}
