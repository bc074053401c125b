/**
 * Demo: the demo data (accounts, businesses, events, products, licensing requests) of the {@code
 * demo} profile, which {@code ./mvnw spring-boot:run} turns on. It writes only through the other
 * modules' public services and records, as any client of theirs would, and is never active in a
 * real deployment.
 */
@ApplicationModule(
    displayName = "Demo",
    allowedDependencies = {
      "platform",
      "region",
      "access",
      "registry",
      "registry :: lookup",
      "registry :: importing",
      "training",
      "training :: registration",
      "training :: selection",
      "training :: certificate",
      "training :: matching",
      "catalogue",
      "catalogue :: curation",
      "catalogue :: expo",
      "catalogue :: market",
      "catalogue :: showroom",
      "licensing",
      "export :: shipment",
      "export :: monitoring",
      "export :: market"
    })
package id.naikkelas.demo;

import org.springframework.modulith.ApplicationModule;
