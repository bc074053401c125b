package id.naikkelas.export.reference;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Role;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The HS code page: officers search, admins also add descriptions, lines and origin rules. */
@IntegrationTest
class HsCodePageTest {

  @Autowired MockMvc mvc;
  @Autowired AccountFixture accounts;

  @Test
  void an_officer_searches_without_the_admin_forms() throws Exception {
    RequestPostProcessor officer =
        authentication(accounts.signedIn(accounts.open(Role.OFFICER, "35.24")));
    mvc.perform(get("/export/hs-codes").param("q", "0901.21").with(officer))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Coffee; roasted, not decaffeinated")))
        .andExpect(content().string(containsString("id=\"origin-rules\"")))
        .andExpect(content().string(not(containsString("id=\"hs-line\""))));
  }

  @Test
  void an_owner_may_not_open_it() throws Exception {
    RequestPostProcessor owner = authentication(accounts.signedIn(accounts.open(Role.OWNER, null)));
    mvc.perform(get("/export/hs-codes").with(owner)).andExpect(status().isForbidden());
  }

  @Test
  void an_admin_adds_a_line_and_sees_a_refusal_beside_the_field() throws Exception {
    RequestPostProcessor admin = authentication(accounts.signedIn("admin"));
    mvc.perform(get("/export/hs-codes").with(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"hs-line\"")));
    String code = "090112" + ThreadLocalRandom.current().nextInt(10, 100);
    mvc.perform(
            post("/export/hs-codes/lines")
                .param("code", code)
                .param("descriptionId", "Kopi tanpa kafein")
                .with(admin)
                .with(csrf()))
        .andExpect(redirectedUrl("/export/hs-codes"))
        .andExpect(flash().attribute("savedCode", code));
    mvc.perform(
            post("/export/hs-codes/lines")
                .param("code", "77000012")
                .param("descriptionId", "Tidak ada")
                .with(admin)
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"#code\"")));
  }
}
