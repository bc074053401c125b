package id.naikkelas.catalogue.inquiry;

import static id.naikkelas.catalogue.curation.CurationRoundTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.naikkelas.platform.InvalidInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class InquiryTest {

  @Test
  void a_new_inquiry_is_answered_then_ends_in_a_deal() {
    Inquiry i = new Inquiry(5, 9, InquiryState.NEW);
    assertThat(i.answer()).isEqualTo(new InquiryAnswered(5, 9));
    assertThat(i.recordDeal(BigDecimal.TEN, " eur "))
        .isEqualTo(new InquiryDealRecorded(5, 9, BigDecimal.TEN, "EUR"));
    assertThat(i.state()).isEqualTo(InquiryState.DEAL);
  }

  @Test
  void a_deal_names_the_buyers_country_and_organisation_and_the_product_but_no_contact() {
    InquiryView row =
        new InquiryView(
            5,
            12L,
            "Sarung tenun ikat",
            9,
            "Aiko Tanaka",
            "Kyoto Textile Co.",
            "JP",
            "a***@example.jp",
            "200 lembar",
            "Please quote",
            InquiryState.ANSWERED,
            null,
            null,
            java.time.Instant.EPOCH);
    assertThat(new Inquiry(row).recordDeal(new BigDecimal("1500"), "usd"))
        .isEqualTo(
            new InquiryDealRecorded(
                5,
                9,
                new BigDecimal("1500"),
                "USD",
                "JP",
                "Kyoto Textile Co.",
                12L,
                "Sarung tenun ikat"));
  }

  @Test
  void a_deal_defaults_to_rupiah_and_a_new_inquiry_may_be_closed() {
    Inquiry deal = new Inquiry(5, 9, InquiryState.NEW);
    assertThat(deal.recordDeal(BigDecimal.ONE, null).dealCurrency()).isEqualTo("IDR");
    Inquiry closed = new Inquiry(6, 9, InquiryState.NEW);
    assertThat(closed.close()).isEqualTo(new InquiryClosed(6, 9));
    assertThat(closed.state()).isEqualTo(InquiryState.CLOSED);
  }

  @Test
  void an_answered_inquiry_is_not_answered_again() {
    assertRefused(
        () -> new Inquiry(5, 9, InquiryState.ANSWERED).answer(), InquiryState.ANSWERED, "answer");
  }

  @Test
  void a_finished_inquiry_refuses_every_action() {
    for (InquiryState end : new InquiryState[] {InquiryState.DEAL, InquiryState.CLOSED}) {
      assertRefused(() -> new Inquiry(5, 9, end).answer(), end, "answer");
      assertRefused(() -> new Inquiry(5, 9, end).recordDeal(BigDecimal.ONE, "IDR"), end, "deal");
      assertRefused(() -> new Inquiry(5, 9, end).close(), end, "close");
    }
  }

  @Test
  void a_deal_needs_a_value_and_a_currency_code_and_stays_unchanged_otherwise() {
    Inquiry i = new Inquiry(5, 9, InquiryState.NEW);
    assertThatThrownBy(() -> i.recordDeal(BigDecimal.valueOf(-1), "rupiah"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.field())
                    .containsExactly("dealValue", "currency"));
    assertThat(i.state()).isEqualTo(InquiryState.NEW);
  }
}
