package id.naikkelas.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class RegionApiTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void the_whole_of_indonesia_is_loaded() {
    assertThat(count("PROVINCE")).isEqualTo(38);
    assertThat(count("REGENCY")).isEqualTo(514);
    assertThat(count("DISTRICT")).isEqualTo(7285);
    assertThat(count("VILLAGE")).isEqualTo(83762);
  }

  @Test
  void a_region_is_answered_without_a_token() throws Exception {
    mvc.perform(get("/api/v1/regions/35.24"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.code").value("35.24"))
        .andExpect(jsonPath("$.name").value("Kabupaten Lamongan"))
        .andExpect(jsonPath("$.level").value("REGENCY"))
        .andExpect(jsonPath("$.parentCode").value("35"));
  }

  @Test
  void lamongan_has_27_districts_each_pointing_to_it() throws Exception {
    mvc.perform(get("/api/v1/regions/35.24/children"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$", hasSize(27)))
        .andExpect(jsonPath("$[*].level", everyItem(org.hamcrest.Matchers.is("DISTRICT"))))
        .andExpect(jsonPath("$[*].parentCode", everyItem(org.hamcrest.Matchers.is("35.24"))));
  }

  @Test
  void a_district_lists_its_villages() throws Exception {
    mvc.perform(get("/api/v1/regions/35.24.17/children"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$", hasSize(20)))
        .andExpect(jsonPath("$[0].code").value("35.24.17.2001"))
        .andExpect(jsonPath("$[0].level").value("VILLAGE"));
  }

  @Test
  void a_village_has_no_children_and_names_its_district() throws Exception {
    mvc.perform(get("/api/v1/regions/35.24.17.2007"))
        .andExpect(jsonPath("$.name").value("Sukodadi"))
        .andExpect(jsonPath("$.parentCode").value("35.24.17"));
    mvc.perform(get("/api/v1/regions/35.24.17.2007/children"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$", hasSize(0)));
  }

  @Test
  void an_unknown_code_is_a_404_problem_naming_the_code() throws Exception {
    mvc.perform(get("/api/v1/regions/99.99"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.detail", containsString("99.99")));
  }

  @Test
  void a_malformed_code_is_a_422_problem_naming_the_field() throws Exception {
    mvc.perform(get("/api/v1/regions/lamongan").header("Accept-Language", "en"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("code"))
        .andExpect(jsonPath("$.errors[0].message", containsString("Kemendagri format")));
  }

  @Test
  void regions_are_found_by_part_of_their_name_ignoring_case() throws Exception {
    mvc.perform(get("/api/v1/regions").param("q", "sukoDADI"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].name").value("Sukodadi"))
        .andExpect(jsonPath("$.items[0].level").value("DISTRICT"));
    mvc.perform(get("/api/v1/regions").param("q", "sukodadi").param("within", "35.24.17"))
        .andExpect(jsonPath("$.items[*].code", everyItem(startsWith("35.24.17"))));
  }

  @Test
  void like_wildcards_in_the_search_text_are_taken_literally() throws Exception {
    mvc.perform(get("/api/v1/regions").param("q", "%_%"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totalItems").value(0));
  }

  private long count(String level) {
    return jdbc.sql("select count(*) from region where level = ?")
        .param(level)
        .query(Long.class)
        .single();
  }
}
