package id.naikkelas.licensing;

import static id.naikkelas.licensing.LicensingFixture.SUKODADI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** A trademark's recommendation letter: issued at its stage, as a PDF, and checked in public. */
@IntegrationTest
class RecommendationLetterTest {

  private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();

  @Autowired LicensingFixture fx;
  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;

  @Test
  void the_letter_is_numbered_rendered_and_checked_by_its_code() throws Exception {
    String officer = fx.officer("35.24");
    long id =
        fx.id(
            fx.call(
                    post("/api/v1/licensing-requests"),
                    officer,
                    Map.of(
                        "businessId", fx.business(SUKODADI),
                        "kind", "TRADEMARK",
                        "markName", "Soe Art",
                        "niceClasses", List.of(18),
                        "goodsServices", "Tas anyaman, dompet"))
                .andExpect(status().isCreated()));
    String path = "/api/v1/licensing-requests/" + id;
    fx.call(get(path + "/recommendation-letter.pdf"), officer, null)
        .andExpect(status().isNotFound());
    fx.call(post(path + "/stages/DOCUMENTS_CHECKED"), officer, Map.of("completedOn", TODAY));
    fx.call(
            post(path + "/stages/PDKI_CHECKED"),
            officer,
            Map.of("completedOn", TODAY, "result", "FAIL"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("note"));
    fx.call(
            post(path + "/stages/PDKI_CHECKED"),
            officer,
            Map.of("completedOn", TODAY, "result", "FAIL", "note", "Mirip merek terdaftar"))
        .andExpect(jsonPath("$.request.status").value("RETURNED"))
        .andExpect(jsonPath("$.request.reason").value("Mirip merek terdaftar"));
    fx.call(post(path + "/resubmit"), officer, null).andExpect(status().isOk());
    fx.call(
        post(path + "/stages/PDKI_CHECKED"),
        officer,
        Map.of("completedOn", TODAY, "result", "PASS"));
    String body =
        fx.call(post(path + "/stages/LETTER_ISSUED"), officer, Map.of("completedOn", TODAY))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.request.letterCode").isString())
            .andReturn()
            .getResponse()
            .getContentAsString();
    @SuppressWarnings("unchecked")
    String code =
        (String)
            ((Map<String, Object>) json.readValue(body, Map.class).get("request"))
                .get("letterCode");

    byte[] pdf =
        fx.call(get(path + "/recommendation-letter.pdf"), officer, null)
            .andExpect(status().isOk())
            .andExpect(content().contentType("application/pdf"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
        .isEqualTo("%PDF-");
    fx.call(get(path + "/recommendation-letter.pdf"), fx.officer("35.08"), null)
        .andExpect(status().isNotFound());

    mvc.perform(get("/api/v1/public/letters/" + code))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("VALID"))
        .andExpect(jsonPath("$.requestId").doesNotExist())
        .andExpect(jsonPath("$.villageCode").doesNotExist())
        .andExpect(jsonPath("$.number").value(matchesPattern("500\\.13/\\d{3,}/413\\.114/\\d{4}")))
        .andExpect(jsonPath("$.markName").value("Soe Art"))
        .andExpect(jsonPath("$.niceClasses[0]").value(18));
    mvc.perform(get("/api/v1/public/letters/NOSUCHCODE99")).andExpect(status().isNotFound());
    mvc.perform(get("/surat/" + code))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Soe Art")));
    mvc.perform(get("/surat/NOSUCHCODE99")).andExpect(status().isNotFound());

    fx.call(
            post(path + "/stages/FILED"),
            officer,
            Map.of("completedOn", TODAY, "reference", "JID" + TODAY.substring(0, 4) + "000123"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("reference"));
    fx.call(
            post(path + "/stages/FILED"),
            officer,
            Map.of("completedOn", TODAY, "reference", "DID" + TODAY.substring(0, 4) + "000123"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.request.filedOn").value(TODAY));

    // a second letter takes the next number of the year; a refused request's letter is revoked
    long second = trademark(officer, "Koko Nono");
    String secondCode = letterOf(officer, second);
    int first = seq(code);
    assertThat(seq(secondCode)).isGreaterThan(first);
    fx.call(
            post("/api/v1/licensing-requests/" + second + "/refuse"),
            officer,
            Map.of("reason", "Usaha menengah"))
        .andExpect(jsonPath("$.status").value("REFUSED"));
    mvc.perform(get("/api/v1/public/letters/" + secondCode))
        .andExpect(jsonPath("$.status").value("REVOKED"));
    mvc.perform(get("/surat/" + secondCode))
        .andExpect(content().string(containsString("id=\"revoked\"")));
    mvc.perform(get("/api/v1/public/letters/" + code))
        .andExpect(jsonPath("$.status").value("VALID"));
  }

  private long trademark(String officer, String mark) throws Exception {
    return fx.id(
        fx.call(
                post("/api/v1/licensing-requests"),
                officer,
                Map.of(
                    "businessId",
                    fx.business(SUKODADI),
                    "kind",
                    "TRADEMARK",
                    "markName",
                    mark,
                    "niceClasses",
                    List.of(30),
                    "goodsServices",
                    "Keripik"))
            .andExpect(status().isCreated()));
  }

  @SuppressWarnings("unchecked")
  private String letterOf(String officer, long id) throws Exception {
    String path = "/api/v1/licensing-requests/" + id;
    fx.call(post(path + "/stages/DOCUMENTS_CHECKED"), officer, Map.of("completedOn", TODAY));
    fx.call(
        post(path + "/stages/PDKI_CHECKED"),
        officer,
        Map.of("completedOn", TODAY, "result", "PASS"));
    String body =
        fx.call(post(path + "/stages/LETTER_ISSUED"), officer, Map.of("completedOn", TODAY))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return (String)
        ((Map<String, Object>) json.readValue(body, Map.class).get("request")).get("letterCode");
  }

  @SuppressWarnings("unchecked")
  private int seq(String code) throws Exception {
    String number =
        (String)
            json.readValue(
                    mvc.perform(get("/api/v1/public/letters/" + code))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                    Map.class)
                .get("number");
    return Integer.parseInt(number.split("/")[1]);
  }
}
