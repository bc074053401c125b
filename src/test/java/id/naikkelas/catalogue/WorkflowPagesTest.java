package id.naikkelas.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Role;
import id.naikkelas.catalogue.inquiry.Inquiries;
import id.naikkelas.catalogue.inquiry.InquiryRequest;
import id.naikkelas.catalogue.inquiry.InquiryState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The pages act through the same aggregate methods as the API, refusals included. */
@IntegrationTest
class WorkflowPagesTest {

  @Autowired MockMvc mvc;
  @Autowired AccountFixture accounts;
  @Autowired MarketFixture market;
  @Autowired Inquiries inquiries;

  @Test
  void a_round_closes_from_its_page_once() throws Exception {
    RequestPostProcessor as =
        authentication(accounts.signedIn(accounts.open(Role.OFFICER, "35.24.17")));
    String round =
        mvc.perform(post("/pasar/kurasi").param("title", "Kurasi Halaman").with(as).with(csrf()))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(round).matches("/pasar/kurasi/\\d+");
    mvc.perform(get(round).with(as))
        .andExpect(content().string(containsString("close-round-form")));
    mvc.perform(post(round + "/tutup").with(as).with(csrf()))
        .andExpect(flash().attributeExists("done"));
    mvc.perform(get(round).with(as))
        .andExpect(content().string(containsString("Ditutup")))
        .andExpect(content().string(not(containsString("close-round-form"))));
    mvc.perform(post(round + "/tutup").with(as).with(csrf()))
        .andExpect(flash().attributeExists("refusedProblem"));
  }

  @Test
  void the_inbox_answers_then_refuses_a_second_answer() throws Exception {
    long business = market.business("35.24.17.2007");
    long product = market.product(business, "Tas Anyaman Sukodadi");
    long inquiry =
        inquiries
            .ask(
                new InquiryRequest(
                    product,
                    null,
                    "Rina",
                    null,
                    "ID",
                    "rina@contoh.id",
                    null,
                    "Ada warna lain?",
                    null,
                    null),
                "10.81.0." + (System.nanoTime() % 200))
            .id();
    RequestPostProcessor as =
        authentication(accounts.signedIn(accounts.open(Role.OFFICER, "35.24.17")));
    String path = "/kelola/pertanyaan/" + inquiry + "/tindakan";
    mvc.perform(post(path).param("action", "answer").with(as).with(csrf()))
        .andExpect(flash().attributeExists("done"));
    mvc.perform(post(path).param("action", "answer").with(as).with(csrf()))
        .andExpect(flash().attributeExists("refusedProblem"));
    mvc.perform(
            post(path)
                .param("action", "deal")
                .param("dealValue", "150000")
                .param("currency", "IDR")
                .with(as)
                .with(csrf()))
        .andExpect(flash().attributeExists("done"));
    assertThat(
            inquiries.list(MarketFixture.ROOT).stream()
                .filter(i -> i.id() == inquiry)
                .findFirst()
                .orElseThrow()
                .status())
        .isEqualTo(InquiryState.DEAL);
  }
}
