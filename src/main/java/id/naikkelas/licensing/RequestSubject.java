package id.naikkelas.licensing;

import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a request is for: the products a P-IRT or halal request covers, or a trademark's mark, Nice
 * classes and goods or services.
 */
@Embeddable
class RequestSubject {

  private Long[] productIds;
  private Integer[] niceClasses;
  private String markName;
  private String goodsServices;

  protected RequestSubject() {}

  RequestSubject(Application a) {
    this.productIds = a.productIds().toArray(Long[]::new);
    this.niceClasses = a.niceClasses().toArray(Integer[]::new);
    this.markName = a.markName();
    this.goodsServices = a.goodsServices();
  }

  List<Long> productIds() {
    return List.of(productIds);
  }

  SortedSet<Integer> niceClasses() {
    return new TreeSet<>(Arrays.asList(niceClasses));
  }

  String markName() {
    return markName;
  }

  String goodsServices() {
    return goodsServices;
  }
}
