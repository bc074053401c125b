package id.naikkelas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class PublicDirectoryTest {

  private static final Actor OFFICER = new Actor(0, "test", "test", Role.OFFICER, "35.24.17");

  @Autowired MockMvc mvc;
  @Autowired Registry registry;

  @Test
  void only_verified_businesses_are_public_and_never_with_personal_data() throws Exception {
    BusinessDraft verified = BusinessDraftFixture.draft("35.24.17.2007");
    long verifiedId = registry.register(OFFICER, verified, BusinessSource.FORM).id();
    registry.verify(OFFICER, verifiedId);
    BusinessDraft draft = BusinessDraftFixture.draft("35.24.17.2007");
    long draftId = registry.register(OFFICER, draft, BusinessSource.FORM).id();

    String json =
        mvc.perform(get("/api/v1/public/businesses").param("q", verified.businessName()))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.items[0].name").value(verified.businessName()))
            .andExpect(jsonPath("$.items[0].districtName").value("Sukodadi"))
            .andExpect(jsonPath("$.items[0].whatsappLink").value("https://wa.me/6281234567890"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(json)
        .doesNotContain(verified.nik())
        .doesNotContain("********")
        .doesNotContain("Jl. Raya");

    mvc.perform(get("/api/v1/public/businesses").param("q", draft.businessName()))
        .andExpect(jsonPath("$.totalItems").value(0));
    mvc.perform(get("/api/v1/public/businesses/" + draftId)).andExpect(status().isNotFound());
    mvc.perform(get("/umkm/" + verifiedId))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("https://wa.me/6281234567890?text=")))
        .andExpect(content().string(not(containsString(verified.nik()))));
  }

  @Test
  void no_whatsapp_link_without_the_owners_consent() throws Exception {
    BusinessDraft d = BusinessDraftFixture.draft("35.24.17.2001");
    BusinessDraft noConsent = BusinessDraftFixture.with(d, d.nib(), false);
    long id = registry.register(OFFICER, noConsent, BusinessSource.FORM).id();
    registry.verify(OFFICER, id);
    mvc.perform(get("/api/v1/public/businesses/" + id))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.whatsappLink").doesNotExist());
    mvc.perform(get("/umkm/" + id)).andExpect(content().string(not(containsString("wa.me"))));
  }

  @Test
  void the_directory_needs_no_sign_in() throws Exception {
    mvc.perform(get("/umkm"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Direktori UMKM")));
  }
}
