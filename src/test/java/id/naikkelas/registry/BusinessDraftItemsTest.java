package id.naikkelas.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** KBLI codes and channels arrive as a list, or as the text the API took before: both read. */
class BusinessDraftItemsTest {

  private final JsonMapper json = JsonMapper.builder().build();

  @Test
  void a_comma_separated_string_and_null_or_empty_items_read_as_the_list_they_mean() {
    BusinessDraft d =
        json.readValue(
            "{\"kbliCodes\":\"10792, 10794\",\"onlineChannels\":[\"https://a.id\", null, \" \"]}",
            BusinessDraft.class);
    assertThat(d.kbliCodes()).containsExactly("10792", "10794");
    assertThat(d.onlineChannels()).containsExactly("https://a.id");
    assertThat(json.readValue("{\"kbliCodes\":[\"10792\"]}", BusinessDraft.class).kbliCodes())
        .containsExactly("10792");
    assertThat(json.readValue("{}", BusinessDraft.class).kbliCodes()).isEmpty();
  }
}
