package id.naikkelas.training.registration;

import id.naikkelas.platform.AddressThrottle;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How fast registrations may come. Many honest people share one address behind the carrier-grade
 * NAT of Indonesian mobile networks, so the per-address limit is only a ceiling against floods
 * (hundreds a minute); what keeps one person from holding many places is a limit per phone and per
 * NIK (a few an hour), checked once the registration is well-formed. Confirmation attempts have
 * their own per-address ceiling.
 */
@Component
class RegistrationLimits {

  private final AddressThrottle perAddress;
  private final AddressThrottle confirmsPerAddress;
  private final AddressThrottle perPhone;
  private final AddressThrottle perNik;

  RegistrationLimits(
      @Value("${naikkelas.training.registrations-per-minute:600}") int perMinute,
      @Value("${naikkelas.training.registrations-per-phone-per-hour:5}") int perPhoneHourly,
      @Value("${naikkelas.training.registrations-per-nik-per-hour:10}") int perNikHourly) {
    this.perAddress = new AddressThrottle(perMinute);
    this.confirmsPerAddress = new AddressThrottle(perMinute);
    this.perPhone = new AddressThrottle(perPhoneHourly, Duration.ofHours(1));
    this.perNik = new AddressThrottle(perNikHourly, Duration.ofHours(1));
  }

  void address(String clientAddress) {
    perAddress.check(clientAddress);
  }

  void confirmation(String clientAddress) {
    confirmsPerAddress.check(clientAddress);
  }

  /** The keyed hashes of the phone and the NIK: the throttles never hold the numbers themselves. */
  void person(String phoneHash, String nikHash) {
    perPhone.check(phoneHash == null ? null : "phone:" + phoneHash);
    perNik.check(nikHash == null ? null : "nik:" + nikHash);
  }

  void perMinute(int limit) {
    perAddress.limit(limit);
    confirmsPerAddress.limit(limit);
  }

  void perHour(int perPhoneLimit, int perNikLimit) {
    perPhone.limit(perPhoneLimit);
    perNik.limit(perNikLimit);
  }
}
