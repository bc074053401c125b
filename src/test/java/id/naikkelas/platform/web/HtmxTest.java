package id.naikkelas.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class HtmxTest {

  @Test
  void htmx_gets_the_fragment_but_a_boosted_form_or_a_history_restore_gets_the_whole_page() {
    assertThat(Htmx.pageOrFragment(request(), "p", "f")).isEqualTo("p");
    MockHttpServletRequest htmx = request();
    htmx.addHeader("HX-Request", "true");
    assertThat(Htmx.pageOrFragment(htmx, "p", "f")).isEqualTo("p :: f");
    MockHttpServletRequest boosted = request();
    boosted.addHeader("HX-Request", "true");
    boosted.addHeader("HX-Boosted", "true");
    assertThat(Htmx.pageOrFragment(boosted, "p", "f")).isEqualTo("p");
    MockHttpServletRequest restore = request();
    restore.addHeader("HX-Request", "true");
    restore.addHeader("HX-History-Restore-Request", "true");
    assertThat(Htmx.pageOrFragment(restore, "p", "f")).isEqualTo("p");
  }

  private static MockHttpServletRequest request() {
    return new MockHttpServletRequest("GET", "/registry/duplicates");
  }
}
