package id.naikkelas.catalogue.inquiry;

import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.platform.IllegalTransitionException;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.platform.RegionScope;
import id.naikkelas.registry.OwnerLookup;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inquiry inbox: the owner's or the officer's view of inquiries, the buyer's view by token, and
 * the transitions NEW → ANSWERED → DEAL or CLOSED. Reached through {@link Inquiries}.
 */
@Service
class InquiryInbox {

  private final JdbcClient jdbc;
  private final OwnerLookup owners;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  InquiryInbox(
      JdbcClient jdbc,
      OwnerLookup owners,
      AuditTrail audit,
      ApplicationEventPublisher events,
      Clock clock) {
    this.jdbc = jdbc;
    this.owners = owners;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /** Inquiries for the owner's businesses, or of the officer's scope, newest first. */
  List<InquiryView> list(Actor by) {
    return visible(by, "", List.of(), " order by i.id desc limit 500");
  }

  /** One inquiry the caller may see (the owner's business, or the officer's scope). */
  private InquiryView find(Actor by, long id) {
    return visible(by, " and i.id = ?", List.of(id), "").stream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("inquiry", id));
  }

  /** Inquiries of the owner's businesses or of the officer's scope, narrowed by {@code and}. */
  private List<InquiryView> visible(Actor by, String and, List<Object> andParams, String tail) {
    String where;
    List<Object> params = new ArrayList<>();
    if (by.role() == Role.OWNER) {
      List<Long> mine = owners.businessesOfAccount(by.id());
      if (mine.isEmpty()) {
        return List.of();
      }
      where = "i.business_id = any(?)";
      params.add(mine.toArray(Long[]::new));
    } else {
      String scope = by.officerScope();
      where = RegionScope.sql("i.village_code");
      params.add(scope);
      params.add(scope);
    }
    params.addAll(andParams);
    return jdbc.sql(ROW + " where " + where + and + tail)
        .params(params)
        .query(InquiryInbox::row)
        .list();
  }

  /** The buyer's own inquiry, by its private token. */
  InquiryView byToken(String token) {
    if (token == null || !token.matches("[A-Z2-9]{12}")) {
      throw new NotFoundException("inquiry", token);
    }
    return jdbc.sql(ROW + " where i.token = ?")
        .param(token)
        .query(InquiryInbox::row)
        .optional()
        .orElseThrow(() -> new NotFoundException("inquiry", token));
  }

  /** NEW → ANSWERED, by the owner or an officer in scope. */
  @Transactional
  InquiryView answer(Actor by, long id) {
    return act(by, id, "answer", Inquiry::answer);
  }

  /** NEW or ANSWERED → DEAL with its value and currency (IDR by default). */
  @Transactional
  InquiryView recordDeal(Actor by, long id, BigDecimal value, String currency) {
    return act(by, id, "deal", i -> i.recordDeal(value, currency));
  }

  /** NEW or ANSWERED → CLOSED. */
  @Transactional
  InquiryView close(Actor by, long id) {
    return act(by, id, "close", Inquiry::close);
  }

  private InquiryView act(Actor by, long id, String action, Function<Inquiry, Object> transition) {
    InquiryView row = find(by, id);
    Inquiry inquiry = new Inquiry(row);
    Object event = transition.apply(inquiry);
    int n =
        jdbc.sql(
                "update inquiry set status = ?, deal_value = ?, deal_currency = ?, updated_at = ?"
                    + " where id = ? and status = ?")
            .params(
                inquiry.state().name(),
                inquiry.dealValue(),
                inquiry.dealCurrency(),
                Timestamp.from(clock.instant()),
                id,
                row.status().name())
            .update();
    if (n != 1) {
      throw new IllegalTransitionException(find(by, id).status(), action);
    }
    String village =
        jdbc.sql("select village_code from inquiry where id = ?")
            .param(id)
            .query(String.class)
            .single();
    audit.record(
        AuditAction.UPDATE,
        "inquiry",
        id,
        village,
        Map.of("status", row.status().name()),
        inquiry.state() == InquiryState.DEAL
            ? Map.of(
                "status",
                inquiry.state().name(),
                "value",
                inquiry.dealValue(),
                "currency",
                inquiry.dealCurrency())
            : Map.of("status", inquiry.state().name()));
    events.publishEvent(event);
    return find(by, id);
  }

  private static final String ROW =
      """
      select i.id, i.product_id, p.name as product_name, i.business_id, i.buyer_name,
        i.organisation, i.country, i.contact_masked, i.quantity, i.message, i.status,
        i.deal_value, i.deal_currency, i.created_at
      from inquiry i left join product p on p.id = i.product_id""";

  private static InquiryView row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new InquiryView(
        rs.getLong("id"),
        (Long) rs.getObject("product_id"),
        rs.getString("product_name"),
        rs.getLong("business_id"),
        rs.getString("buyer_name"),
        rs.getString("organisation"),
        rs.getString("country"),
        rs.getString("contact_masked"),
        rs.getString("quantity"),
        rs.getString("message"),
        InquiryState.valueOf(rs.getString("status")),
        rs.getBigDecimal("deal_value"),
        rs.getString("deal_currency"),
        rs.getTimestamp("created_at").toInstant());
  }
}
