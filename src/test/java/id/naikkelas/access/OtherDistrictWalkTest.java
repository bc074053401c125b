package id.naikkelas.access;

import static id.naikkelas.access.AccountFixture.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import id.naikkelas.IntegrationTest;
import id.naikkelas.registry.BusinessDraft;
import id.naikkelas.registry.BusinessDraftFixture;
import id.naikkelas.registry.BusinessSource;
import id.naikkelas.registry.Registry;
import id.naikkelas.registry.importing.BusinessImports;
import id.naikkelas.registry.importing.SheetFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * SECURITY.md, Access: every API endpoint, called with the token of an administrator of another
 * district, neither reads nor changes a record of Sukodadi (Lamongan). Endpoints are discovered
 * from the running application, so a new module's endpoints are walked without editing this test.
 * An owner's personal data (NIK, phone, birth date, e-mail, address) is guarded too, and a second
 * walk sends a valid business draft that links the Sukodadi owner to a business of the caller's own
 * district (allowed, issue 9): the owner's row stays as it was and no answer shows their data.
 */
@IntegrationTest
class OtherDistrictWalkTest {

  /** Tables whose content must not change; each module adds its own as it arrives. */
  private static final List<String> GUARDED_TABLES =
      List.of(
          "account",
          "password_history",
          "owner",
          "business",
          "business_import",
          "duplicate_candidate",
          "kbli_reference",
          "kbli_list_load",
          "notification_outbox",
          "training_programme",
          "training_event",
          "training_registration",
          "training_attendance",
          "training_certificate",
          "training_follow_up",
          "matching_setup",
          "matching_participant",
          "matching_meeting",
          "matching_outcome",
          "product",
          "product_photo",
          "inquiry",
          "owner_claim",
          "login_lock",
          "unlock_link",
          "partner_onboarding",
          "curation_round",
          "curation_submission",
          "curation_outlet",
          "showroom",
          "consignment",
          "consignment_movement",
          "expo",
          "expo_booth");

  /** Reference data and the caller's own account: answered to anyone, holding no district data. */
  private static final Set<String> OPEN_ENDPOINTS =
      Set.of(
          "/api/v1/regions",
          "/api/v1/regions/{code}",
          "/api/v1/regions/{code}/children",
          "/api/v1/users/me");

  @Autowired MockMvc mvc;
  @Autowired AccountFixture fixture;
  @Autowired JdbcClient jdbc;
  @Autowired tools.jackson.databind.json.JsonMapper json;
  @Autowired Registry registry;
  @Autowired BusinessImports imports;
  @Autowired id.naikkelas.training.Events events;
  @Autowired id.naikkelas.training.registration.EventRegistrations registrations;
  @Autowired id.naikkelas.training.certificate.Attendance attendance;
  @Autowired id.naikkelas.training.certificate.Certificates certificates;
  @Autowired id.naikkelas.training.matching.BusinessMatching matching;
  @Autowired id.naikkelas.training.matching.MatchingMeetings matchingMeetings;
  @Autowired id.naikkelas.catalogue.Products products;
  @Autowired id.naikkelas.catalogue.inquiry.Inquiries inquiries;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void another_districts_admin_reads_and_changes_nothing_of_sukodadi() throws Exception {
    String sukodadiOfficer = fixture.open(Role.OFFICER, "35.24.17");
    long sukodadiId =
        jdbc.sql("select id from account where username = ?")
            .param(sukodadiOfficer)
            .query(Long.class)
            .single();
    String lumajangAdmin = fixture.open(Role.ADMIN, "35.08.01");
    String token = fixture.token(lumajangAdmin);
    Actor sukodadi = new Actor(0, "test", "test", Role.OFFICER, "35.24.17");
    String serial = String.valueOf(System.nanoTime() % 10_000_000 + 10_000_000).substring(1);
    BusinessDraft plain = BusinessDraftFixture.draft("35.24.17.2007");
    BusinessDraft draft =
        BusinessDraftFixture.withOwner(
            plain,
            plain.nik(),
            "Pemilik Terlindung " + serial,
            "0857" + serial,
            "terlindung." + serial + "@example.id",
            "Jl. Melati Tersembunyi " + serial,
            "");
    long businessId = registry.register(sukodadi, draft, BusinessSource.FORM).id();
    long ownerId =
        jdbc.sql("select owner_id from business where id = ?")
            .param(businessId)
            .query(Long.class)
            .single();
    java.time.LocalDate born =
        jdbc.sql("select birth_date from owner where id = ?")
            .param(ownerId)
            .query(java.time.LocalDate.class)
            .single();
    String phone = "+62857" + serial;
    List<String> personal =
        List.of(
            draft.ownerName(),
            phone,
            phone.substring(3),
            phone.substring(0, 6) + "****" + phone.substring(phone.length() - 4),
            draft.email(),
            draft.ownerAddress(),
            born.toString(),
            born.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    long twinId =
        registry
            .register(sukodadi, BusinessDraftFixture.draft("35.24.17.2007"), BusinessSource.FORM)
            .id();
    long pairId =
        jdbc.sql(
                """
                insert into duplicate_candidate (business_a, business_b, reason, similarity, village_code)
                values (?, ?, 'SIMILAR_NAME', 0.9, '35.24.17.2007') returning id""")
            .params(Math.min(businessId, twinId), Math.max(businessId, twinId))
            .query(Long.class)
            .single();
    java.nio.file.Path csv = java.nio.file.Files.createTempFile("walk", ".csv");
    java.nio.file.Files.write(
        csv, SheetFiles.csv(';', java.util.List.<String[]>of(SheetFiles.row("35.24.17.2007"))));
    java.util.UUID importId = imports.runNow(sukodadi, csv, true).id();
    long eventId =
        events.create(
            sukodadi,
            new id.naikkelas.training.EventDraft(
                "Temu Usaha Sukodadi",
                id.naikkelas.training.EventType.BUSINESS_MATCHING,
                id.naikkelas.training.EventMode.FIRST_COME,
                10,
                java.time.Instant.parse("2025-12-31T17:00:00Z"),
                java.time.Instant.parse("2099-01-01T17:00:00Z"),
                "35.24.17",
                java.time.LocalDate.of(2026, 12, 1),
                java.time.LocalDate.of(2026, 12, 1),
                1,
                1,
                "Balai Desa",
                null,
                "Dinas",
                null,
                null,
                null,
                null,
                List.of(),
                null,
                List.of(),
                Map.of(),
                List.of()));
    id.naikkelas.training.registration.Registered registered =
        registrations.register(
            eventId,
            new id.naikkelas.training.registration.RegistrationRequest(
                draft.nik(), "Peserta Sukodadi", "081299990000", "35.24.17.2007", Map.of(), null),
            null);
    attendance.checkIn(sukodadi, eventId, registered.ticket(), 1);
    certificates.issue(sukodadi, eventId);
    String certificate =
        jdbc.sql("select code from training_certificate where registration_id = ?")
            .param(registered.id())
            .query(String.class)
            .single();
    matching.setUp(
        sukodadi,
        eventId,
        new id.naikkelas.training.matching.MatchingSetup(
            java.time.LocalDate.parse("2026-12-01"), java.time.LocalTime.of(9, 0), 20, 4, 2));
    String seller =
        matching.join(
            eventId,
            new id.naikkelas.training.matching.MatchingJoinRequest(
                "UMKM", null, "Penjual", "Keripik Sukodadi", "ID", "081288887777", null, null),
            null);
    String buyer =
        matching.join(
            eventId,
            new id.naikkelas.training.matching.MatchingJoinRequest(
                "BUYER", "EXPORTER", "Pembeli", "PT Pembeli", "ID", "beli@contoh.id", null, null),
            null);
    long meetingId = matching.request(seller, matching.mine(buyer).me().id());
    matchingMeetings.schedule(sukodadi, eventId);
    // a verified (public) business of Sukodadi for the catalogue; its products are public
    long shop =
        registry
            .register(sukodadi, BusinessDraftFixture.draft("35.24.17.2007"), BusinessSource.FORM)
            .id();
    registry.verify(sukodadi, shop);
    long productId =
        products.create(
            sukodadi,
            new id.naikkelas.catalogue.ProductDraft(
                shop,
                "Keripik Walk",
                null,
                id.naikkelas.catalogue.Category.FOOD_DRINK,
                new java.math.BigDecimal("10000"),
                null,
                "bungkus",
                1,
                null,
                List.of()));
    products.publish(sukodadi, productId);
    long inquiryId =
        inquiries
            .ask(
                new id.naikkelas.catalogue.inquiry.InquiryRequest(
                    productId,
                    null,
                    "Pembeli",
                    null,
                    "ID",
                    "pembeli@contoh.id",
                    null,
                    "Halo",
                    null,
                    null),
                null)
            .id();
    // {id} is the id of a Sukodadi record of the resource the path names.
    Map<String, Map<String, Object>> ids =
        Map.of(
            "users", Map.of("id", sukodadiId),
            "businesses", Map.of("id", businessId),
            "business-imports", Map.of("id", importId),
            "duplicates", Map.of("id", pairId),
            "regions", Map.of("code", "35.24.17"),
            "events",
                Map.of("id", eventId, "registrationId", registered.id(), "meetingId", meetingId),
            "certificates", Map.of("code", certificate),
            "kbli", Map.of("version", 2020, "code", "10794"),
            "products", Map.of("id", productId),
            "inquiries", Map.of("id", inquiryId));

    String intruder =
        """
        {"fullName":"Diambil alih","role":"ADMIN","scope":"35.24.17","enabled":false,
         "username":"intruder","password":"Penyusup#Jahat2026"}""";
    String ownerRow = ownerRow(ownerId);
    List<String> walked =
        walk(
            token,
            intruder,
            ids,
            this::snapshot,
            (what, body) ->
                assertThat(body)
                    .as(what + " leaked")
                    .doesNotContain(sukodadiOfficer)
                    .doesNotContain(draft.businessName())
                    // the NIK, full or masked (its last four digits alone also occur in unrelated
                    // numbers), and the owner's personal values
                    .doesNotContain(draft.nik())
                    .doesNotContain(
                        draft.nik().substring(0, 4) + "********" + draft.nik().substring(12))
                    .doesNotContain(personal.toArray(String[]::new)));
    assertThat(walked).as("endpoints walked").hasSizeGreaterThanOrEqualTo(6);
    assertThat(ownerRow(ownerId)).isEqualTo(ownerRow);

    // Linking the Sukodadi owner to a business of the caller's district, with other owner values
    // in every field: allowed, but the owner stays withheld and unchanged.
    BusinessDraft link =
        BusinessDraftFixture.withOwner(
            BusinessDraftFixture.draft("35.08.01.2001"),
            draft.nik(),
            "Nama Penyusup",
            "0811-0000-9999",
            "penyusup@example.id",
            "Alamat Penyusup",
            "35.08.01.2001");
    String sukodadiBusinesses =
        "select coalesce(md5(string_agg(b::text, '|' order by b.id)), '') from business b"
            + " where b.village_code like '35.24.17.%'";
    List<String> linked =
        walk(
            token,
            json.writeValueAsString(link),
            ids,
            () -> ownerRow(ownerId) + jdbc.sql(sukodadiBusinesses).query(String.class).single(),
            (what, body) ->
                assertThat(body)
                    .as(what + " leaked")
                    .doesNotContain(draft.nik())
                    .doesNotContain(draft.businessName())
                    .doesNotContain(personal.toArray(String[]::new)));
    assertThat(linked).as("the link was made").contains("POST /api/v1/businesses -> 201");
    assertThat(ownerRow(ownerId)).isEqualTo(ownerRow);
  }

  /**
   * Calls every API endpoint once with the token and body; after each call the snapshot must be as
   * before and the answer passes the check. Answers "METHOD pattern -> status" per call.
   */
  private List<String> walk(
      String token,
      String body,
      Map<String, Map<String, Object>> ids,
      java.util.function.Supplier<String> snapshot,
      java.util.function.BiConsumer<String, String> check)
      throws Exception {
    List<String> walked = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
        mappings.getHandlerMethods().entrySet()) {
      for (String pattern : entry.getKey().getPatternValues()) {
        if (!pattern.startsWith("/api/v1/") || pattern.equals("/api/v1/auth/token")) {
          continue;
        }
        Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
        for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
          String before = snapshot.get();
          String url = expand(pattern, ids.getOrDefault(resource(pattern), Map.of()));
          MvcResult result =
              mvc.perform(
                      request(HttpMethod.valueOf(method.name()), url)
                          .header("Authorization", bearer(token))
                          .contentType(MediaType.APPLICATION_JSON)
                          .content(body))
                  .andReturn();
          int status = result.getResponse().getStatus();
          walked.add(method + " " + pattern + " -> " + status);
          assertThat(snapshot.get()).as(method + " " + url + " changed data").isEqualTo(before);
          check.accept(method + " " + url, result.getResponse().getContentAsString());
          if (!OPEN_ENDPOINTS.contains(pattern)) {
            assertThat(status)
                .as(method + " " + url)
                .isIn(200, 201, 202, 400, 403, 404, 405, 415, 422);
          }
        }
      }
    }
    return walked;
  }

  /** Every column of the owner's row. */
  private String ownerRow(long id) {
    return jdbc.sql("select o::text from owner o where id = ?")
        .param(id)
        .query(String.class)
        .single();
  }

  private String snapshot() {
    StringBuilder all = new StringBuilder();
    for (String table : GUARDED_TABLES) {
      all.append(
          jdbc.sql(
                  "select coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from "
                      + table
                      + " t")
              .query(String.class)
              .single());
    }
    return all.toString();
  }

  /** The resource a path names: the segment just before its first variable, else the last. */
  private static String resource(String pattern) {
    String[] segments = pattern.split("/");
    for (int i = 1; i < segments.length; i++) {
      if (segments[i].startsWith("{")) {
        return segments[i - 1];
      }
    }
    return segments[segments.length - 1];
  }

  private static String expand(String pattern, Map<String, Object> ids) {
    String url = pattern;
    for (Map.Entry<String, Object> id : ids.entrySet()) {
      url = url.replace("{" + id.getKey() + "}", String.valueOf(id.getValue()));
    }
    // A path this test has no record for yet is still walked, with a made-up id.
    return url.replaceAll("\\{[^}]+}", "1");
  }
}
