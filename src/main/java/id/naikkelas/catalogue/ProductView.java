package id.naikkelas.catalogue;

import java.math.BigDecimal;
import java.util.List;

/** A product as pages and the API show it. {@code whatsappLink} only where the owner agreed. */
public record ProductView(
    long id,
    long businessId,
    String businessName,
    String name,
    String descriptionHtml,
    Category category,
    BigDecimal price,
    BigDecimal priceMax,
    String unit,
    int minOrder,
    Availability availability,
    List<String> marketplaceLinks,
    List<String> badges,
    ProductStatus status,
    String districtCode,
    String whatsappLink,
    List<Long> photoIds) {}
