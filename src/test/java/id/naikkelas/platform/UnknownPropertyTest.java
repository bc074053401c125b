package id.naikkelas.platform;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** A property the request record does not have is refused, naming it, instead of ignored. */
@IntegrationTest
class UnknownPropertyTest {

  @Autowired MockMvc mvc;

  @Test
  void an_unknown_property_answers_422_naming_it() throws Exception {
    mvc.perform(
            post("/api/v1/auth/token")
                .with(
                    r -> {
                      r.setRemoteAddr("10.9.8.7");
                      return r;
                    })
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"nobody\",\"password\":\"x\",\"pasword\":\"y\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("pasword"))
        .andExpect(jsonPath("$.detail", containsString("pasword")));
  }

  @Test
  void the_api_document_is_still_json_rather_than_encoded_bytes() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("\"openapi\"")));
  }
}
