package id.naikkelas.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.naikkelas.IntegrationTest;
import id.naikkelas.catalogue.CatalogueDemoRecords;
import id.naikkelas.catalogue.CatalogueQuery;
import id.naikkelas.catalogue.ProductSearch;
import id.naikkelas.catalogue.Products;
import id.naikkelas.catalogue.curation.Curation;
import id.naikkelas.catalogue.expo.Expos;
import id.naikkelas.catalogue.market.MarketPartners;
import id.naikkelas.catalogue.showroom.Showrooms;
import id.naikkelas.region.Regions;
import id.naikkelas.registry.Registry;
import id.naikkelas.registry.RegistryDemoRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo catalogue is made through the real services: products, a round, an expo. */
@IntegrationTest
class CatalogueDemoDataTest {

  @Autowired Registry registry;
  @Autowired Products products;
  @Autowired Curation curation;
  @Autowired Expos expos;
  @Autowired MarketPartners partners;
  @Autowired Showrooms showrooms;
  @Autowired Regions regions;
  @Autowired RegistryDemoRecords registryDemo;
  @Autowired CatalogueDemoRecords catalogueDemo;
  @Autowired JdbcClient jdbc;
  @Autowired ProductSearch search;

  @Test
  void the_demo_catalogue_has_published_products_with_photos_a_curation_round_and_an_expo() {
    new CatalogueDemo(
            registry,
            products,
            curation,
            expos,
            partners,
            showrooms,
            regions,
            registryDemo,
            catalogueDemo)
        .run(null);
    assertThat(
            jdbc.sql("select count(*) from product where demo and status = 'PUBLISHED'")
                .query(Long.class)
                .single())
        .isGreaterThanOrEqualTo(3);
    assertThat(
            jdbc.sql(
                    "select count(*) from product_photo ph join product p on p.id = ph.product_id where p.demo")
                .query(Long.class)
                .single())
        .isGreaterThanOrEqualTo(3);
    assertThat(jdbc.sql("select count(*) from curation_submission").query(Long.class).single())
        .isPositive();
    assertThat(jdbc.sql("select count(*) from expo_booth").query(Long.class).single()).isPositive();
    assertThat(
            search
                .search(new CatalogueQuery("tenun", null, null, null, null, null, null), 0, 10)
                .total())
        .isPositive();
  }
}
