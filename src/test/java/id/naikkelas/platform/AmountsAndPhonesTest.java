package id.naikkelas.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountsAndPhonesTest {

  @ParameterizedTest
  @CsvSource({
    "1500000, 1500000",
    "Rp1.500.000, 1500000",
    "Rp 1.500.000, 1500000",
    "'rp1.500.000,50', 1500000.50",
    "0, 0",
  })
  void rupiah_amounts_are_read_as_people_type_them(String text, String expected) {
    assertThat(Amounts.parse(text)).contains(new BigDecimal(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-5", "Rp-1.000", "satu juta", "1.50.000", "=1+1", "1e6", ""})
  void negative_or_unreadable_amounts_are_refused(String text) {
    assertThat(Amounts.parse(text)).isEmpty();
  }

  @Test
  void money_is_shown_without_a_space() {
    assertThat(Amounts.format(new BigDecimal("1234567"))).isEqualTo("Rp1.234.567");
  }

  @Test
  void a_local_mobile_number_is_stored_in_e164_and_linked_to_whatsapp() {
    assertThat(PhoneNumbers.toE164("0812-3456-7890")).contains("+6281234567890");
    assertThat(PhoneNumbers.toE164("+62 812 3456 7890")).contains("+6281234567890");
    assertThat(PhoneNumbers.whatsAppLink("+6281234567890"))
        .isEqualTo("https://wa.me/6281234567890");
    assertThat(PhoneNumbers.mask("+6281234567890")).isEqualTo("+62812****7890");
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345", "0812", "bukan nomor", "081234567890123456789"})
  void invalid_phones_are_refused(String text) {
    assertThat(PhoneNumbers.toE164(text)).isEmpty();
  }
}
