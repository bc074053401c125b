package id.naikkelas.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Role;
import id.naikkelas.client.ApiException;
import id.naikkelas.client.api.BusinessesApi;
import id.naikkelas.client.api.EventsApi;
import id.naikkelas.client.api.InquiriesApi;
import id.naikkelas.client.api.ProductsApi;
import id.naikkelas.client.model.BusinessDetail;
import id.naikkelas.client.model.BusinessDraft;
import id.naikkelas.client.model.CatalogueResult;
import id.naikkelas.client.model.CreatedBusiness;
import id.naikkelas.client.model.EventDraft;
import id.naikkelas.client.model.EventRegistrationReceived;
import id.naikkelas.client.model.InquiryRequest;
import id.naikkelas.client.model.ProductDraft;
import id.naikkelas.client.model.RegistrationRequest;
import id.naikkelas.registry.BusinessDraftFixture;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The client generated from the committed API document drives the registry, training and catalogue
 * APIs of the running application, as a client developer's program would.
 */
@IntegrationTest
class BusinessModulesClientScenarioTest {

  static final String VILLAGE = "35.24.17.2007";

  @Value("${local.server.port}")
  int port;

  @Autowired AccountFixture accounts;

  private String officerToken() {
    return accounts.token(accounts.open(Role.OFFICER, "35.24.17"));
  }

  private long verifiedBusiness(String token, String name) throws Exception {
    BusinessesApi businesses = new BusinessesApi(ContractClient.at(port, token));
    var fixture = BusinessDraftFixture.draft(VILLAGE);
    BusinessDraft draft =
        new BusinessDraft()
            .nik(fixture.nik())
            .ownerName(fixture.ownerName())
            .phone(fixture.phone())
            .ownerAddress(fixture.ownerAddress())
            .businessName(name)
            .nib(fixture.nib())
            .kbliVersion(2020)
            .kbliCodes(java.util.List.of("10792"))
            .capital(new java.math.BigDecimal("25000000"))
            .annualSales(new java.math.BigDecimal("180000000"))
            .employees(3)
            .yearFounded(2015)
            .villageCode(VILLAGE)
            .address("Jl. Raya Sukodadi 1")
            .whatsappConsent(true);
    CreatedBusiness created = businesses.businessCreate(draft);
    BusinessDetail verified = businesses.businessVerify(created.getId());
    assertThat(verified.getStatus()).hasToString("VERIFIED");
    return created.getId();
  }

  @Test
  void an_officer_registers_and_verifies_a_business_and_finds_it_in_the_list() throws Exception {
    String token = officerToken();
    String name = "Kerupuk Ikan Kontrak " + System.nanoTime();
    long id = verifiedBusiness(token, name);
    BusinessesApi businesses = new BusinessesApi(ContractClient.at(port, token));
    var page =
        businesses.businessList(
            null, null, null, null, null, null, null, name, null, null, null, null);
    assertThat(page.getItems()).extracting(r -> r.getId()).contains(id);
    assertThatThrownBy(() -> businesses.businessVerify(id))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(409));
  }

  @Test
  void an_officer_opens_an_event_and_a_resident_registers_for_it() throws Exception {
    EventsApi officer = new EventsApi(ContractClient.at(port, officerToken()));
    Map<String, Object> created =
        officer.eventCreate(
            new EventDraft()
                .title("Pelatihan Kontrak " + System.nanoTime())
                .type(EventDraft.TypeEnum.TRAINING)
                .mode(EventDraft.ModeEnum.FIRST_COME)
                .quota(20)
                .registrationOpens(OffsetDateTime.now().minusHours(1))
                .registrationCloses(OffsetDateTime.now().plusDays(2))
                .regionScope("35.24.17")
                .startsOn(LocalDate.of(2026, 12, 10))
                .endsOn(LocalDate.of(2026, 12, 11))
                .sessions(2)
                .minSessions(2)
                .place("Pendopo Kecamatan Sukodadi")
                .organiser("Dinas Koperasi dan Usaha Mikro Kabupaten Lamongan")
                .programme("Pelatihan Kewirausahaan Mandiri 2026"));
    long eventId = ((Number) created.get("id")).longValue();
    assertThat(officer.eventFind(eventId).getTitle()).startsWith("Pelatihan Kontrak");

    EventRegistrationReceived received =
        new EventsApi(ContractClient.at(port))
            .registrationRegister(
                eventId,
                new RegistrationRequest()
                    .nik(BusinessDraftFixture.nik(VILLAGE))
                    .name("Siti Rohmah")
                    .phone("0812%08d".formatted(System.nanoTime() % 100_000_000))
                    .villageCode(VILLAGE));
    assertThat(received.getStatus()).isNotNull();
  }

  @Test
  void an_officer_publishes_a_product_that_a_buyer_finds_and_asks_about() throws Exception {
    String token = officerToken();
    long business = verifiedBusiness(token, "Batik Kontrak " + System.nanoTime());
    ProductsApi products = new ProductsApi(ContractClient.at(port, token));
    String tag = "kontrak" + System.nanoTime();
    Map<String, Object> created =
        products.productCreate(
            new ProductDraft()
                .businessId(business)
                .name("Batik tulis " + tag)
                .description("Batik tulis pewarna alam " + tag)
                .category(ProductDraft.CategoryEnum.FASHION_TEXTILE)
                .priceMin(new BigDecimal("150000"))
                .unit("lembar"));
    long product = ((Number) created.get("id")).longValue();
    products.productPublish(product);

    CatalogueResult found =
        new ProductsApi(ContractClient.at(port))
            .productFind(tag, null, null, null, null, null, null, null, null);
    assertThat(found.getItems()).extracting(i -> i.getId()).contains(product);

    Map<String, Object> asked =
        new InquiriesApi(ContractClient.at(port))
            .inquiryAsk(
                new InquiryRequest()
                    .productId(product)
                    .buyerName("Rina Pembeli")
                    .contact("rina@example.id")
                    .message("Apakah bisa pesan 20 lembar untuk seragam?"));
    assertThat(asked).isNotEmpty();
  }
}
