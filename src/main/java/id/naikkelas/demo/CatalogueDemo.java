package id.naikkelas.demo;

import id.naikkelas.catalogue.CatalogueDemoRecords;
import id.naikkelas.catalogue.Products;
import id.naikkelas.catalogue.curation.Curation;
import id.naikkelas.catalogue.expo.Expos;
import id.naikkelas.catalogue.market.MarketPartners;
import id.naikkelas.catalogue.showroom.Showrooms;
import id.naikkelas.region.Regions;
import id.naikkelas.registry.Registry;
import id.naikkelas.registry.RegistryDemoRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo only: products of the businesses the news names (keripik, kerupuk, bags, handicraft,
 * Klengkeng Kateki) and of three more (tenun ikat sarongs, batik, coffee wine, bamboo weaving),
 * with drawn photos; partners (a modern retailer, Bukalapak, Bank Jatim); one curation round with
 * the retailer, its outlets; one virtual expo; a showroom. Invented figures, marked demo. Runs
 * once, through the catalogue's and the registry's public services, as any client of theirs would.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class CatalogueDemo implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(CatalogueDemo.class);

  private final Registry registry;
  private final Products products;
  private final Curation curation;
  private final Expos expos;
  private final MarketPartners partners;
  private final Showrooms showrooms;
  private final Regions regions;
  private final RegistryDemoRecords registryDemo;
  private final CatalogueDemoRecords catalogueDemo;

  CatalogueDemo(
      Registry registry,
      Products products,
      Curation curation,
      Expos expos,
      MarketPartners partners,
      Showrooms showrooms,
      Regions regions,
      RegistryDemoRecords registryDemo,
      CatalogueDemoRecords catalogueDemo) {
    this.registry = registry;
    this.products = products;
    this.curation = curation;
    this.expos = expos;
    this.partners = partners;
    this.showrooms = showrooms;
    this.regions = regions;
    this.registryDemo = registryDemo;
    this.catalogueDemo = catalogueDemo;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (catalogueDemo.present()) {
      return;
    }
    long started = System.nanoTime();
    CatalogueDemoProducts.Made made =
        new CatalogueDemoProducts(registry, products, regions, registryDemo, catalogueDemo).make();
    new CatalogueDemoMarket(curation, expos, partners, showrooms).make(made);
    log.info(
        "Demo catalogue: {} products, a curation round, an expo, showrooms in {} ms",
        made.productIds().size(),
        (System.nanoTime() - started) / 1_000_000);
  }
}
