package id.naikkelas.catalogue.inquiry;

import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.IllegalTransitionException;
import id.naikkelas.platform.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A buyer's inquiry as an aggregate: NEW → ANSWERED → DEAL or CLOSED (a NEW inquiry may end in a
 * deal or be closed too). Each action refuses a state it does not leave from with an {@link
 * IllegalTransitionException}; a deal needs a value of zero or more and a three-letter currency.
 */
final class Inquiry {

  private final long id;
  private final long businessId;
  private InquiryState state;
  private BigDecimal dealValue;
  private String dealCurrency;
  private final InquiryView about;

  Inquiry(long id, long businessId, InquiryState state) {
    this(id, businessId, state, null);
  }

  /** The inquiry as stored, whose buyer's country and product a deal's event names. */
  Inquiry(InquiryView row) {
    this(row.id(), row.businessId(), row.status(), row);
  }

  private Inquiry(long id, long businessId, InquiryState state, InquiryView about) {
    this.id = id;
    this.businessId = businessId;
    this.state = state;
    this.about = about;
  }

  long id() {
    return id;
  }

  InquiryState state() {
    return state;
  }

  BigDecimal dealValue() {
    return dealValue;
  }

  String dealCurrency() {
    return dealCurrency;
  }

  /** NEW → ANSWERED. */
  InquiryAnswered answer() {
    leave("answer", InquiryState.NEW);
    state = InquiryState.ANSWERED;
    return new InquiryAnswered(id, businessId);
  }

  /** NEW or ANSWERED → DEAL, with its value and currency (IDR when none is given). */
  InquiryDealRecorded recordDeal(BigDecimal value, String currency) {
    leave("deal", InquiryState.NEW, InquiryState.ANSWERED);
    List<FieldProblem> p = new ArrayList<>();
    if (value == null || value.signum() < 0) {
      p.add(new FieldProblem("dealValue", "inquiry.dealValue"));
    }
    String cur =
        currency == null || currency.isBlank() ? "IDR" : currency.strip().toUpperCase(Locale.ROOT);
    if (!cur.matches("[A-Z]{3}")) {
      p.add(new FieldProblem("currency", "matching.currency.invalid"));
    }
    if (!p.isEmpty()) {
      throw new InvalidInputException(p);
    }
    state = InquiryState.DEAL;
    dealValue = value;
    dealCurrency = cur;
    if (about == null) {
      return new InquiryDealRecorded(id, businessId, value, cur);
    }
    return new InquiryDealRecorded(
        id,
        businessId,
        value,
        cur,
        about.country(),
        about.organisation(),
        about.productId(),
        about.productName());
  }

  /** NEW or ANSWERED → CLOSED. */
  InquiryClosed close() {
    leave("close", InquiryState.NEW, InquiryState.ANSWERED);
    state = InquiryState.CLOSED;
    return new InquiryClosed(id, businessId);
  }

  private void leave(String action, InquiryState... from) {
    for (InquiryState s : from) {
      if (state == s) {
        return;
      }
    }
    throw new IllegalTransitionException(state, action);
  }
}
