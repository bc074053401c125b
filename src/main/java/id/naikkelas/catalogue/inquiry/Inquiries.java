package id.naikkelas.catalogue.inquiry;

import id.naikkelas.access.Actor;
import id.naikkelas.catalogue.ProductStatus;
import id.naikkelas.notification.Channel;
import id.naikkelas.notification.Notifications;
import id.naikkelas.platform.AddressThrottle;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.FormFields;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.platform.PersonalDataCipher;
import id.naikkelas.platform.RandomCodes;
import id.naikkelas.registry.BusinessStatus;
import id.naikkelas.registry.Contacts;
import id.naikkelas.registry.OwnerLookup;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Buyers' inquiries about a product or a business: the owner and the dinas are told through the
 * outbox; the inquiry moves NEW → ANSWERED → DEAL (with value and currency) or CLOSED. A buyer
 * follows their own inquiry with its private token and never sees another's.
 */
@Service
public class Inquiries {

  public record Asked(long id, String token) {}

  static final String TOPIC = "catalogue-inquiry";

  private final JdbcClient jdbc;
  private final OwnerLookup owners;
  private final Notifications notifications;
  private final PersonalDataCipher cipher;
  private final Clock clock;
  private final AddressThrottle throttle;
  private final String officerInbox;
  private final InquiryInbox inbox;

  Inquiries(
      JdbcClient jdbc,
      OwnerLookup owners,
      Notifications notifications,
      PersonalDataCipher cipher,
      Clock clock,
      @Value("${naikkelas.catalogue.inquiries-per-minute:5}") int perMinute,
      @Value("${naikkelas.catalogue.officer-inbox:}") String officerInbox,
      InquiryInbox inbox) {
    this.jdbc = jdbc;
    this.owners = owners;
    this.notifications = notifications;
    this.cipher = cipher;
    this.clock = clock;
    this.throttle = new AddressThrottle(perMinute);
    this.officerInbox = officerInbox;
    this.inbox = inbox;
  }

  /** Changes the per-address limit (tests). */
  void limit(int perWindow) {
    throttle.limit(perWindow);
  }

  @Transactional
  public Asked ask(InquiryRequest a, String clientAddress) {
    throttle.check(clientAddress);
    List<FieldProblem> p = new ArrayList<>();
    if (a.website() != null && !a.website().isBlank()) {
      p.add(new FieldProblem("website", "selfRegistration.rejected"));
    }
    Long productId = a.productId();
    long businessId;
    String productName = null;
    if (productId != null) {
      Map<String, Object> product =
          jdbc
              .sql("select business_id, name, status from product where id = ?")
              .param(productId)
              .query()
              .listOfRows()
              .stream()
              .findFirst()
              .filter(r -> ProductStatus.PUBLISHED.name().equals(r.get("status")))
              .orElseThrow(() -> new NotFoundException("product", a.productId()));
      businessId = ((Number) product.get("business_id")).longValue();
      productName = (String) product.get("name");
    } else if (a.businessId() != null) {
      businessId = a.businessId();
    } else {
      throw new InvalidInputException("productId", "field.required");
    }
    OwnerLookup.CatalogueFacts business =
        owners
            .catalogueFacts(businessId)
            .filter(f -> BusinessStatus.VERIFIED.name().equals(f.status()))
            .orElseThrow(() -> new NotFoundException("business", businessId));
    String name = FormFields.name(a.buyerName(), "buyerName", 120, true, p);
    String organisation = FormFields.name(a.organisation(), "organisation", 200, false, p);
    String country =
        a.country() == null || a.country().isBlank()
            ? "ID"
            : a.country().strip().toUpperCase(Locale.ROOT);
    if (!country.matches("[A-Z]{2}")) {
      p.add(new FieldProblem("country", "matching.country.invalid"));
    }
    String contact = contact(a.contact(), p);
    String quantity = FormFields.text(a.quantity(), "quantity", 80, false, p);
    String message = FormFields.text(a.message(), "message", 2000, true, p);
    if (!p.isEmpty()) {
      throw new InvalidInputException(p);
    }
    String token = RandomCodes.of(12);
    Timestamp now = Timestamp.from(clock.instant());
    long id =
        jdbc.sql(
                """
                insert into inquiry (product_id, business_id, village_code, buyer_name, organisation,
                  country, contact_cipher, contact_masked, quantity, message, token, created_at,
                  updated_at, expo_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
            .params(
                productId,
                businessId,
                business.villageCode(),
                name,
                organisation,
                country,
                cipher.encrypt(contact),
                Contacts.mask(contact),
                quantity,
                message,
                token,
                now,
                now,
                expoId(a.expoId(), businessId))
            .query(Long.class)
            .single();
    String about = productName != null ? productName : business.name();
    String subject = "Pertanyaan pembeli: " + about;
    String body =
        name
            + (organisation == null ? "" : " (" + organisation + ", " + country + ")")
            + " bertanya tentang "
            + about
            + (quantity == null ? "" : ", jumlah " + quantity)
            + ": "
            + message;
    owners
        .ownerPhone(businessId)
        .ifPresent(
            phone ->
                notifications.queue(
                    Channel.WHATSAPP, phone, subject, body, TOPIC, id, business.villageCode()));
    if (officerInbox != null && !officerInbox.isBlank()) {
      notifications.queue(
          Channel.EMAIL, officerInbox, subject, body, TOPIC, id, business.villageCode());
    }
    return new Asked(id, token);
  }

  /**
   * The expo an inquiry is tied to: only one where the business has a booth inside the expo's
   * region scope (a booth stored outside it before the scope was enforced does not count).
   */
  private Long expoId(Long expoId, long businessId) {
    if (expoId == null) {
      return null;
    }
    return jdbc.sql(
            "select b.expo_id from expo_booth b join expo e on e.id = b.expo_id"
                + " where b.expo_id = ? and b.business_id = ?"
                + " and (b.village_code = e.region_scope or b.village_code like e.region_scope || '.%')")
        .params(expoId, businessId)
        .query(Long.class)
        .optional()
        .orElseThrow(() -> new InvalidInputException("expoId", "expo.booth.none"));
  }

  /** Inquiries for the owner's businesses, or of the officer's scope, newest first. */
  public List<InquiryView> list(Actor by) {
    return inbox.list(by);
  }

  /** The buyer's own inquiry, by its private token. */
  public InquiryView byToken(String token) {
    return inbox.byToken(token);
  }

  /** NEW → ANSWERED, by the owner or an officer in scope. */
  public InquiryView answer(Actor by, long id) {
    return inbox.answer(by, id);
  }

  /** NEW or ANSWERED → DEAL with its value and currency (IDR by default). */
  public InquiryView recordDeal(Actor by, long id, BigDecimal value, String currency) {
    return inbox.recordDeal(by, id, value, currency);
  }

  /** NEW or ANSWERED → CLOSED. */
  public InquiryView close(Actor by, long id) {
    return inbox.close(by, id);
  }

  private static String contact(String given, List<FieldProblem> p) {
    if (given == null || given.isBlank()) {
      p.add(new FieldProblem("contact", "field.required"));
      return null;
    }
    Optional<String> contact = Contacts.normalise(given);
    if (contact.isEmpty()) {
      p.add(new FieldProblem("contact", "matching.contact.invalid"));
      return null;
    }
    return contact.get();
  }
}
